import { OperationTypeNode } from 'graphql';
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { DataChanges } from '../../db/data-changes';
import { LruByteCache } from './lru-byte-cache';
import { PublicOperations } from './public-operation';
import { isCompleteAnswer } from '../complete-answer';
import { clientHolds, sendStored, storedBytesOf, type StoredBytes } from '../stored-bytes';
import { DocumentsByHash, type GraphQLBody } from './documents-by-hash';

export interface PublicResponseCacheOptions {
  maxBytes: number;
  ttlMs: number;
  changes: DataChanges;
  isPublicRootField: (fieldName: string) => boolean;
  /** Whether the request carries any credentials (a session cookie or a token); such requests are never cached. */
  hasCredentials: (req: Request) => boolean;
}

/** A stored answer with its validator. */
interface Answer extends StoredBytes {
  etag: string;
}

/** Public reference data changes only on an import or publication: a cache may keep it, but must ask again (304 when unchanged). */
export const PUBLIC_CACHE_CONTROL = 'public, no-cache';
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/**
 * Answers of anonymous queries over public reference data (the landing map, municipality and
 * Veilig Thuis pages), kept until the data behind them changes in any server process (a
 * notification from PostgreSQL, see db/data-changes.ts), at most `ttlMs`. An answer is stored
 * only when it was computed in full, without errors, by the normal path: every access check,
 * limit and disclosure rule ran for it, and they are the same for every anonymous caller.
 * Requests still pass the rate limit first. Bounded in bytes (least recently used goes first).
 */
export function publicResponseCache(options: PublicResponseCacheOptions): { middleware: RequestHandler; plugin: ApolloServerPlugin } {
  const cache = new LruByteCache<Answer>(options.maxBytes, options.ttlMs, Date.now, (a) => a.body.length + a.gzip.length + a.etag.length);
  const operations = new PublicOperations(options.isPublicRootField);
  const byHash = new DocumentsByHash();
  let generation = options.changes.generation;

  const current = () => {
    if (options.changes.generation !== generation) {
      cache.clear();
      generation = options.changes.generation;
    }
    return generation;
  };

  const middleware: RequestHandler = (req, res, next) => {
    // a signed-in answer is for that caller only: no shared cache (browser, proxy) may keep it
    if (options.hasCredentials(req)) {
      res.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL);
      return next();
    }
    const body = graphQLBodyOf(req);
    const document = body ? byHash.documentOf(body) : undefined;
    if (!body || document === undefined) return next();
    const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
    const operation = operations.idOf(document, operationName);
    if (operation === null) return next();
    byHash.learn(body, document);
    // the validator is the answer's own hash: it changes exactly when the data in the answer does
    if (!options.changes.listening) {
      sendWithValidator(req, res, () => undefined);
      return next();
    }
    // the same key whether the document came in full or by its hash: the answer is the same
    const key = `${operation}\u0000${JSON.stringify(body.variables ?? null)}`;
    const startedAt = current();
    const hit = cache.get(key);
    if (hit !== undefined) return sendHit(req, res, hit);
    res.setHeader('X-Monitor-Cache', 'miss');
    sendWithValidator(req, res, (text, etag) => {
      if (current() === startedAt) cache.set(key, { ...storedBytesOf(text), etag });
    });
    next();
  };

  // a change made by this process is known at once, without waiting for the notification
  // (and while a mutation runs, shared reads of this process go to the database: see DataChanges)
  const plugin: ApolloServerPlugin = {
    requestDidStart: () => {
      let writing = false;
      return Promise.resolve({
        didResolveOperation: ({ operation }) => {
          writing = operation?.operation === OperationTypeNode.MUTATION;
          if (writing) options.changes.writeStarted();
          return Promise.resolve();
        },
        willSendResponse: () => {
          if (writing) options.changes.writeEnded();
          writing = false;
          return Promise.resolve();
        },
      });
    },
  };
  return { middleware, plugin };
}

/** The GraphQL request of a POST body or of a GET query string (Apollo Server answers both). */
function graphQLBodyOf(req: Request): GraphQLBody | null {
  if (req.method === 'POST') {
    const body = req.body as GraphQLBody | undefined;
    return body && !Array.isArray(body) ? body : null;
  }
  if (req.method !== 'GET') return null;
  const { query, operationName, variables, extensions } = req.query;
  if (typeof query !== 'string' && typeof extensions !== 'string') return null;
  try {
    return {
      query,
      operationName,
      variables: typeof variables === 'string' ? (JSON.parse(variables) as unknown) : undefined,
      extensions: typeof extensions === 'string' ? (JSON.parse(extensions) as GraphQLBody['extensions']) : undefined,
    };
  } catch {
    return null;
  }
}

function publicHeaders(res: Response, etag: string): void {
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
  res.setHeader('Vary', 'Accept-Encoding, Authorization, Cookie');
}

/**
 * The stored bytes as they are: gzipped once when stored, never again per hit (the compression
 * middleware leaves hits alone, see isCacheHit), and no conversion of the text per hit.
 */
function sendHit(req: Request, res: Response, hit: Answer): void {
  res.setHeader('X-Monitor-Cache', 'hit');
  publicHeaders(res, hit.etag);
  if (clientHolds(req, hit.etag)) return void res.status(304).end();
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  sendStored(req, res, hit);
}

/** For the compression middleware's filter: a hit is sent as stored, without negotiating again. */
export function isCacheHit(res: { getHeader(name: string): unknown }): boolean {
  return res.getHeader('X-Monitor-Cache') === 'hit';
}

/**
 * A successful, error-free answer goes out with its validator and public cache headers (304
 * without a body when the client holds it) and is handed to `store`; any other answer unchanged.
 */
function sendWithValidator(req: Request, res: Response, store: (text: string, etag: string) => void): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    if (res.statusCode !== 200 || typeof body !== 'string' || !isCompleteAnswer(body)) return send(body);
    const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
    store(body, etag);
    publicHeaders(res, etag);
    if (clientHolds(req, etag)) return res.status(304).end();
    return send(body);
  };
}
