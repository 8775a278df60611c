import { ErrorCode } from '@monitor/domain';
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, type ErrorLike } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
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

/** SHA-256 of a text as hex. */
export type Sha256 = (text: string) => Promise<string>;

/**
 * SHA-256 by the browser's Web Crypto, or null where there is none: `crypto.subtle` exists only in
 * secure contexts (https, or http on localhost), so a monitor served over plain http elsewhere
 * sends its documents in full.
 */
export function webCryptoSha256(): Sha256 | null {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  return async (text) => {
    const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  };
}

/**
 * Automatic persisted queries: every operation goes out as the sha256 of its document first; only
 * when the server does not know that hash yet (PERSISTED_QUERY_NOT_FOUND) is it sent again with
 * the document, which the server then keeps. Saves the server parsing and the upload of the text.
 */
export function persistedQueriesLink(sha256: Sha256): ApolloLink {
  return new PersistedQueryLink({ sha256 });
}

export interface ApolloClientOptions {
  /** Called once when the session turns out to have expired (see sessionExpiryLink). */
  onSessionExpired?: (client: ApolloClient) => Promise<unknown> | void;
  /** The terminating link; tests pass their own instead of HTTP. */
  transport?: ApolloLink;
  /** The hash of persisted queries; null sends every document in full. Web Crypto's by default. */
  sha256?: Sha256 | null;
}

export function createApolloClient(uri = '/graphql', { onSessionExpired, transport, sha256 = webCryptoSha256() }: ApolloClientOptions = {}) {
  const cache = createCache();
  const signedIn = () => Boolean(cache.readQuery({ query: SessionDocument })?.me);
  const links = [
    ...(onSessionExpired ? [sessionExpiryLink(signedIn, () => onSessionExpired(client))] : []),
    ...(sha256 ? [persistedQueriesLink(sha256)] : []),
    transport ?? new HttpLink({ uri }),
  ];
  const client: ApolloClient = new ApolloClient({ link: ApolloLink.from(links), cache });
  return client;
}
