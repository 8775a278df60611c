import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { MAIN_CONTENT_ID, useHashTarget } from '../useHashTarget';

const scrolled: Element[] = [];
beforeAll(() => {
  // jsdom lays nothing out and has no scrollIntoView; record which element was asked to scroll
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});
afterEach(() => {
  cleanup();
  scrolled.length = 0;
});

/** A page whose rows, like the effect tables, exist only once its data has arrived. */
function RowsLater() {
  const [rows, setRows] = useState<string[] | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setRows(['a', 'b', 'c']), 10);
    return () => clearTimeout(timer);
  }, []);
  useHashTarget(rows !== null);
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1}>
      {rows?.map((row) => (
        <p key={row} id={`rij-${row}`}>
          rij {row}
        </p>
      ))}
    </main>
  );
}

function renderAt(url: string) {
  render(<RouterProvider router={createMemoryRouter([{ path: '/', element: <RowsLater /> }], { initialEntries: [url] })} />);
}

describe('useHashTarget', () => {
  it('focuses and scrolls to the element the fragment names once it exists', async () => {
    renderAt('/#rij-b');
    const row = await screen.findByText('rij b');
    await waitFor(() => expect(document.activeElement).toBe(row));
    expect(row.getAttribute('tabindex')).toBe('-1');
    expect(scrolled).toEqual([row]);
  });

  it('without such an element, focuses the main content and scrolls nothing', async () => {
    renderAt('/#rij-z');
    await screen.findByText('rij a');
    await waitFor(() => expect(document.activeElement?.id).toBe(MAIN_CONTENT_ID));
    expect(scrolled).toEqual([]);
  });

  it('without a fragment, leaves focus where it is', async () => {
    renderAt('/');
    await screen.findByText('rij c');
    expect(document.activeElement).toBe(document.body);
    expect(scrolled).toEqual([]);
  });
});
