/**
 * An Apollo plugin hook with nothing to await: the promise Apollo expects, with the semantics of an
 * async function (a throw becomes a rejection) but without an `async` that awaits nothing.
 */
export function asPromise<A, R>(hook: (arg: A) => R): (arg: A) => Promise<R> {
  return (arg) => new Promise<R>((resolve) => resolve(hook(arg)));
}
