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
  /** The landing map as HTML from the answers and paths (the web build's `landingMapMarkup`), or null without it. */
  markup?: LandingMarkup | null;
}

/** The web build's server-side function (apps/web/src/features/map/landingMarkup.tsx). */
export type LandingMarkup = (
  answers: readonly { operationName: string; variables: Record<string, unknown>; data: unknown }[],
  paths: unknown,
) => string | null;

const ROOT_ELEMENT = '<div id="root"></div>';

/** The landing map's markup function from the web's server-side build; null when it was not built (the app then draws the map alone). */
export function loadLandingMarkup(file: string): LandingMarkup | null {
  if (!fs.existsSync(file)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a build output chosen at run time
  const loaded = require(file) as { landingMapMarkup?: unknown };
  return typeof loaded.landingMapMarkup === 'function' ? (loaded.landingMapMarkup as LandingMarkup) : null;
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
 * page's chunks are asked in the head, together with the entry. With `markup`, the map itself (the
 * same areas, colours and labels as the app's first render) is in `#root` too, drawn before any
 * JavaScript has run; the app replaces it when it renders. Built once
 * per data generation (the notifications the public-answer cache follows, at most `ttlMs`); a
 * signed-in visitor, or a server without the change listener, gets the plain index.html and the app
 * asks for its own answers.
 */
export function landingPage(options: LandingPageOptions): RequestHandler | null {
  if (!options.changes || !fs.existsSync(options.landingFile) || !fs.existsSync(options.indexFile)) return null;
  const changes = options.changes;
  const { queries, preload } = JSON.parse(fs.readFileSync(options.landingFile, 'utf8')) as { queries: LandingQuery[]; preload: string[] };
  // the page's own chunks download with the entry, not after it (landing-preload.js asks them later)
  // with the map drawn by the server its styles apply at once (preloaded only, they would wait for the app)
  const css = options.markup ? 'rel="stylesheet"' : 'rel="preload" as="style"';
  const links = preload.map((href) =>
    href.endsWith('.css') ? `<link ${css} crossorigin href="${href}">` : `<link rel="modulepreload" crossorigin href="${href}">`,
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
    const map = paths ? mapMarkup(complete, paths.body) : null;
    const html = (map ? index.replace(ROOT_ELEMENT, `<div id="root">${map}</div>`) : index).replace('</body>', `${block}\n  </body>`);
    return { ...storedBytesOf(html), etag: `"${createHash('sha256').update(html).digest('base64url')}"` };
  };

  // the map drawn by the server: there as soon as the HTML is; a failure leaves it to the app
  const mapMarkup = (answers: Parameters<LandingMarkup>[0], paths: string): string | null => {
    if (!options.markup) return null;
    try {
      return options.markup(answers, JSON.parse(paths));
    } catch (error) {
      console.error('[http] landingskaart niet op de server getekend:', error);
      return null;
    }
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
