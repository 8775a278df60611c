import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Request, RequestHandler, Response } from 'express';
import { LANDING_DATA_ID } from '@monitor/domain';
import type { DataChanges } from '../db/data-changes';
import { clientHolds, sendStored, storedBytesOf, type StoredBytes } from './stored-bytes';

/** A landing query as the web build lists it (`landing.json`). */
export interface LandingQuery {
  operationName: string;
  variables: Record<string, unknown>;
  query: string;
}

export interface LandingPageOptions {
  /** The built index.html. */
  indexFile: string;
  /** The web build's `landing.json`: the landing map's queries and the files its page loads. */
  landingFile: string;
  changes: DataChanges | null;
  ttlMs: number;
  /** Whether the request carries credentials: a signed-in visitor gets the page without data. */
  hasCredentials: (req: Request) => boolean;
  /** The data of a query answered as for an anonymous visitor (every access and disclosure rule), or null unless complete. */
  answer: (query: LandingQuery) => Promise<unknown>;
  /** The municipalities' projected paths as `/geo/municipalities.paths.json` sends them. */
  municipalityPaths: () => Promise<{ body: string } | null>;
}

interface Page extends StoredBytes {
  etag: string;
}

/** JSON that may stand inside a script element: no `</script>` or `<!--` can occur in it. */
export function scriptSafeJson(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/**
 * The landing page (`/`) for an anonymous visitor: index.html with the landing map's public data in
 * a `<script type="application/json">` block (not executed, so the CSP allows it): the answers an
 * anonymous visitor gets from /graphql for the map's queries and the projected boundaries. The app
 * draws the map from it without asking them, a round trip less after its code has run; the landing
 * page's chunks are asked in the head, together with the entry. Built once
 * per data generation (the notifications the public-answer cache follows, at most `ttlMs`); a
 * signed-in visitor, or a server without the change listener, gets the plain index.html and the app
 * asks for its own answers.
 */
export function landingPage(options: LandingPageOptions): RequestHandler | null {
  if (!options.changes || !fs.existsSync(options.landingFile) || !fs.existsSync(options.indexFile)) return null;
  const changes = options.changes;
  const { queries, preload } = JSON.parse(fs.readFileSync(options.landingFile, 'utf8')) as { queries: LandingQuery[]; preload: string[] };
  // the page's own chunks download with the entry, not after it (landing-preload.js asks them later)
  const links = preload.map((href) =>
    href.endsWith('.css') ? `<link rel="preload" as="style" crossorigin href="${href}">` : `<link rel="modulepreload" crossorigin href="${href}">`,
  );
  const index = fs.readFileSync(options.indexFile, 'utf8').replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
  let kept: { generation: number; until: number; page: Promise<Page> } | null = null;

  const build = async (): Promise<Page> => {
    const [answers, paths] = await Promise.all([
      Promise.all(queries.map(async (q) => ({ operationName: q.operationName, variables: q.variables, data: await options.answer(q) }))),
      options.municipalityPaths(),
    ]);
    const complete = answers.filter((a) => a.data !== null && a.data !== undefined);
    const json = `{"answers":${JSON.stringify(complete)},"paths":${paths ? paths.body : 'null'}}`;
    const block = `<script type="application/json" id="${LANDING_DATA_ID}">${scriptSafeJson(json)}</script>`;
    const html = index.replace('</body>', `${block}\n  </body>`);
    return { ...storedBytesOf(html), etag: `"${createHash('sha256').update(html).digest('base64url')}"` };
  };

  const current = (): Promise<Page> => {
    const generation = changes.generation;
    if (kept && kept.generation === generation && Date.now() < kept.until) return kept.page;
    const page = build();
    const entry = { generation, until: Date.now() + options.ttlMs, page };
    kept = entry;
    // not kept when it failed or the data changed while it was built
    const forget = () => {
      if (kept === entry) kept = null;
    };
    page.then(() => changes.generation !== generation && forget(), forget);
    return page;
  };

  return (req, res, next) => {
    if (options.hasCredentials(req) || !changes.listening || !req.accepts('html')) return next();
    current().then(
      (page) => send(req, res, page),
      (error: unknown) => {
        console.error('[http] landingspagina zonder gegevens:', error);
        next();
      },
    );
  };
}

function send(req: Request, res: Response, page: Page): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('ETag', page.etag);
  // a signed-in visitor gets another page (without data): caches must ask again
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Vary', 'Accept-Encoding, Authorization, Cookie');
  if (clientHolds(req, page.etag)) return void res.status(304).end();
  sendStored(req, res, page);
}
