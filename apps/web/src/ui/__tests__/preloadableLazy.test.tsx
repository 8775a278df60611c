import { Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import { preloadableLazy } from '../preloadableLazy';

const Greeting = () => <p>{'Hallo'}</p>;

describe('preloadableLazy', () => {
  it('renders a component whose code has arrived at once, without its fallback', async () => {
    const { Component, load } = preloadableLazy(() => Promise.resolve({ default: Greeting }));
    await load();
    render(
      <Suspense fallback={<p>{'Bezig met laden'}</p>}>
        <Component />
      </Suspense>,
    );
    // synchronously, in the first commit
    expect(screen.getByText('Hallo')).toBeTruthy();
    expect(screen.queryByText('Bezig met laden')).toBeNull();
  });

  it('shows the fallback until code that is still loading arrives, and loads it once', async () => {
    let resolve: (module: { default: typeof Greeting }) => void = () => undefined;
    const loader = jest.fn(() => new Promise<{ default: typeof Greeting }>((r) => (resolve = r)));
    const { Component, load } = preloadableLazy(loader);
    void load();
    render(
      <Suspense fallback={<p>{'Bezig met laden'}</p>}>
        <Component />
      </Suspense>,
    );
    expect(screen.getByText('Bezig met laden')).toBeTruthy();
    resolve({ default: Greeting });
    expect(await screen.findByText('Hallo')).toBeTruthy();
    expect(loader).toHaveBeenCalledTimes(1);
  });
});
