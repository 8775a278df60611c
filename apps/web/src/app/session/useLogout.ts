import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { LogoutDocument } from '../../gql/__generated__/graphql';

/** Ends the session, forgets everything cached for this user and goes to the home page. */
export function useLogout() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutDocument);
  const run = useCallback(async () => {
    try {
      await logout();
    } catch {
      // An already ended session is fine: the result is the same.
    }
    await navigate('/');
    await client.resetStore().catch(() => undefined);
  }, [client, logout, navigate]);
  return { logout: run, loading };
}
