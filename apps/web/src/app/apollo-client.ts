import { ErrorCode } from '@monitor/domain';
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, type ErrorLike } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { SessionDocument } from '../gql/__generated__/graphql';

/** The app's cache: how objects are identified (tests use it too, so mutations update queries as in the app). */
export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      Municipality: { keyFields: ['code'] },
      Region: { keyFields: ['code'] },
      Questionnaire: { keyFields: ['year'] },
      // A response is one municipality's answers in one year; its parts are replaced as a whole.
      Response: {
        keyFields: ['municipalityCode', 'year'],
        fields: { progress: { merge: false }, answers: { merge: false }, history: { merge: false } },
      },
    },
  });
}

/** Whether a response failed because the caller is not (or no longer) signed in. */
export function isUnauthenticated(error: ErrorLike | undefined): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === ErrorCode.UNAUTHENTICATED);
}

/**
 * Calls `onExpired` once when a response says UNAUTHENTICATED while the cache still holds a signed-in
 * user (the session expired or was ended elsewhere). Anonymous visitors never trigger it, and other
 * errors (such as the login's INVALID_CREDENTIALS) pass through untouched.
 */
export function sessionExpiryLink(isSignedIn: () => boolean, onExpired: () => Promise<unknown> | void): ApolloLink {
  let expiring = false;
  return new ErrorLink(({ error }) => {
    if (expiring || !isUnauthenticated(error) || !isSignedIn()) return;
    expiring = true;
    void Promise.resolve()
      .then(onExpired)
      .catch(() => undefined)
      .finally(() => {
        expiring = false;
      });
  });
}

export interface ApolloClientOptions {
  /** Called once when the session turns out to have expired (see sessionExpiryLink). */
  onSessionExpired?: (client: ApolloClient) => Promise<unknown> | void;
  /** The terminating link; tests pass their own instead of HTTP. */
  transport?: ApolloLink;
}

export function createApolloClient(uri = '/graphql', { onSessionExpired, transport }: ApolloClientOptions = {}) {
  const cache = createCache();
  const signedIn = () => Boolean(cache.readQuery({ query: SessionDocument })?.me);
  const http = transport ?? new HttpLink({ uri });
  const client: ApolloClient = new ApolloClient({
    link: onSessionExpired ? ApolloLink.from([sessionExpiryLink(signedIn, () => onSessionExpired(client)), http]) : http,
    cache,
  });
  return client;
}
