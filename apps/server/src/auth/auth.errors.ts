import type { Caller } from '@monitor/domain';
import { GraphQLError } from 'graphql';

export const AuthErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  REGISTRATION_PENDING: 'REGISTRATION_PENDING',
  REGISTRATION_REJECTED: 'REGISTRATION_REJECTED',
  INVALID_TOKEN: 'INVALID_TOKEN',
  CONFLICT: 'CONFLICT',
} as const;

export class AccessError {
  /** Anonymous callers are asked to log in; signed-in callers are refused. */
  static denied(caller: Caller): GraphQLError {
    return caller.kind === 'anonymous'
      ? new GraphQLError('Log in om dit te mogen doen.', { extensions: { code: AuthErrorCode.UNAUTHENTICATED } })
      : new GraphQLError('U heeft geen toegang tot dit onderdeel.', { extensions: { code: AuthErrorCode.FORBIDDEN } });
  }

  static notInMatrix(key: string): GraphQLError {
    return new GraphQLError(`Geen toegang: ${key} staat niet in de toegangsmatrix.`, {
      extensions: { code: AuthErrorCode.FORBIDDEN },
    });
  }

  /** The same answer whether the thing does not exist or the caller may not see it. */
  static notFound(what: string): GraphQLError {
    return new GraphQLError(`${what} niet gevonden.`, { extensions: { code: AuthErrorCode.NOT_FOUND } });
  }
}

export function authError(code: keyof typeof AuthErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}
