import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo-client';
import { createRouter } from './router';
import { handleSessionExpired } from './sessionExpiry';

const router = createRouter();
const client = createApolloClient('/graphql', { onSessionExpired: (apollo) => handleSessionExpired(apollo, router) });

export function App() {
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
