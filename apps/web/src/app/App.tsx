import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo-client';
import { createRouter, loadHomePage } from './router';
import { handleSessionExpired } from './sessionExpiry';
import { loadMunicipalityMap, prefetchLandingPage } from '../features/map/landingPrefetch';

const router = createRouter();
const client = createApolloClient('/graphql', { onSessionExpired: (apollo) => handleSessionExpired(apollo, router) });
// the landing page's code, figures and boundaries (what the HTML does not carry) are asked here, at start-up
const landing = window.location.pathname === '/';
if (landing) prefetchLandingPage(client);

/**
 * Resolves once the first page's code is there (the landing page and its map on `/`; settled either
 * way). Rendering before that shows a loading status, and React then holds the page itself back
 * for its fallback throttle (300 ms) after the code has arrived.
 */
export const firstPageLoaded: Promise<unknown> = landing ? Promise.allSettled([loadHomePage(), loadMunicipalityMap()]) : Promise.resolve();

export function App() {
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
