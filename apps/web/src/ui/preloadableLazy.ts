import { lazy, type ComponentType } from 'react';

type Module<P> = { default: ComponentType<P> };

/**
 * A lazily loaded component whose loader can be started early (`load`). Once the module has
 * arrived, the component renders at once: React.lazy around a fresh `import()` suspends on its
 * first render even when the chunk is already there, shows the fallback and then holds the real
 * content back for its fallback throttle (300 ms in React 19). A thenable that answers
 * synchronously lets lazy resolve without suspending.
 */
export function preloadableLazy<P>(loader: () => Promise<Module<P>>) {
  let loaded: Module<P> | undefined;
  let loading: Promise<Module<P>> | undefined;
  const load = (): Promise<Module<P>> => {
    loading ??= loader().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // a failed download may be tried again (the next render asks anew)
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Component = lazy(() => {
    const module = loaded;
    if (module === undefined) return load();
    const settled = { then: (resolve: (value: Module<P>) => unknown) => void resolve(module) };
    return settled as unknown as Promise<Module<P>>;
  });
  return { Component, load };
}
