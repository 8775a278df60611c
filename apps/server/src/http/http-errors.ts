import { defaultErrorMessage, ErrorCode, httpStatusOf, isErrorCode } from '@monitor/domain';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';

/**
 * The JSON error answer of the plain HTTP routes (/export, /import, /geo): `{ error: { code, message } }`
 * with the HTTP status of the code in the registry (@monitor/domain), the code's default message
 * unless a more specific one is given.
 */
export function sendError(res: Response, code: ErrorCode, message: string = defaultErrorMessage(code), extra: Record<string, unknown> = {}): void {
  res.status(httpStatusOf(code)).json({ error: { code, message, ...extra } });
}

/** The registry code of a thrown error; anything else is an internal error. */
export function errorCodeOf(error: unknown): ErrorCode {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return isErrorCode(code) ? code : ErrorCode.INTERNAL_SERVER_ERROR;
}
