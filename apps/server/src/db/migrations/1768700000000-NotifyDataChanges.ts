import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every table that public answers are built from notifies `monitor_data_changed` when a statement
 * changes it; PostgreSQL delivers the notification once per transaction, at commit, to every
 * server process listening (db/data-changes.ts), which then drops its cached public answers.
 * High-churn tables that anonymous answers never read are left out (the list in data-changes.ts;
 * a test checks every table is either tracked or listed there). New tables call
 * `SELECT monitor_track_changes('<table>')` in their migration.
 */
const UNTRACKED_AT_THIS_MIGRATION = [
  'schema_migrations',
  'login_throttle',
  'rate_limit_counter',
  'user_session',
  'audit_event',
  'mail_outbox',
  'answer',
  'response_history',
  'password_reset',
];

export class NotifyDataChanges1768700000000 implements MigrationInterface {
  name = 'NotifyDataChanges1768700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION monitor_notify_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('monitor_data_changed', '');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION monitor_track_changes(table_name text) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE format('CREATE TRIGGER monitor_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
          FOR EACH STATEMENT EXECUTE FUNCTION monitor_notify_data_changed()', table_name);
      END $$`);
    const tables = (await q.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND NOT (tablename = ANY($1))`, [
      UNTRACKED_AT_THIS_MIGRATION,
    ])) as { tablename: string }[];
    for (const { tablename } of tables) await q.query('SELECT monitor_track_changes($1)', [tablename]);
  }

  async down(q: QueryRunner): Promise<void> {
    const tables = (await q.query(
      `SELECT event_object_table AS tablename FROM information_schema.triggers WHERE trigger_name = 'monitor_data_changed' GROUP BY 1`,
    )) as { tablename: string }[];
    for (const { tablename } of tables) await q.query(`DROP TRIGGER monitor_data_changed ON "${tablename}"`);
    await q.query('DROP FUNCTION monitor_track_changes(text)');
    await q.query('DROP FUNCTION monitor_notify_data_changed()');
  }
}
