import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * user_session notifies `monitor_sessions_changed` at commit when a session ends: revoked (sign-out,
 * revocation, password change), its expiry or owner changed, or deleted. Touching last_seen_at,
 * which nearly every signed-in request does, notifies nothing (the trigger watches other columns).
 * The per-viewer answer cache trusts a session it looked up recently only while it hears this
 * channel (http/viewer-response-cache/live-sessions.ts).
 */
export class NotifySessionChanges1769930000000 implements MigrationInterface {
  name = 'NotifySessionChanges1769930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION monitor_notify_sessions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('monitor_sessions_changed', '');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER monitor_sessions_changed AFTER UPDATE OF revoked_at, expires_at, user_id, id OR DELETE OR TRUNCATE ON user_session
      FOR EACH STATEMENT EXECUTE FUNCTION monitor_notify_sessions_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER monitor_sessions_changed ON user_session');
    await q.query('DROP FUNCTION monitor_notify_sessions_changed()');
  }
}
