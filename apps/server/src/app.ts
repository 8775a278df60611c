import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type http from 'node:http';
import type { DataSource } from 'typeorm';
import type { Config } from './config/env';
import { createContext, createServices, type Context } from './context';
import { formatError } from './graphql/errors';
import { geoRoutes } from './modules/geo/geo.routes';
import { healthRoutes } from './modules/health/health.routes';

export const GRAPHQL_BODY_LIMIT = '100kb';

export interface AppOptions {
  config: Config;
  dataSource: DataSource;
  schema: GraphQLSchema;
  httpServer: http.Server;
}

export async function createApp({ config, dataSource, schema, httpServer }: AppOptions): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: !config.production,
    formatError: formatError(config.production),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  const services = createServices(dataSource);
  const app = express();
  app.disable('x-powered-by');
  app.use(compression());
  app.use(healthRoutes(dataSource));
  app.use(geoRoutes(dataSource));
  app.use(
    '/graphql',
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    expressMiddleware(apollo, { context: async () => createContext(dataSource, services) }),
  );
  serveWeb(app, config.webDistDir);
  return { app, apollo };
}

/** The built SPA at /, the GraphQL IDE at /playground; unknown paths get the SPA (client routing). */
function serveWeb(app: Express, distDir: string): void {
  const index = path.join(distDir, 'index.html');
  const playground = path.join(distDir, 'playground.html');
  if (!fs.existsSync(index)) {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(`De webapplicatie is niet gebouwd (${index} ontbreekt). Voer "pnpm build" uit of start met "pnpm start".`);
    });
    return;
  }
  app.get('/playground', (_req, res) => res.sendFile(playground));
  app.use(express.static(distDir, { index: false, maxAge: '1h', setHeaders: immutableAssets }));
  app.get(/^\/(?!graphql|healthz|geo\/|assets\/).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.sendFile(index);
  });
}

function immutableAssets(res: express.Response, file: string): void {
  if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
