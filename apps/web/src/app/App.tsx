import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo-client';
import { createRouter, loadHomePage } from './router';
import { handleSessionExpired } from './sessionExpiry';
import { prefetchLandingPage } from '../features/map/landingPrefetch';

const router = createRouter();
const client = createApolloClient('/graphql', { onSessionExpired: (apollo) => handleSessionExpired(apollo, router) });
// the landing page's code, figures and boundaries download while React renders the layout, not after it
// (nor after the landing page's own chunk: the requests start here)
if (window.location.pathname === '/') {
  prefetchLandingPage(client);
  void loadHomePage();
}

export function App() {
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
