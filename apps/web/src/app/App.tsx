import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo-client';
import { createRouter, loadHomePage } from './router';
import { handleSessionExpired } from './sessionExpiry';

const router = createRouter();
const client = createApolloClient('/graphql', { onSessionExpired: (apollo) => handleSessionExpired(apollo, router) });
// the landing page's code, figures and boundaries download while React renders the layout, not after it
if (window.location.pathname === '/') void loadHomePage().then(({ prefetchLandingPage }) => prefetchLandingPage(client));

export function App() {
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
