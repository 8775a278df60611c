import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Factsheets: NJi staff compose one (title, year, introduction and conclusion in Markdown, an ordered
 * list of blocks that each name a published aggregate); an administrator publishes it. Publishing
 * stores a publication with the figures as the public services gave them at that moment (withheld
 * ones as withheld), so a published revision never changes; its PDF is kept per publication.
 */
export class CreateFactsheets1769100000000 implements MigrationInterface {
  name = 'CreateFactsheets1769100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE factsheet (
      id serial PRIMARY KEY,
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) BETWEEN 3 AND 80),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      year int NOT NULL,
      intro_markdown text NOT NULL CHECK (length(intro_markdown) <= 20000),
      conclusion_markdown text NOT NULL CHECK (length(conclusion_markdown) <= 20000),
      blocks jsonb NOT NULL CHECK (jsonb_typeof(blocks) = 'array'),
      version int NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES app_user (id)
    )`);
    await q.query(`CREATE TABLE factsheet_publication (
      id serial PRIMARY KEY,
      factsheet_id int NOT NULL REFERENCES factsheet (id),
      revision int NOT NULL CHECK (revision >= 1),
      title text NOT NULL,
      year int NOT NULL,
      intro_markdown text NOT NULL,
      conclusion_markdown text NOT NULL,
      blocks jsonb NOT NULL CHECK (jsonb_typeof(blocks) = 'array'),
      published_at timestamptz NOT NULL DEFAULT now(),
      published_by uuid REFERENCES app_user (id),
      UNIQUE (factsheet_id, revision)
    )`);
    await q.query(`CREATE TABLE factsheet_pdf (
      publication_id int PRIMARY KEY REFERENCES factsheet_publication (id),
      pdf bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    // the public list and page are built from these: cached public answers are dropped when they change
    for (const table of ['factsheet', 'factsheet_publication']) await q.query('SELECT monitor_track_changes($1)', [table]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE factsheet_pdf');
    await q.query('DROP TABLE factsheet_publication');
    await q.query('DROP TABLE factsheet');
  }
}
