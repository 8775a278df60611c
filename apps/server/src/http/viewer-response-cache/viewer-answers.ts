import type { DataSource } from 'typeorm';
import { readCookie, SESSION_COOKIE } from '../../auth/request-caller';
import type { Config } from '../../config/env';
import type { DataChanges } from '../../db/data-changes';
import { SessionService } from '../../modules/session/session.service';
import { viewerResponseCache } from './viewer-response-cache';

/** The per-viewer answer cache as app.ts mounts it (after the public-answer cache); null when off or without a listener. */
export function viewerAnswers(config: Config, dataSource: DataSource, changes: DataChanges | null) {
  if (!changes || config.viewerCache.maxBytes === 0) return null;
  const sessions = new SessionService(dataSource, config.session);
  return viewerResponseCache({
    ...config.viewerCache,
    changes,
    // with an Authorization header the token decides who asks (auth/request-caller.ts): never cached
    sessionTokenOf: (req) => (req.headers.authorization === undefined ? readCookie(req.headers.cookie, SESSION_COOKIE) : undefined),
    resolveSession: (token) => sessions.resolve(token),
  });
}
