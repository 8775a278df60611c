import type { ApolloServer } from '@apollo/server';
import { ApolloServer as Apollo } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { createContext, createServices, type Context } from '../src/context';
import { formatError } from '../src/graphql/errors';
import { buildAppSchema } from '../src/schema';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Runs operations through Apollo Server (no HTTP), with a fresh context per operation as in production. */
export async function createTestGraphQL(dataSource: DataSource) {
  const apollo: ApolloServer<Context> = new Apollo<Context>({ schema: await buildAppSchema(), formatError: formatError(true) });
  await apollo.start();
  const services = createServices(dataSource);
  return {
    async execute<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> {
      const response = await apollo.executeOperation<T>(
        { query, variables },
        { contextValue: createContext(dataSource, services) },
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used');
      return response.body.singleResult as GraphQLResult<T>;
    },
    stop: () => apollo.stop(),
  };
}
