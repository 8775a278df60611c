import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The protected (publishable) form of every CBS figure, computed by the whole-table protection and
 * its audit at import and at start-up; queries only read this. Raw values stay in statistic_value.
 */
export class CreateStatisticProtection1767530000000 implements MigrationInterface {
  name = 'CreateStatisticProtection1767530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE statistic_protected (
      table_id text NOT NULL,
      measure text NOT NULL,
      category text NOT NULL,
      region_code text NOT NULL,
      period text NOT NULL,
      value double precision,
      status text NOT NULL CHECK (status IN ('PUBLISHED', 'SUPPRESSED', 'UNKNOWN', 'NOT_APPLICABLE')),
      reason text CHECK (reason IN ('PRIMARY', 'SECONDARY', 'DERIVED')),
      audit_lower integer,
      audit_upper integer,
      audit_consistent boolean,
      per1000 double precision,
      per1000_status text NOT NULL CHECK (per1000_status IN ('PUBLISHED', 'SUPPRESSED', 'UNKNOWN', 'NOT_APPLICABLE')),
      population integer,
      population_year integer,
      PRIMARY KEY (table_id, measure, category, region_code, period),
      FOREIGN KEY (table_id, measure, category, region_code, period) REFERENCES statistic_value ON DELETE CASCADE,
      CHECK ((status = 'PUBLISHED') = (value IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX statistic_protected_lookup ON statistic_protected (measure, region_code, period)`);
    await q.query(`CREATE TABLE statistic_protection_run (
      id serial PRIMARY KEY,
      computed_at timestamptz NOT NULL DEFAULT now(),
      protection_level integer NOT NULL,
      rounding_base integer NOT NULL,
      minimum_count integer NOT NULL,
      rounds integer NOT NULL,
      cells integer NOT NULL,
      relations integer NOT NULL,
      unprotected integer NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE statistic_protection_run');
    await q.query('DROP TABLE statistic_protected');
  }
}
