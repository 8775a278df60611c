import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';
import { acceptsGzip } from './accepts-gzip';

/** An answer kept as it is sent: its bytes, plain and gzipped, both made once when it is kept. */
export interface StoredBytes {
  body: Buffer;
  gzip: Buffer;
}

export function storedBytesOf(text: string): StoredBytes {
  return { body: Buffer.from(text), gzip: gzipSync(text) };
}

/**
 * Sends kept bytes as they are: gzipped or plain as the client takes them, with their length, and
 * no conversion or compression per request (the compression middleware leaves a response with a
 * Content-Encoding alone). The caller sets the content type and cache headers.
 */
export function sendStored(req: Request, res: Response, stored: StoredBytes): void {
  const gzip = acceptsGzip(req);
  const bytes = gzip ? stored.gzip : stored.body;
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', bytes.length);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** Whether the client already holds `etag` (If-None-Match, RFC 9110: weak comparison, or `*`). */
export function clientHolds(req: Request, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
