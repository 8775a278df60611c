import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Risk factors per municipality (2026 division) and per district (division of its year), and the
 * crosswalk of old municipality codes (data/reference/risk-factors). Values are stored in long
 * form; a factor that CBS or SCP did not publish for an area has no row (missing, never zero).
 */
export class CreateRiskFactors1767510000000 implements MigrationInterface {
  name = 'CreateRiskFactors1767510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE risk_factor_area (
      id serial PRIMARY KEY,
      level text NOT NULL CHECK (level IN ('MUNICIPALITY', 'DISTRICT')),
      code varchar(10) NOT NULL CHECK (code ~ '^(GM[0-9]{4}|WK[0-9]{4}[0-9A-Z]{2})$'),
      name text NOT NULL,
      division_year integer NOT NULL,
      municipality_code varchar(6) CHECK (municipality_code ~ '^GM[0-9]{4}$'),
      source text NOT NULL,
      UNIQUE (code, division_year)
    )`);
    await q.query(`CREATE INDEX risk_factor_area_municipality ON risk_factor_area (municipality_code, division_year)`);
    await q.query(`CREATE TABLE risk_factor_value (
      area_id integer NOT NULL REFERENCES risk_factor_area (id) ON DELETE CASCADE,
      variable text NOT NULL,
      value double precision NOT NULL,
      data_year integer NOT NULL,
      PRIMARY KEY (area_id, variable)
    )`);
    await q.query(`CREATE TABLE municipality_crosswalk (
      old_code varchar(6) NOT NULL CHECK (old_code ~ '^GM[0-9]{4}$'),
      old_name text NOT NULL,
      code_2026 varchar(6) NOT NULL CHECK (code_2026 ~ '^GM[0-9]{4}$'),
      name_2026 text NOT NULL,
      relation text NOT NULL CHECK (relation IN ('samengevoegd', 'gesplitst')),
      area_share double precision NOT NULL,
      merger_year integer NOT NULL,
      PRIMARY KEY (old_code, code_2026)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['municipality_crosswalk', 'risk_factor_value', 'risk_factor_area']) await q.query(`DROP TABLE ${table}`);
  }
}
