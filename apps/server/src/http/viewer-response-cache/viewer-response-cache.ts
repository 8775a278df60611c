import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { DataChanges } from '../../db/data-changes';
import type { ActiveSession } from '../../modules/session/session.service';
import { LruByteCache } from '../response-cache/lru-byte-cache';
import { ViewerOperations } from './viewer-operation';
import type { OwnWrites } from './own-writes';
import { isCompleteAnswer } from '../complete-answer';
import { sendStored, storedBytesOf, type StoredBytes } from '../stored-bytes';
import { DocumentsByHash, type GraphQLBody } from '../response-cache/documents-by-hash';
import { PRIVATE_CACHE_CONTROL } from '../response-cache/public-response-cache';

export interface ViewerResponseCacheOptions {
  maxBytes: number;
  ttlMs: number;
  changes: DataChanges;
  /** The session cookie's value, if the request carries one and no Authorization header (API tokens are never cached). */
  sessionTokenOf: (req: Request) => string | undefined;
  /** The live session for a cookie value (null: signed out, expired, revoked); see live-sessions.ts for when it skips the database. */
  resolveSession: (token: string) => Promise<ActiveSession | null>;
  /** This process's mutations (own-writes.ts); the cache's plugin counts them. */
  ownWrites: OwnWrites;
}

/** Says per response what the cache did: hit, miss (computed, maybe stored) or bypass (not listening, a write running). */
export const VIEWER_CACHE_HEADER = 'X-Monitor-Viewer-Cache';

/**
 * Answers of signed-in, read-only queries (allow-listed root fields, viewer-operation.ts), per
 * session: the key holds the session's id (the hash of its cookie, never the cookie), user, role
 * and municipality, the document and the variables. An answer is stored only when the normal path
 * computed it in full without errors, and only while nothing changed in between: the generations
 * of both data-change channels (any committed change in any process, db/data-changes.ts) and this
 * process's own mutations. Any change drops every entry. Every request, hit or not, first resolves
 * its session (revoked, expired, idle or deactivated: no hit, the normal path answers as before):
 * in the database, or from a recent lookup while nothing could have ended it (live-sessions.ts).
 * While the listener is down, or a mutation of this process runs, it is bypassed.
 */
export function viewerResponseCache(options: ViewerResponseCacheOptions): {
  middleware: RequestHandler;
  plugin: ApolloServerPlugin;
} {
  const cache = new LruByteCache<StoredBytes>(options.maxBytes, options.ttlMs, Date.now, (a) => a.body.length + a.gzip.length);
  const operations = new ViewerOperations();
  const documents = new DocumentsByHash();
  const writes = options.ownWrites;
  let seen = -1;

  /** The combined generation; a new one drops every entry. */
  const current = (): number => {
    const generation = options.changes.generation + options.changes.privateGeneration + writes.generation;
    if (generation !== seen) {
      cache.clear();
      seen = generation;
    }
    return generation;
  };
  const usable = () => options.changes.listening && writes.inFlight === 0;

  const middleware: RequestHandler = (req, res, next) => {
    const request = cacheableRequest(req, options.sessionTokenOf, operations, documents);
    if (!request) return next();
    if (!usable()) {
      res.setHeader(VIEWER_CACHE_HEADER, 'bypass');
      return next();
    }
    const startedAt = current();
    options.resolveSession(request.token).then(
      (session) => {
        // signed out, expired or revoked: the normal path answers (anonymous, the cookie cleared)
        if (!session) return next();
        const key = keyOf(session, request.documentKey, request.variables);
        const hit = usable() && current() === startedAt ? cache.get(key) : undefined;
        if (hit) return sendHit(req, res, hit);
        res.setHeader(VIEWER_CACHE_HEADER, 'miss');
        storeOnSend(res, (text) => {
          if (usable() && current() === startedAt) cache.set(key, storedBytesOf(text));
        });
        next();
      },
      // the normal path meets the same failure and answers it as usual
      () => next(),
    );
  };
  return { middleware, plugin: writes.plugin(options.changes) };
}

interface CacheableRequest {
  token: string;
  documentKey: string;
  variables: string;
}

function cacheableRequest(
  req: Request,
  sessionTokenOf: (req: Request) => string | undefined,
  operations: ViewerOperations,
  documents: DocumentsByHash,
): CacheableRequest | null {
  if (req.method !== 'POST') return null;
  const token = sessionTokenOf(req);
  const body = req.body as GraphQLBody | undefined;
  if (token === undefined || !body || Array.isArray(body)) return null;
  const document = documents.documentOf(body);
  if (document === undefined) return null;
  const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
  const verdict = operations.judge(document, operationName);
  if (!verdict.cacheable) return null;
  documents.learn(body, document);
  return { token, documentKey: verdict.documentKey, variables: JSON.stringify(body.variables ?? null) };
}

function keyOf(session: ActiveSession, documentKey: string, variables: string): string {
  return createHash('sha256')
    .update(`${session.id}\u0000${session.userId}\u0000${session.role}\u0000${session.municipalityCode ?? ''}\u0000${documentKey}\u0000${variables}`)
    .digest('base64');
}

/**
 * The stored bytes as they are: no conversion of the text and no ETag computed over it per hit
 * (a private, no-store answer is never revalidated), gzipped only when stored.
 */
function sendHit(req: Request, res: Response, hit: StoredBytes): void {
  res.setHeader(VIEWER_CACHE_HEADER, 'hit');
  res.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  sendStored(req, res, hit);
}

/** Hands a complete, error-free 200 answer to `store` as it goes out; any other answer passes unchanged. */
function storeOnSend(res: Response, store: (text: string) => void): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    if (res.statusCode === 200 && typeof body === 'string' && isCompleteAnswer(body)) store(body);
    return send(body);
  };
}
