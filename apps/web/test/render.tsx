import type { ReactElement } from 'react';
import type { ApolloCache } from '@apollo/client';
import { render } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { createMemoryRouter, RouterProvider } from 'react-router';

/**
 * Renders `element` at `path` (a route pattern such as /gemeente/:code) with Apollo mocks, starting
 * at `url`. Other paths render a marker so tests can assert where a link or key press navigated to.
 */
export function renderRoute(
  element: ReactElement,
  { path = '/', url = path, mocks = [], cache }: { path?: string; url?: string; mocks?: MockLink.MockedResponse[]; cache?: ApolloCache } = {},
) {
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <p data-testid="navigated">{'navigated'}</p> },
    ],
    { initialEntries: [url] },
  );
  const utils = render(
    <MockedProvider mocks={mocks} cache={cache}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return { ...utils, router };
}
