import type { RequestHandler } from 'express';

type HeaderValue = string | number | readonly string[];

/**
 * The headers a middleware sets when they are the same for every request (helmet without nonces),
 * recorded once at start-up and set per request without running the middleware again: helmet
 * runs a dozen small middlewares per request, a noticeable share of a cached public answer.
 * Throws when the middleware does anything but set or remove headers and call next().
 */
export function staticHeaders(middleware: RequestHandler): RequestHandler {
  const { set, removed } = recordHeaders(middleware);
  return (_req, res, next) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}

function recordHeaders(middleware: RequestHandler): { set: [string, HeaderValue][]; removed: string[] } {
  const set = new Map<string, HeaderValue>();
  const removed = new Set<string>();
  const recorder = {
    setHeader(name: string, value: HeaderValue) {
      set.set(name.toLowerCase(), value);
      removed.delete(name.toLowerCase());
      return recorder;
    },
    removeHeader(name: string) {
      set.delete(name.toLowerCase());
      removed.add(name.toLowerCase());
    },
  };
  let calledNext = false;
  const request = { method: 'GET', url: '/', headers: {} };
  (middleware as unknown as (req: unknown, res: unknown, next: (error?: unknown) => void) => void)(request, recorder, (error?: unknown) => {
    if (error !== undefined) throw error instanceof Error ? error : new Error('staticHeaders: the middleware failed');
    calledNext = true;
  });
  if (!calledNext) throw new Error('staticHeaders: the middleware did not finish at once; its headers are not static');
  return { set: [...set], removed: [...removed] };
}
