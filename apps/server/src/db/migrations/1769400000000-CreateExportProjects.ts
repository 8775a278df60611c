import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Research export projects: an analyst's named purpose with a server-held secret that pseudonymises
 * municipality codes (HMAC-SHA256) in every export of the project. The secret never leaves the
 * server; a new project gives new pseudonyms, so exports of different projects cannot be linked.
 */
export class CreateExportProjects1769400000000 implements MigrationInterface {
  name = 'CreateExportProjects1769400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE export_project (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      owner_user_id uuid NOT NULL REFERENCES app_user (id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 2000),
      named boolean NOT NULL DEFAULT false,
      secret bytea NOT NULL CHECK (length(secret) = 32),
      created_at timestamptz NOT NULL DEFAULT now(),
      export_count integer NOT NULL DEFAULT 0 CHECK (export_count >= 0),
      last_export_at timestamptz
    )`);
    await q.query('CREATE INDEX export_project_owner ON export_project (owner_user_id, created_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE export_project');
  }
}
