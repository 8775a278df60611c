import { defaultErrorMessage, ErrorCode } from '@monitor/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';

/** Invalid input for one field; `field` is the argument path, e.g. "first" or "filter.regionCode". */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field, fields: [{ field, message }] },
  });
}

interface FieldProblem {
  field: string;
  message: string;
}

function flatten(errors: unknown, prefix = ''): FieldProblem[] {
  // class-validator hands over arrays, but the formatter must never crash on anything else
  if (!Array.isArray(errors)) return [];
  return (errors as ValidationError[]).flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout. */
const QUERY_CANCELED = '57014';

function isStatementTimeout(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: unknown } } | undefined)?.driverError;
  return (error as { code?: unknown } | undefined)?.code === QUERY_CANCELED || driverError?.code === QUERY_CANCELED;
}

export interface FormatErrorOptions {
  /** MONITOR_DEBUG_ERRORS: show internal error messages and stack traces (development only). */
  debug: boolean;
}

/**
 * Gives every error a stable code and a message that names the offending field. Unless the debug
 * setting is on, nothing internal (stack traces, SQL, file paths) leaves the server, whatever NODE_ENV says.
 */
export function formatError({ debug }: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    if (original instanceof ArgumentValidationError) {
      const fields = flatten(original.extensions.validationErrors);
      return {
        message: `Ongeldige invoer: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: fields[0]?.field, fields },
      };
    }
    if (isStatementTimeout(original)) {
      return {
        message: defaultErrorMessage(ErrorCode.REQUEST_TIMEOUT),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.REQUEST_TIMEOUT, limit: 'requestTimeoutMs' },
      };
    }
    const code = formatted.extensions?.code;
    if (code === ErrorCode.INTERNAL_SERVER_ERROR || code === undefined) {
      // unexpected: keep the details in the server log, never in the response
      console.error('[graphql] onverwachte fout:', original ?? error);
      if (!debug) {
        return {
          message: defaultErrorMessage(ErrorCode.INTERNAL_SERVER_ERROR),
          locations: formatted.locations,
          path: formatted.path,
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
        };
      }
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    if (!debug && formatted.extensions && 'stacktrace' in formatted.extensions) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
      return { ...formatted, extensions };
    }
    return formatted;
  };
}
