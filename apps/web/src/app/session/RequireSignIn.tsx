import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../gql/__generated__/graphql';
import { LoadingStatus } from '../../ui/LoadingStatus';
import NoAccessPage from './NoAccessPage';
import { useSession } from './useSession';

/**
 * Renders its children only for a signed-in user (and, with `role`, only for that role). Anonymous
 * visitors go to the login page, which brings them back here; others see "Geen toegang".
 */
export function RequireSignIn({ role, children }: { role?: Role; children: ReactNode }) {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <LoadingStatus />;
  if (!me) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={`/inloggen?terug=${encodeURIComponent(back)}`} replace />;
  }
  if (role && me.role !== role) return <NoAccessPage />;
  return <>{children}</>;
}
