import { defaultErrorMessage, ErrorCode, type Caller } from '@monitor/domain';
import { GraphQLError } from 'graphql';

export class AccessError {
  /** Anonymous callers are asked to log in; signed-in callers are refused. */
  static denied(caller: Caller): GraphQLError {
    return caller.kind === 'anonymous'
      ? new GraphQLError(defaultErrorMessage(ErrorCode.UNAUTHENTICATED), { extensions: { code: ErrorCode.UNAUTHENTICATED } })
      : new GraphQLError(defaultErrorMessage(ErrorCode.FORBIDDEN), { extensions: { code: ErrorCode.FORBIDDEN } });
  }

  static notInMatrix(key: string): GraphQLError {
    return new GraphQLError(`Geen toegang: ${key} staat niet in de toegangsmatrix.`, {
      extensions: { code: ErrorCode.FORBIDDEN },
    });
  }

  /** The same answer whether the thing does not exist or the caller may not see it. */
  static notFound(what: string): GraphQLError {
    return new GraphQLError(`${what} niet gevonden.`, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}

/** An error with a code of the registry (packages/domain/src/errors/error-codes.ts). */
export function authError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}
