import { ErrorCode, findInvalidText, TEXT_PROBLEM_MESSAGES } from '@monitor/domain';
import type { Request, RequestHandler, Response } from 'express';
import { sendError } from './http-errors';

/** The JSON body of a refused URL parameter or upload: the same code and field naming as GraphQL. */
export function sendBadUserInput(res: Response, field: string, message: string): void {
  sendError(res, ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });
}

/**
 * The input boundary of the plain HTTP routes (/export, /import, /geo): every path and query
 * parameter must be valid text (no NUL or other control characters, no lone surrogates). Express
 * has already decoded %00 and the like; a malformed %-escape never gets here (Express answers 400).
 */
export function validUrlInput(): RequestHandler {
  return (req, res, next) => {
    const invalid = findInvalidText(req.params, '') ?? findInvalidText(req.query, '');
    if (invalid) return sendBadUserInput(res, invalid.field, TEXT_PROBLEM_MESSAGES[invalid.problem]);
    next();
  };
}

/** An integer URL parameter within [min, max], or a 400 naming the parameter (and undefined). */
export function integerParam(req: Request, res: Response, name: string, min: number, max: number): number | undefined {
  const raw = String(req.params[name] ?? '');
  const value = /^-?\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    sendBadUserInput(res, name, `moet een geheel getal van ${min} tot en met ${max} zijn`);
    return undefined;
  }
  return value;
}

/** The first C0 control character (other than tab, line feed and carriage return) or DEL in an upload. */
export function firstControlByte(bytes: Uint8Array): { offset: number; line: number } | null {
  let line = 1;
  for (let offset = 0; offset < bytes.length; offset++) {
    const b = bytes[offset];
    if (b === 0x0a) line++;
    else if ((b < 0x20 && b !== 0x09 && b !== 0x0d) || b === 0x7f) return { offset, line };
  }
  return null;
}
