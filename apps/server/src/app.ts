import fs from 'node:fs';
import path from 'node:path';
import { ANONYMOUS, defaultErrorMessage, ErrorCode } from '@monitor/domain';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { GraphQLSchema } from 'graphql';
import type http from 'node:http';
import type { DataSource } from 'typeorm';
import { isAllowed, ruleFor } from './auth/access';
import { clientAddressOf, readCookie, resolveRequest, SESSION_COOKIE } from './auth/request-caller';
import type { Config } from './config/env';
import { createContext, createServices, type Context, type Services } from './context';
import { formatError } from './graphql/errors';
import { createGraphQLLimits, LeasedRateLimitStore, PostgresRateLimitStore } from './graphql/limits';
import { DEFAULT_PAGE_SIZE } from './graphql/pagination';
import { listenForDataChanges, type DataChanges } from './db/data-changes';
import { SharedReadCache } from './db/shared-read-cache';
import { isCacheHit, publicResponseCache } from './http/response-cache/public-response-cache';
import { staticHeaders } from './http/static-headers';
import { viewerAnswers } from './http/viewer-response-cache/viewer-answers';
import { VIEWER_CACHE_HEADER } from './http/viewer-response-cache/viewer-response-cache';
import { exportRoutes } from './modules/export/export.routes';
import { boundaryFiles, geoRoutes } from './modules/geo/geo.routes';
import { landingPage, loadLandingMarkup, type LandingQuery } from './http/landing-page';
import { precompressedAssets } from './http/precompressed-assets';
import { importRoutes } from './modules/statistics/import.routes';
import { healthRoutes } from './modules/health/health.routes';
import { factsheetRoutes } from './modules/factsheet/factsheet.routes';
import { nationalReportRoutes } from './modules/national-report/national-report.routes';

export const GRAPHQL_BODY_LIMIT_BYTES = 100 * 1024;

export interface AppOptions {
  config: Config;
  dataSource: DataSource;
  schema: GraphQLSchema;
  httpServer: http.Server;
}

/** Introspection and the playground: NJi analysts and administrators, and everyone in demo mode. */
export function mayExplore(context: Pick<Context, 'caller' | 'demo'>): boolean {
  return context.demo || isAllowed(ruleFor('Query', '__schema')!, context.caller);
}

export async function createApp({
  config,
  dataSource,
  schema,
  httpServer,
}: AppOptions): Promise<{ app: Express; apollo: ApolloServer<Context>; services: Services }> {
  const limits = createGraphQLLimits<Context>(config.limits, {
    schema,
    bodyLimitBytes: GRAPHQL_BODY_LIMIT_BYTES,
    clientAddress: clientAddressOf,
    isIntrospectionAllowed: mayExplore,
    defaultPageSize: DEFAULT_PAGE_SIZE,
    // in PostgreSQL, so that every server process on the database counts the same requests; each
    // process reserves leases of hits there and spends them locally (no statement per request)
    rateLimitStore: new LeasedRateLimitStore(new PostgresRateLimitStore(dataSource)),
  });
  const changes =
    config.responseCache.maxBytes === 0 && config.viewerCache.maxBytes === 0
      ? null
      : await listenForDataChanges(dataSource, (message) => console.warn(`[monitor] ${message}`));
  const cache = changes && config.responseCache.maxBytes > 0 ? publicAnswers(config, changes) : null;
  const viewerCache = viewerAnswers(config, dataSource, changes);
  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    // introspection is gated per caller by the limits' introspection plugin
    introspection: true,
    allowBatchedHttpRequests: true,
    // automatic persisted queries (sha256 → document, in this process's memory, a day per entry): a
    // document sent by hash passes the same validation rules and cost limits as one sent in full
    persistedQueries: { ttl: 24 * 60 * 60 },
    validationRules: limits.validationRules,
    // independent of NODE_ENV: only an explicit MONITOR_DEBUG_ERRORS=true shows internals
    includeStacktraceInErrorResponses: config.debugErrors,
    formatError: formatError({ debug: config.debugErrors }),
    // no cache hints are used; the default cache-control plugin wraps every field resolver (a fifth of the map's CPU time)
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...limits.plugins,
      ...(cache ? [cache.plugin] : []),
      ...(viewerCache ? [viewerCache.plugin] : []),
    ],
  });
  await apollo.start();
  const services = createServices(dataSource, config, new SharedReadCache(cache ? changes : null, config.responseCache.ttlMs));

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(staticHeaders(securityHeaders()));
  app.use(compression({ filter: compressesOnTheFly }));
  // GraphQL first: its requests (nearly all of them) need not walk the REST routers' layers
  app.use(
    '/graphql',
    limits.rateLimit,
    express.json({ limit: GRAPHQL_BODY_LIMIT_BYTES }),
    limits.batchLimit,
    ...(cache ? [cache.middleware] : []),
    ...(viewerCache ? [viewerCache.middleware] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(
          dataSource,
          services,
          await resolveRequest(req, res, { sessions: services.sessions, tokens: services.apiTokens, config }),
          config.demo,
        ),
    }),
  );
  app.use('/graphql', limits.errorHandler);
  // then the web build's assets: the landing page asks some thirty of these at once
  app.use('/assets', precompressedAssets(path.join(config.webDistDir, 'assets')));
  app.use(healthRoutes(dataSource));
  const boundaries = boundaryFiles(dataSource, changes);
  app.use(geoRoutes(dataSource, changes, boundaries));
  app.use(exportRoutes(dataSource, services, config));
  app.use(importRoutes(dataSource, services, config));
  app.use(factsheetRoutes(dataSource, services, config));
  app.use(nationalReportRoutes(dataSource, services, config));
  const landing = cache ? landingPageOf(config, changes, { apollo, dataSource, services }, boundaries.municipalityPaths) : null;
  serveWeb(app, config, services, landing);
  app.use(lastErrorHandler(config.debugErrors));
  return { app, apollo, services };
}

/** Root fields that answer the same to every anonymous caller: public reference data. */
export function isPublicRootField(fieldName: string): boolean {
  const rule = ruleFor('Query', fieldName);
  return rule !== undefined && rule.allow === 'anyone' && rule.token === 'PUBLIC_READ';
}

/** Whether a request carries credentials (a token or a session cookie): it never gets a shared answer. */
function hasCredentials(req: Request): boolean {
  return req.headers.authorization !== undefined || readCookie(req.headers.cookie, SESSION_COOKIE) !== undefined;
}

/** The landing page with its map's public data, when public answers are cached (see http/landing-page.ts). */
function landingPageOf(
  config: Config,
  changes: DataChanges | null,
  server: { apollo: ApolloServer<Context>; dataSource: DataSource; services: Services },
  municipalityPaths: () => Promise<{ body: string } | null>,
) {
  return landingPage({
    indexFile: path.join(config.webDistDir, 'index.html'),
    landingFile: path.join(config.webDistDir, 'landing.json'),
    changes,
    ttlMs: config.responseCache.ttlMs,
    hasCredentials,
    answer: (query) => anonymousAnswer(server.apollo, server.dataSource, server.services, config, query),
    municipalityPaths,
    markup: loadLandingMarkup(config.landingMarkupFile),
  });
}

/**
 * A query answered in full as for an anonymous visitor (the whole request pipeline: validation,
 * limits, access checks, disclosure rules); null unless the answer is complete.
 */
async function anonymousAnswer(apollo: ApolloServer<Context>, dataSource: DataSource, services: Services, config: Config, query: LandingQuery) {
  const request = {
    caller: ANONYMOUS,
    sessionId: null,
    clientAddress: 'landingspagina',
    userAgent: '',
    cookies: { setSession: () => undefined, clearSession: () => undefined },
  };
  const response = await apollo.executeOperation(query, { contextValue: createContext(dataSource, services, request, config.demo) });
  if (response.body.kind !== 'single') return null;
  const { data, errors } = response.body.singleResult;
  return errors === undefined && data ? data : null;
}

/** The public-answer cache; the data-change listener stops with Apollo. */
function publicAnswers(config: Config, changes: DataChanges) {
  const cache = publicResponseCache({
    ...config.responseCache,
    changes,
    isPublicRootField,
    hasCredentials,
  });
  const stop: ApolloServerPlugin = { serverWillStart: () => Promise.resolve({ serverWillStop: () => changes.close() }) };
  return { middleware: cache.middleware, plugin: { ...cache.plugin, ...stop } satisfies ApolloServerPlugin };
}

/**
 * Security headers from helmet. The CSP allows only this origin: the SPA and the bundled GraphiQL
 * (its editor runs web workers from blob: URLs and injects styles), map data from /geo, images as data: URLs.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // the exports and the map data are fetched by the SPA itself; no cross-origin embedding needed
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // HSTS belongs to the TLS-terminating reverse proxy; sending it from http://localhost would pin browsers
    strictTransportSecurity: false,
  });
}

/** Compressible responses, except cached answers (public or per viewer): those are sent as stored (gzipped once). */
function compressesOnTheFly(req: Request, res: express.Response): boolean {
  return !isCacheHit(res) && res.getHeader(VIEWER_CACHE_HEADER) !== 'hit' && compression.filter(req, res);
}

/** Any error no route handled: a JSON 500 without stack, SQL or path (unless MONITOR_DEBUG_ERRORS). */
function lastErrorHandler(debug: boolean): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    console.error('[http] onverwachte fout:', error);
    res.status(500).json({
      error: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        message: debug ? String((error as Error)?.stack ?? error) : defaultErrorMessage(ErrorCode.INTERNAL_SERVER_ERROR),
      },
    });
  };
}

/** The built SPA at /, the GraphQL IDE at /playground; unknown paths get the SPA (client routing). */
function serveWeb(app: Express, config: Config, services: Services, landing: RequestHandler | null): void {
  const index = path.join(config.webDistDir, 'index.html');
  const playground = path.join(config.webDistDir, 'playground.html');
  if (!fs.existsSync(index)) {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(`De webapplicatie is niet gebouwd (${index} ontbreekt). Voer "pnpm build" uit of start met "pnpm start".`);
    });
    return;
  }
  app.get('/playground', async (req, res, next) => {
    try {
      if (await mayOpenPlayground(req, config, services)) return res.sendFile(playground);
      res.redirect(303, `/inloggen?terug=${encodeURIComponent('/playground')}`);
    } catch (error) {
      next(error);
    }
  });
  app.use(express.static(config.webDistDir, { index: false, maxAge: '1h', setHeaders: immutableAssets }));
  if (landing) app.get('/', landing);
  app.get(/^\/(?!graphql|healthz|geo\/|export\/|import\/|pdf\/|assets\/|playground).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.sendFile(index);
  });
}

async function mayOpenPlayground(req: Request, config: Config, services: Services): Promise<boolean> {
  if (config.demo) return true;
  const token = readCookie(req.headers.cookie, SESSION_COOKIE);
  const session = token ? await services.sessions.resolve(token) : null;
  return session !== null && mayExplore({ demo: false, caller: { kind: 'session', ...session } });
}

function immutableAssets(res: express.Response, file: string): void {
  if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
