import { ANONYMOUS, ErrorCode, httpStatusOf } from '@monitor/domain';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Config } from '../config/env';
import type { CookieJar, RequestInfo } from '../context';
import type { ApiTokenService } from '../modules/api-token/api-token.service';
import type { SessionService } from '../modules/session/session.service';

export const SESSION_COOKIE = 'monitor_session';

export function clientAddressOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'onbekend';
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function isLocalhost(req: Request): boolean {
  return ['localhost', '127.0.0.1', '::1', '[::1]'].includes(req.hostname);
}

export function cookieJar(req: Request, res: Response, config: Config['session']): CookieJar {
  const secure = config.secureCookie === 'auto' ? !isLocalhost(req) : config.secureCookie;
  const options = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    setSession: (token, maxAgeSeconds) => res.cookie(SESSION_COOKIE, token, { ...options, maxAge: maxAgeSeconds * 1000 }),
    clearSession: () => res.clearCookie(SESSION_COOKIE, options),
  };
}

/**
 * Who is asking: an API token (Authorization: Bearer) or else the session cookie. A bad token is
 * an error (a tool must notice); a stale cookie simply means anonymous and is cleared.
 */
export async function resolveRequest(
  req: Request,
  res: Response,
  deps: { sessions: SessionService; tokens: ApiTokenService; config: Config },
): Promise<RequestInfo> {
  const clientAddress = clientAddressOf(req);
  const userAgent = String(req.headers['user-agent'] ?? '');
  const cookies = cookieJar(req, res, deps.config.session);
  const base = { clientAddress, userAgent, cookies, sessionId: null };

  const authorization = req.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const owner = match ? await deps.tokens.resolve(match[1], clientAddress) : null;
    if (!owner) {
      throw new GraphQLError('Het API-token is ongeldig, verlopen of ingetrokken.', {
        extensions: {
          code: ErrorCode.UNAUTHENTICATED,
          http: { status: httpStatusOf(ErrorCode.UNAUTHENTICATED), headers: new Map([['www-authenticate', 'Bearer']]) },
        },
      });
    }
    return { ...base, caller: { kind: 'token', ...owner } };
  }

  const token = readCookie(req.headers.cookie, SESSION_COOKIE);
  if (token) {
    const session = await deps.sessions.resolve(token);
    if (session) {
      const { id, ...who } = session;
      return { ...base, sessionId: id, caller: { kind: 'session', ...who } };
    }
    cookies.clearSession();
  }
  return { ...base, caller: ANONYMOUS };
}
