import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The benchmark release ledger (docs/decisions/0002-benchmark-release-ledger.md): every aggregate
 * ever published, append-only (a trigger refuses UPDATE, DELETE and TRUNCATE). The precomputed
 * aggregates now point at the release they show, and analysts' groups are private until an
 * administrator publishes them. Aggregates published before the ledger were computed with the old
 * rules; they are dropped here and recomputed at start-up.
 */
export class CreateBenchmarkReleaseLedger1767540000000 implements MigrationInterface {
  name = 'CreateBenchmarkReleaseLedger1767540000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE benchmark_release (
      id bigserial PRIMARY KEY,
      year integer NOT NULL,
      measure text NOT NULL,
      group_key text NOT NULL,
      group_name text NOT NULL,
      contributors text[] NOT NULL CHECK (cardinality(contributors) >= 3),
      n integer NOT NULL CHECK (n = cardinality(contributors)),
      grid double precision NOT NULL CHECK (grid > 0),
      statistics_class text NOT NULL CHECK (statistics_class IN ('MEDIAN', 'QUARTILES', 'DECILES')),
      p10 double precision,
      q1 double precision,
      median double precision NOT NULL,
      q3 double precision,
      p90 double precision,
      released_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await q.query('CREATE INDEX benchmark_release_series ON benchmark_release (year, measure, id)');
    await q.query(`CREATE FUNCTION benchmark_release_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'benchmark_release is append-only'; END $$`);
    await q.query(`CREATE TRIGGER benchmark_release_no_change BEFORE UPDATE OR DELETE ON benchmark_release
      FOR EACH ROW EXECUTE FUNCTION benchmark_release_append_only()`);
    await q.query(`CREATE TRIGGER benchmark_release_no_truncate BEFORE TRUNCATE ON benchmark_release
      FOR EACH STATEMENT EXECUTE FUNCTION benchmark_release_append_only()`);

    await q.query('ALTER TABLE benchmark_group ADD COLUMN published_at timestamptz, ADD COLUMN published_by uuid REFERENCES app_user (id)');

    await q.query('DROP TABLE benchmark_aggregate');
    await q.query(`CREATE TABLE benchmark_aggregate (
      year integer NOT NULL,
      measure text NOT NULL,
      group_key text NOT NULL,
      group_name text NOT NULL,
      status text NOT NULL CHECK (status IN ('PUBLISHED', 'EARLIER_RELEASE', 'WITHHELD', 'INTERNAL')),
      reason text CHECK (reason IN ('TOO_FEW', 'DIFFERENCING', 'OVER_TIME')),
      contributors integer NOT NULL,
      release_id bigint REFERENCES benchmark_release (id),
      n integer,
      grid double precision,
      statistics_class text,
      p10 double precision,
      q1 double precision,
      median double precision,
      q3 double precision,
      p90 double precision,
      released_at timestamptz,
      computed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (year, measure, group_key),
      CHECK ((status IN ('PUBLISHED', 'EARLIER_RELEASE')) = (release_id IS NOT NULL)),
      CHECK (status <> 'PUBLISHED' OR reason IS NULL),
      CHECK (status NOT IN ('EARLIER_RELEASE', 'WITHHELD') OR reason IS NOT NULL),
      CHECK (status <> 'WITHHELD' OR median IS NULL)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE benchmark_aggregate');
    await q.query(`CREATE TABLE benchmark_aggregate (
      year integer NOT NULL, measure text NOT NULL, group_key text NOT NULL, group_name text NOT NULL, n integer NOT NULL,
      min double precision, q1 double precision, median double precision, q3 double precision, max double precision,
      published boolean NOT NULL, withheld_reason text, computed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (year, measure, group_key), CHECK (published = (median IS NOT NULL))
    )`);
    await q.query('ALTER TABLE benchmark_group DROP COLUMN published_by, DROP COLUMN published_at');
    await q.query('DROP TABLE benchmark_release');
    await q.query('DROP FUNCTION benchmark_release_append_only()');
  }
}
