import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import type { GraphQLSchema, ValidationRule } from 'graphql';
import type { Config } from '../../config/env';
import { aliasLimitRule } from './aliases.rule';
import { complexityPlugin } from './complexity.plugin';
import { depthLimitRule } from './depth.rule';
import { batchLimitMiddleware, jsonErrorHandler } from './http-limits';
import { introspectionPlugin } from './introspection.plugin';
import { limitCodesPlugin } from './limit-codes.plugin';
import { operationTypeRule } from './operation-type.rule';
import { rateLimitMiddleware, type RateLimitStore } from './rate-limit';
import { requestBudgetPlugin, responseSizePlugin } from './runtime-limits';

export { aliasLimitRule } from './aliases.rule';
export { complexityEstimators, complexityPlugin, pageSizeEstimator } from './complexity.plugin';
export { depthLimitRule } from './depth.rule';
export { batchLimitMiddleware, formatBytes, jsonErrorHandler } from './http-limits';
export { INTROSPECTION_DISABLED_MESSAGE, introspectionPlugin, selectsIntrospection } from './introspection.plugin';
export { limitCodesPlugin } from './limit-codes.plugin';
export { LIST_BOUNDS, listBound, maxListLength, type ListBound } from './list-bounds';
export { operationTypeRule } from './operation-type.rule';
export { budgetMiddleware, listBoundsMiddleware, requestBudgetPlugin, responseSizePlugin } from './runtime-limits';
export { LimitErrorCode } from './limits.errors';
export { MemoryRateLimitStore, RateLimiter, bearerTokenKey, rateLimitMiddleware, type RateLimitStore } from './rate-limit';
export { PostgresRateLimitStore } from './rate-limit.repository';
export { LeasedRateLimitStore, RateLimitLeases, type RateLimitReserver, type Reservation } from './rate-limit-lease';

export interface GraphQLLimitsOptions<TContext extends BaseContext> {
  schema: GraphQLSchema;
  /** The limit given to express.json() on /graphql, in bytes (e.g. 100 * 1024 for '100kb'). */
  bodyLimitBytes: number;
  clientAddress: (req: Request) => string;
  isIntrospectionAllowed: (contextValue: TContext) => boolean;
  /** Page size of a connection when `first` is omitted. */
  defaultPageSize: number;
  /** Where request counts live: the server passes PostgresRateLimitStore, so all its processes share them. */
  rateLimitStore?: RateLimitStore;
  /** Clock for the in-memory rate limiter (tests). */
  now?: () => number;
}

export interface GraphQLLimits<TContext extends BaseContext = BaseContext> {
  /** For ApolloServer `validationRules`. */
  validationRules: ValidationRule[];
  /** For ApolloServer `plugins`; includes the plugin that keeps the rules' error codes. */
  plugins: ApolloServerPlugin<TContext>[];
  /** [rateLimit, batchLimit]: after express.json() and before expressMiddleware() on /graphql. */
  beforeGraphQL: RequestHandler[];
  /** The same two handlers by name, e.g. to rate-limit before parsing the body. */
  rateLimit: RequestHandler;
  batchLimit: RequestHandler;
  /** Error handler after expressMiddleware(): JSON errors for too-large or malformed bodies. */
  errorHandler: ErrorRequestHandler;
}

export function createGraphQLLimits<TContext extends BaseContext>(
  limits: Config['limits'],
  options: GraphQLLimitsOptions<TContext>,
): GraphQLLimits<TContext> {
  const rateLimit = rateLimitMiddleware({
    perClient: limits.requestsPerMinutePerClient,
    perToken: limits.requestsPerMinutePerToken,
    clientAddress: options.clientAddress,
    store: options.rateLimitStore,
    now: options.now,
  });
  const batchLimit = batchLimitMiddleware(limits.maxBatch);
  return {
    validationRules: [operationTypeRule(), depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases)],
    plugins: [
      limitCodesPlugin(),
      requestBudgetPlugin(limits.requestTimeoutMs),
      responseSizePlugin(limits.maxResponseBytes),
      // Before complexity, so an anonymous introspection query is told why it is refused.
      introspectionPlugin(options.isIntrospectionAllowed),
      complexityPlugin(options.schema, limits.maxComplexity, { defaultPageSize: options.defaultPageSize }),
    ],
    beforeGraphQL: [rateLimit, batchLimit],
    rateLimit,
    batchLimit,
    errorHandler: jsonErrorHandler(options.bodyLimitBytes),
  };
}
