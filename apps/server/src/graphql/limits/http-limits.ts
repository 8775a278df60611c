import { httpStatusOf } from '@monitor/domain';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { LimitErrorCode, errorBody } from './limits.errors';

/**
 * For batched requests (a JSON array of operations): at most `maxBatch` operations, and at least one.
 * Must run after express.json(), which fills req.body.
 */
export function batchLimitMiddleware(maxBatch: number): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    if (!Array.isArray(body)) return next();
    if (body.length === 0) {
      res.status(httpStatusOf(LimitErrorCode.BAD_REQUEST)).json(errorBody(LimitErrorCode.BAD_REQUEST, 'Het verzoek bevat een lege lijst operaties.'));
      return;
    }
    if (body.length > maxBatch) {
      res.status(httpStatusOf(LimitErrorCode.BATCH_LIMIT_EXCEEDED)).json(
        errorBody(LimitErrorCode.BATCH_LIMIT_EXCEEDED, `Te veel operaties in één verzoek: ${body.length}, het maximum is ${maxBatch}.`, {
          limit: 'maxBatch',
          max: maxBatch,
        }),
      );
      return;
    }
    next();
  };
}

/** "100 kB", "1 MB" or "1500 bytes" (1 kB = 1024 bytes, as the body-parser limit counts). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} kB`;
  return `${bytes} bytes`;
}

interface BodyParserError {
  type?: unknown;
}

/**
 * Turns express.json() failures into GraphQL-style JSON errors instead of Express's HTML page;
 * `bodyLimitBytes` must be the limit given to express.json(). Other errors pass on.
 */
export function jsonErrorHandler(bodyLimitBytes: number): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    const type = typeof error === 'object' && error !== null ? (error as BodyParserError).type : undefined;
    if (res.headersSent || (type !== 'entity.too.large' && type !== 'entity.parse.failed')) return next(error);
    if (type === 'entity.too.large') {
      res.status(httpStatusOf(LimitErrorCode.REQUEST_TOO_LARGE)).json(
        errorBody(LimitErrorCode.REQUEST_TOO_LARGE, `Het verzoek is groter dan ${formatBytes(bodyLimitBytes)}.`, {
          limit: 'bodyLimitBytes',
          max: bodyLimitBytes,
        }),
      );
      return;
    }
    res.status(httpStatusOf(LimitErrorCode.BAD_REQUEST)).json(errorBody(LimitErrorCode.BAD_REQUEST, 'Het verzoek is geen geldige JSON.'));
  };
}
