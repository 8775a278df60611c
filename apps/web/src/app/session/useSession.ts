import { useQuery } from '@apollo/client/react';
import { SessionDocument, type Role } from '../../gql/__generated__/graphql';

/** Who is signed in (null when anonymous) and whether the monitor runs in demo mode. */
export function useSession() {
  const { data, loading, error } = useQuery(SessionDocument);
  const me = data?.me ?? null;
  const demoAccounts = data?.demoAccounts ?? [];
  return {
    me,
    demoAccounts,
    demoMode: demoAccounts.length > 0,
    loading: loading && !data,
    error,
  };
}

export const mayUsePlayground = (role: Role | undefined, demoMode: boolean) => demoMode || role === 'ADMIN' || role === 'ANALYST';
