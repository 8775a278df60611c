import { GraphQLError, type ASTNode } from 'graphql';

/** Stable codes in errors[].extensions.code for requests rejected by a limit. */
export const LimitErrorCode = {
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  INTROSPECTION_DISABLED: 'INTROSPECTION_DISABLED',
  RATE_LIMITED: 'RATE_LIMITED',
  BATCH_LIMIT_EXCEEDED: 'BATCH_LIMIT_EXCEEDED',
  REQUEST_TOO_LARGE: 'REQUEST_TOO_LARGE',
  BAD_REQUEST: 'BAD_REQUEST',
  /** The time budget of the request ran out (MONITOR_REQUEST_TIMEOUT_MS). */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  /** A list or the whole response is larger than its declared maximum. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** Subscriptions (or another operation type the API does not offer). */
  OPERATION_NOT_SUPPORTED: 'OPERATION_NOT_SUPPORTED',
} as const;
export type LimitErrorCode = (typeof LimitErrorCode)[keyof typeof LimitErrorCode];

const LIMIT_CODES = new Set<string>(Object.values(LimitErrorCode));

export function isLimitErrorCode(code: unknown): code is LimitErrorCode {
  return typeof code === 'string' && LIMIT_CODES.has(code);
}

/** Name of the limit (a key of Config['limits'] where there is one) and its value. */
export interface LimitInfo {
  limit: string;
  max: number;
}

/** A GraphQL error for an exceeded limit; `httpStatus` applies when Apollo sends it from a plugin. */
export function limitError(
  code: LimitErrorCode,
  message: string,
  info: LimitInfo | undefined,
  options: { nodes?: ASTNode | readonly ASTNode[]; httpStatus?: number } = {},
): GraphQLError {
  return new GraphQLError(message, {
    nodes: options.nodes,
    extensions: {
      code,
      ...(info ? { limit: info.limit, max: info.max } : {}),
      ...(options.httpStatus ? { http: { status: options.httpStatus } } : {}),
    },
  });
}

/** The JSON body of a GraphQL-style error response sent before GraphQL runs (plain HTTP middleware). */
export function errorBody(code: LimitErrorCode, message: string, info?: LimitInfo) {
  return { errors: [{ message, extensions: { code, ...(info ? { limit: info.limit, max: info.max } : {}) } }] };
}
