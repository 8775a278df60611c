import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An administrator can take a published factsheet offline (and publish it again later). Its
 * publications stay as the record of what was published; the public list, page and PDF skip it.
 */
export class UnpublishFactsheets1769800000000 implements MigrationInterface {
  name = 'UnpublishFactsheets1769800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE factsheet ADD COLUMN unpublished_at timestamptz, ADD COLUMN unpublished_by uuid REFERENCES app_user (id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE factsheet DROP COLUMN unpublished_by, DROP COLUMN unpublished_at');
  }
}
