import { ErrorCode, httpStatusOf } from '@monitor/domain';
import { GraphQLError, type ASTNode } from 'graphql';

/** The codes (of the registry in @monitor/domain) of requests rejected by a limit. */
export const LimitErrorCode = {
  QUERY_TOO_DEEP: ErrorCode.QUERY_TOO_DEEP,
  TOO_MANY_ALIASES: ErrorCode.TOO_MANY_ALIASES,
  QUERY_TOO_COMPLEX: ErrorCode.QUERY_TOO_COMPLEX,
  INTROSPECTION_DISABLED: ErrorCode.INTROSPECTION_DISABLED,
  RATE_LIMITED: ErrorCode.RATE_LIMITED,
  BATCH_LIMIT_EXCEEDED: ErrorCode.BATCH_LIMIT_EXCEEDED,
  REQUEST_TOO_LARGE: ErrorCode.REQUEST_TOO_LARGE,
  BAD_REQUEST: ErrorCode.BAD_REQUEST,
  /** The time budget of the request ran out (MONITOR_REQUEST_TIMEOUT_MS). */
  REQUEST_TIMEOUT: ErrorCode.REQUEST_TIMEOUT,
  /** A list or the whole response is larger than its declared maximum. */
  RESPONSE_TOO_LARGE: ErrorCode.RESPONSE_TOO_LARGE,
  /** Subscriptions (or another operation type the API does not offer). */
  OPERATION_NOT_SUPPORTED: ErrorCode.OPERATION_NOT_SUPPORTED,
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

/** A GraphQL error for an exceeded limit; `httpStatus`: Apollo answers with the code's HTTP status (when sent from a plugin). */
export function limitError(
  code: LimitErrorCode,
  message: string,
  info: LimitInfo | undefined,
  options: { nodes?: ASTNode | readonly ASTNode[]; httpStatus?: boolean } = {},
): GraphQLError {
  return new GraphQLError(message, {
    nodes: options.nodes,
    extensions: {
      code,
      ...(info ? { limit: info.limit, max: info.max } : {}),
      ...(options.httpStatus ? { http: { status: httpStatusOf(code) } } : {}),
    },
  });
}

/** The JSON body of a GraphQL-style error response sent before GraphQL runs (plain HTTP middleware). */
export function errorBody(code: LimitErrorCode, message: string, info?: LimitInfo) {
  return { errors: [{ message, extensions: { code, ...(info ? { limit: info.limit, max: info.max } : {}) } }] };
}
