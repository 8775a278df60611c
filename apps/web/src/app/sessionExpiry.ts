import type { ApolloClient } from '@apollo/client';
import { nl } from '../i18n/nl';

interface Navigator {
  state: { location: { pathname: string; search: string } };
  navigate: (to: string, options?: { replace?: boolean; state?: unknown }) => Promise<void> | void;
}

/**
 * The session expired while the app believed the user was signed in: send them to the login page
 * (which brings them back here) with a notice, and forget everything cached for the old session.
 */
export async function handleSessionExpired(client: ApolloClient, router: Navigator) {
  const { pathname, search } = router.state.location;
  if (pathname !== '/inloggen') {
    await router.navigate(`/inloggen?terug=${encodeURIComponent(`${pathname}${search}`)}`, {
      replace: true,
      state: { notice: nl.login.sessionExpired, noticeType: 'warning' },
    });
  }
  // Refetches the queries still on screen (the login page's session: now anonymous).
  await client.resetStore().catch(() => undefined);
}
