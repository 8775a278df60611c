import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CBS figures (Veilig Thuis tables) with their CBS status and source, and districts (wijken) with
 * boundaries and key figures. Raw values are stored exactly; only the disclosure module publishes.
 */
export class CreateStatistics1767300000000 implements MigrationInterface {
  name = 'CreateStatistics1767300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE statistic_source (
      id serial PRIMARY KEY,
      table_id text NOT NULL,
      title text NOT NULL,
      format text NOT NULL CHECK (format IN ('csv', 'odata', 'extract')),
      file_name text NOT NULL,
      checksum text NOT NULL UNIQUE,
      url text,
      row_count integer NOT NULL,
      imported_at timestamptz NOT NULL DEFAULT now(),
      imported_by uuid REFERENCES app_user (id)
    )`);

    await q.query(`CREATE TABLE statistic_value (
      table_id text NOT NULL,
      measure text NOT NULL,
      category text NOT NULL,
      region_code text NOT NULL,
      period text NOT NULL CHECK (period ~ '^[0-9]{4}(-H[12])?$'),
      value double precision,
      cbs_status text NOT NULL CHECK (cbs_status IN ('VALUE', 'SECRET', 'EMPTY')),
      provisional boolean NOT NULL,
      source_id integer NOT NULL REFERENCES statistic_source (id),
      PRIMARY KEY (table_id, measure, category, region_code, period),
      CHECK ((cbs_status = 'VALUE') = (value IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX statistic_value_lookup ON statistic_value (measure, region_code, period)`);

    await q.query(`CREATE TABLE district (
      id serial PRIMARY KEY,
      code varchar(10) NOT NULL CHECK (code ~ '^WK[0-9]{4}[0-9A-Z]{2}$'),
      name text NOT NULL,
      municipality_id integer NOT NULL REFERENCES municipality (id),
      year integer NOT NULL,
      boundary jsonb,
      UNIQUE (code, year)
    )`);
    await q.query(`CREATE INDEX district_municipality ON district (municipality_id)`);

    await q.query(`CREATE TABLE district_statistic (
      district_id integer NOT NULL REFERENCES district (id) ON DELETE CASCADE,
      variable text NOT NULL,
      year integer NOT NULL,
      value double precision NOT NULL,
      source text NOT NULL,
      PRIMARY KEY (district_id, variable, year)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['district_statistic', 'district', 'statistic_value', 'statistic_source']) await q.query(`DROP TABLE ${table}`);
  }
}
