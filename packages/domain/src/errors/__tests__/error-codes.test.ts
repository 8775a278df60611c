import { defaultErrorMessage, ERROR_CODES, ErrorCode, httpStatusOf, isErrorCode } from '../error-codes';

describe('the error-code registry', () => {
  it('gives every code an HTTP error status and a Dutch message ending in a full stop', () => {
    for (const [code, { status, message }] of Object.entries(ERROR_CODES)) {
      expect([code, status >= 400 && status < 600]).toEqual([code, true]);
      expect([code, /^[A-Z].*\.$/.test(message)]).toEqual([code, true]);
    }
  });

  it('spells every constant as its own code', () => {
    for (const code of Object.keys(ERROR_CODES)) expect(ErrorCode[code as ErrorCode]).toBe(code);
    expect(Object.keys(ErrorCode)).toEqual(Object.keys(ERROR_CODES));
  });

  it('keeps the statuses clients already rely on', () => {
    expect(httpStatusOf(ErrorCode.BAD_USER_INPUT)).toBe(400);
    expect(httpStatusOf(ErrorCode.UNAUTHENTICATED)).toBe(401);
    expect(httpStatusOf(ErrorCode.FORBIDDEN)).toBe(403);
    expect(httpStatusOf(ErrorCode.NOT_FOUND)).toBe(404);
    expect(httpStatusOf(ErrorCode.REQUEST_TOO_LARGE)).toBe(413);
    expect(httpStatusOf(ErrorCode.RATE_LIMITED)).toBe(429);
  });

  it('treats unknown codes as internal errors', () => {
    expect(isErrorCode('TOTALLY_NEW')).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
    expect(httpStatusOf('TOTALLY_NEW')).toBe(500);
    expect(httpStatusOf(undefined)).toBe(500);
    expect(defaultErrorMessage(null)).toBe(ERROR_CODES.INTERNAL_SERVER_ERROR.message);
    expect(defaultErrorMessage(ErrorCode.UNAUTHENTICATED)).toBe('Log in om dit te mogen doen.');
  });
});
