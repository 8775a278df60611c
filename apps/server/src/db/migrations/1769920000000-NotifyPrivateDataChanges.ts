import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tables that no public answer is built from (UNTRACKED_TABLES in db/data-changes.ts) but that
 * signed-in answers are (draft answers, forum, practice examples, ...) notify a second channel,
 * `monitor_private_data_changed`, once per changing transaction at commit: the per-viewer answer
 * cache (http/viewer-response-cache) drops its answers on it, while an autosave no longer has to
 * flush the public-answer cache. Tables no cached answer reads, and that change on almost every
 * request, stay without it (VIEWER_CACHE_UNTRACKED_TABLES in data-changes.ts; a test checks that
 * every table notifies one of the two channels or is listed there). New private tables call
 * `SELECT monitor_track_private_changes('<table>')` in their migration.
 */
const NOT_READ_BY_CACHED_ANSWERS = ['schema_migrations', 'login_throttle', 'rate_limit_counter', 'user_session', 'audit_event', 'mail_outbox'];

export class NotifyPrivateDataChanges1769920000000 implements MigrationInterface {
  name = 'NotifyPrivateDataChanges1769920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION monitor_notify_private_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('monitor_private_data_changed', '');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION monitor_track_private_changes(table_name text) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE format('CREATE TRIGGER monitor_private_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
          FOR EACH STATEMENT EXECUTE FUNCTION monitor_notify_private_data_changed()', table_name);
      END $$`);
    const tables = (await q.query(
      `SELECT t.tablename FROM pg_tables t
        WHERE t.schemaname = current_schema() AND NOT (t.tablename = ANY($1))
          AND NOT EXISTS (SELECT 1 FROM information_schema.triggers g
                           WHERE g.event_object_table = t.tablename AND g.trigger_name = 'monitor_data_changed')`,
      [NOT_READ_BY_CACHED_ANSWERS],
    )) as { tablename: string }[];
    for (const { tablename } of tables) await q.query('SELECT monitor_track_private_changes($1)', [tablename]);
  }

  async down(q: QueryRunner): Promise<void> {
    const tables = (await q.query(
      `SELECT event_object_table AS tablename FROM information_schema.triggers WHERE trigger_name = 'monitor_private_data_changed' GROUP BY 1`,
    )) as { tablename: string }[];
    for (const { tablename } of tables) await q.query(`DROP TRIGGER monitor_private_data_changed ON "${tablename}"`);
    await q.query('DROP FUNCTION monitor_track_private_changes(text)');
    await q.query('DROP FUNCTION monitor_notify_private_data_changed()');
  }
}
