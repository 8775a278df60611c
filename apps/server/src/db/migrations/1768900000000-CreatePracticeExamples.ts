import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SEED_PRACTICE_AUTHOR, SEED_PRACTICE_EXAMPLES } from './1768900000000-practice-examples';

/**
 * Practice examples: a municipality publishes what it does for a measure, tied to one indicator and
 * to the band it had for that indicator when it published (a snapshot: year, value and band). A
 * contact person is stored only with consent (the database refuses anything else). Administrators
 * can hide an example. Dutch full-text search as in the knowledge base. Not public: signed-in
 * participants only, so the table is not tracked for the public-answer cache.
 */
export class CreatePracticeExamples1768900000000 implements MigrationInterface {
  name = 'CreatePracticeExamples1768900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE practice_example (
      id serial PRIMARY KEY,
      municipality_code text NOT NULL CHECK (municipality_code ~ '^GM[0-9]{4}$'),
      indicator_key text NOT NULL CHECK (length(indicator_key) BETWEEN 1 AND 100),
      theme text NOT NULL CHECK (length(theme) BETWEEN 1 AND 100),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      measure text NOT NULL CHECK (length(measure) BETWEEN 1 AND 300),
      body_markdown text NOT NULL CHECK (length(body_markdown) <= 20000),
      band text CHECK (band IN ('LOW', 'PARTIAL', 'HIGH')),
      band_value numeric(4, 1),
      band_year int,
      contact_consent boolean NOT NULL DEFAULT false,
      contact_name text CHECK (length(contact_name) <= 200),
      contact_email text CHECK (length(contact_email) <= 254),
      source_note text CHECK (length(source_note) <= 500),
      author_id uuid REFERENCES app_user (id),
      author_name text NOT NULL,
      published_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      hidden_at timestamptz,
      hidden_reason text CHECK (length(hidden_reason) <= 500),
      search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch', title), 'A') ||
        setweight(to_tsvector('dutch', measure), 'B') ||
        setweight(to_tsvector('dutch', body_markdown), 'C')
      ) STORED,
      CONSTRAINT practice_band_complete CHECK ((band IS NULL) = (band_value IS NULL) AND (band IS NULL) = (band_year IS NULL)),
      CONSTRAINT practice_contact_only_with_consent CHECK (
        CASE WHEN contact_consent THEN contact_name IS NOT NULL AND contact_email IS NOT NULL
             ELSE contact_name IS NULL AND contact_email IS NULL END
      )
    )`);
    await q.query('CREATE INDEX practice_example_search ON practice_example USING GIN (search)');
    await q.query('CREATE INDEX practice_example_indicator ON practice_example (indicator_key)');
    await q.query('CREATE INDEX practice_example_municipality ON practice_example (municipality_code)');
    for (const example of SEED_PRACTICE_EXAMPLES) {
      await q.query(
        `INSERT INTO practice_example (municipality_code, indicator_key, theme, title, measure, body_markdown, source_note, author_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          example.municipalityCode,
          example.indicatorKey,
          example.theme,
          example.title,
          example.measure,
          example.body,
          example.source,
          SEED_PRACTICE_AUTHOR,
        ],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE practice_example');
  }
}
