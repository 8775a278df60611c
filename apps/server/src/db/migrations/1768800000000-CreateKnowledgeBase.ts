import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SEED_ARTICLES } from './1768800000000-knowledge-articles';

/** Shown as the author of the first revisions, which came with the software rather than from a person. */
export const SEED_AUTHOR = 'Redactie monitor (startinhoud)';

/**
 * Knowledge base: articles per theme and per indicator, written by knowledge editors (a new role).
 * An article is only its slug; every text lives in knowledge_revision, which is append-only (a
 * trigger refuses UPDATE, DELETE and TRUNCATE): the current text of an article is its latest
 * revision. Dutch full-text search: a generated tsvector per revision (title A, summary B, body C)
 * with a GIN index. Seeds the first articles (knowledge-articles.ts, with their sources).
 */
export class CreateKnowledgeBase1768800000000 implements MigrationInterface {
  name = 'CreateKnowledgeBase1768800000000';

  async up(q: QueryRunner): Promise<void> {
    // the new value can be used only after this migration's transaction commits; nothing below uses it
    await q.query(`ALTER TYPE user_role ADD VALUE IF NOT EXISTS 'KNOWLEDGE_EDITOR'`);
    await q.query(`CREATE TABLE knowledge_article (
      id serial PRIMARY KEY,
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) BETWEEN 3 AND 80),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE knowledge_revision (
      id bigserial PRIMARY KEY,
      article_id int NOT NULL REFERENCES knowledge_article (id),
      revision int NOT NULL CHECK (revision >= 1),
      theme text NOT NULL,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      summary text NOT NULL CHECK (length(summary) <= 1000),
      body_markdown text NOT NULL CHECK (length(body_markdown) <= 50000),
      sources jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sources) = 'array'),
      indicator_keys text[] NOT NULL DEFAULT '{}',
      note text CHECK (length(note) <= 500),
      author_id uuid REFERENCES app_user (id),
      author_name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch', title), 'A') ||
        setweight(to_tsvector('dutch', summary), 'B') ||
        setweight(to_tsvector('dutch', body_markdown), 'C')
      ) STORED,
      UNIQUE (article_id, revision)
    )`);
    await q.query('CREATE INDEX knowledge_revision_search ON knowledge_revision USING GIN (search)');
    await q.query('CREATE INDEX knowledge_revision_indicators ON knowledge_revision USING GIN (indicator_keys)');
    await q.query(`CREATE FUNCTION knowledge_revision_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'knowledge_revision is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER knowledge_revision_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON knowledge_revision
      FOR EACH STATEMENT EXECUTE FUNCTION knowledge_revision_is_append_only()`);
    // public answers are built from these tables: cached answers are dropped when they change
    for (const table of ['knowledge_article', 'knowledge_revision']) await q.query('SELECT monitor_track_changes($1)', [table]);
    await this.seed(q);
  }

  private async seed(q: QueryRunner): Promise<void> {
    for (const article of SEED_ARTICLES) {
      const [{ id }] = (await q.query('INSERT INTO knowledge_article (slug) VALUES ($1) RETURNING id', [article.slug])) as { id: number }[];
      await q.query(
        `INSERT INTO knowledge_revision (article_id, revision, theme, title, summary, body_markdown, sources, indicator_keys, note, author_name)
         VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          id,
          article.theme,
          article.title,
          article.summary,
          article.body,
          JSON.stringify(article.sources),
          article.indicatorKeys,
          'Eerste versie, geschreven voor deze monitor op basis van de genoemde bronnen.',
          SEED_AUTHOR,
        ],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE knowledge_revision');
    await q.query('DROP FUNCTION knowledge_revision_is_append_only()');
    await q.query('DROP TABLE knowledge_article');
    // PostgreSQL cannot drop an enum value; users with the role are moved to ANALYST first
    await q.query(`UPDATE app_user SET role = 'ANALYST' WHERE role = 'KNOWLEDGE_EDITOR'`);
  }
}
