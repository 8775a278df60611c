import { createHash } from 'node:crypto';

/** A GraphQL request body as the caches read it (before Apollo validates it). */
export interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

/** How many documents a cache knows by their persisted-query hash (the SPA sends a few dozen). */
const KNOWN_HASHES = 500;

/**
 * Documents by their automatic-persisted-query hash, learnt from requests that carried both (the
 * hash is checked), so that a request by hash alone is answered from a cache like the same
 * document sent in full.
 */
export class DocumentsByHash {
  private readonly documents = new Map<string, string>();

  /** The request's document: its text, or the text learnt earlier for the hash it carries alone. */
  documentOf(body: GraphQLBody): string | undefined {
    if (typeof body.query === 'string') return body.query;
    const hash = body.extensions?.persistedQuery?.sha256Hash;
    return typeof hash === 'string' ? this.documents.get(hash) : undefined;
  }

  /** Remembers a document sent with its hash, if the hash is the document's. */
  learn(body: GraphQLBody, document: string): void {
    const hash = body.extensions?.persistedQuery?.sha256Hash;
    if (typeof hash !== 'string' || typeof body.query !== 'string' || this.documents.has(hash)) return;
    if (createHash('sha256').update(document).digest('hex') !== hash) return;
    if (this.documents.size >= KNOWN_HASHES) this.documents.delete(this.documents.keys().next().value as string);
    this.documents.set(hash, document);
  }
}
