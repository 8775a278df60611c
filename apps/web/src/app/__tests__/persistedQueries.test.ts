import { createHash } from 'node:crypto';
import { HttpLink } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { MapLayersDocument } from '../../gql/__generated__/graphql';
import { createApolloClient, type Sha256 } from '../apollo-client';

interface SentBody {
  operationName?: string;
  query?: string;
  extensions?: { persistedQuery?: { version: number; sha256Hash: string } };
}

const nodeSha256: Sha256 = (text) => Promise.resolve(createHash('sha256').update(text).digest('hex'));

const jsonResponse = (body: unknown) =>
  ({
    ok: true,
    status: 200,
    headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
    text: () => Promise.resolve(JSON.stringify(body)),
  }) as unknown as Response;

const LAYERS = { mapLayers: [] };

/** A GraphQL endpoint over fetch that, like Apollo Server, knows a hash only after it was sent with its document. */
function apqServer() {
  const sent: SentBody[] = [];
  const known = new Map<string, string>();
  const fetch = (_uri: unknown, init?: { body?: unknown }) => {
    const body = JSON.parse(String(init?.body)) as SentBody;
    sent.push(body);
    const hash = body.extensions?.persistedQuery?.sha256Hash;
    if (hash && body.query === undefined && !known.has(hash))
      return Promise.resolve(jsonResponse({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] }));
    if (hash && body.query !== undefined) known.set(hash, body.query);
    return Promise.resolve(jsonResponse({ data: LAYERS }));
  };
  return { sent, fetch };
}

function clientOf(server: ReturnType<typeof apqServer>, sha256: Sha256 | null = nodeSha256) {
  return createApolloClient('/graphql', { transport: new HttpLink({ uri: '/graphql', fetch: server.fetch }), sha256 });
}

describe('persisted queries', () => {
  it('sends the sha256 of the document first, and the document only when the server does not know the hash', async () => {
    const server = apqServer();
    const first = await clientOf(server).query({ query: MapLayersDocument });
    expect(first.data).toEqual(LAYERS);

    expect(server.sent).toHaveLength(2);
    const [hashOnly, withDocument] = server.sent;
    const text = withDocument.query ?? '';
    const expected = createHash('sha256').update(text).digest('hex');
    expect(text).toContain('mapLayers');
    expect(hashOnly.query).toBeUndefined();
    expect(hashOnly.extensions?.persistedQuery).toEqual({ version: 1, sha256Hash: expected });
    expect(withDocument.extensions?.persistedQuery?.sha256Hash).toBe(expected);

    // another visitor (a fresh client) asks the same: the hash alone now suffices
    const second = await clientOf(server).query({ query: MapLayersDocument });
    expect(second.data).toEqual(LAYERS);
    expect(server.sent).toHaveLength(3);
    expect(server.sent[2].query).toBeUndefined();
    expect(server.sent[2].extensions?.persistedQuery?.sha256Hash).toBe(expected);
  });

  it('hashes the document exactly as it is sent (with the __typename fields the cache adds)', async () => {
    const server = apqServer();
    await clientOf(server).query({ query: MapLayersDocument });
    const text = server.sent[1].query ?? '';
    expect(text).toContain('__typename');
    expect(text).not.toBe(print(MapLayersDocument));
  });

  it('sends every document in full without a hash function (no Web Crypto outside a secure context)', async () => {
    const server = apqServer();
    await clientOf(server, null).query({ query: MapLayersDocument });
    expect(server.sent).toHaveLength(1);
    expect(server.sent[0].query).toContain('mapLayers');
    expect(server.sent[0].extensions?.persistedQuery).toBeUndefined();
  });
});
