import { ApolloServer } from '@apollo/server';
import { ANONYMOUS, type Caller } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../src/config/env';
import { createContext, createServices, type Context } from '../src/context';
import type { SharedReadCache } from '../src/db/shared-read-cache';
import { formatError } from '../src/graphql/errors';
import { buildAppSchema } from '../src/schema';

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, any> }[];
}

export interface ExecuteOptions {
  as?: Caller;
  sessionId?: string | null;
  clientAddress?: string;
  userAgent?: string;
}

/** Cookies a resolver set or cleared, for assertions. */
export interface CookieLog {
  set: { token: string; maxAgeSeconds: number }[];
  cleared: number;
}

/**
 * Runs operations through Apollo Server (no HTTP), with a fresh context per operation as in
 * production; the caller is given directly (HTTP tests cover how it is derived from a request).
 * `shared`: the services' shared read cache (default: none, every request reads the database).
 */
export async function createTestGraphQL(dataSource: DataSource, overrides: Partial<Config> = {}, shared?: SharedReadCache) {
  const config = { ...loadConfig({}), demo: false, ...overrides };
  const apollo = new ApolloServer<Context>({ schema: await buildAppSchema(), formatError: formatError({ debug: false }) });
  await apollo.start();
  const services = createServices(dataSource, config, shared);
  const cookies: CookieLog = { set: [], cleared: 0 };
  return {
    services,
    cookies,
    async execute<T = Record<string, any>>(
      query: string,
      variables?: Record<string, unknown>,
      options: ExecuteOptions = {},
    ): Promise<GraphQLResult<T>> {
      const context = createContext(
        dataSource,
        services,
        {
          caller: options.as ?? ANONYMOUS,
          sessionId: options.sessionId ?? null,
          clientAddress: options.clientAddress ?? '192.0.2.1',
          userAgent: options.userAgent ?? 'jest',
          cookies: {
            setSession: (token, maxAgeSeconds) => void cookies.set.push({ token, maxAgeSeconds }),
            clearSession: () => void cookies.cleared++,
          },
        },
        config.demo,
      );
      const response = await apollo.executeOperation<T>({ query, variables }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used');
      return response.body.singleResult as GraphQLResult<T>;
    },
    stop: () => apollo.stop(),
  };
}
