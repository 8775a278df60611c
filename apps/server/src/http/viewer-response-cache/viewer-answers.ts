import type { DataSource } from 'typeorm';
import { readCookie, SESSION_COOKIE } from '../../auth/request-caller';
import type { Config } from '../../config/env';
import type { DataChanges } from '../../db/data-changes';
import { TOUCH_EVERY_SECONDS, sessionsEndedHere } from '../../modules/session/session.repository';
import { SessionService } from '../../modules/session/session.service';
import { LiveSessions } from './live-sessions';
import { OwnWrites } from './own-writes';
import { viewerResponseCache } from './viewer-response-cache';

/** The per-viewer answer cache as app.ts mounts it (after the public-answer cache); null when off or without a listener. */
export function viewerAnswers(config: Config, dataSource: DataSource, changes: DataChanges | null) {
  if (!changes || config.viewerCache.maxBytes === 0) return null;
  const sessions = new SessionService(dataSource, config.session);
  const ownWrites = new OwnWrites();
  const live = new LiveSessions({
    lookup: (token) => sessions.resolveLive(token),
    listening: () => changes.listening,
    generation: () => changes.generation + changes.privateGeneration + changes.sessionGeneration + sessionsEndedHere() + ownWrites.generation,
    // well inside the touch interval, so a busy session's last_seen_at stays as fresh as before
    maxAgeMs: (TOUCH_EVERY_SECONDS * 1000) / 2,
  });
  return viewerResponseCache({
    ...config.viewerCache,
    changes,
    // with an Authorization header the token decides who asks (auth/request-caller.ts): never cached
    sessionTokenOf: (req) => (req.headers.authorization === undefined ? readCookie(req.headers.cookie, SESSION_COOKIE) : undefined),
    resolveSession: (token) => live.resolve(token),
    ownWrites,
  });
}
