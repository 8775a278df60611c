import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Geography that keeps its history: municipalities, regions and memberships carry the first and
 * last year of the CBS regional classification (gemeentelijke indeling) they belong to, so a
 * merger in a later year adds rows and closes others instead of overwriting them.
 */
export class CreateGeography1767000000000 implements MigrationInterface {
  name = 'CreateGeography1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE region_type AS ENUM
      ('PROVINCE', 'VEILIG_THUIS_REGION', 'SAFETY_REGION', 'GGD_REGION', 'YOUTH_CARE_REGION')`);

    await q.query(`CREATE TABLE municipality (
      id serial PRIMARY KEY,
      code varchar(6) NOT NULL CHECK (code ~ '^GM[0-9]{4}$'),
      name text NOT NULL CHECK (name <> ''),
      -- lower case without diacritics and apostrophes, so "sudwest" finds Súdwest-Fryslân and
      -- "s-gravenhage" finds 's-Gravenhage; the domain's normalizeSearchText does the same
      search_name text GENERATED ALWAYS AS (
        translate(lower(name), 'áàâäãéèêëíìîïóòôöõúùûüýÿçñ''’', 'aaaaaeeeeiiiiooooouuuuyycn')
      ) STORED,
      valid_from integer NOT NULL,
      valid_to integer CHECK (valid_to IS NULL OR valid_to >= valid_from),
      UNIQUE (code, valid_from)
    )`);
    await q.query(`CREATE UNIQUE INDEX municipality_current_code ON municipality (code) WHERE valid_to IS NULL`);

    await q.query(`CREATE TABLE region (
      id serial PRIMARY KEY,
      code varchar(8) NOT NULL,
      name text NOT NULL CHECK (name <> ''),
      type region_type NOT NULL,
      valid_from integer NOT NULL,
      valid_to integer CHECK (valid_to IS NULL OR valid_to >= valid_from),
      UNIQUE (code, valid_from)
    )`);
    await q.query(`CREATE UNIQUE INDEX region_current_code ON region (code) WHERE valid_to IS NULL`);

    await q.query(`CREATE TABLE region_membership (
      municipality_id integer NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
      region_id integer NOT NULL REFERENCES region (id) ON DELETE CASCADE,
      valid_from integer NOT NULL,
      valid_to integer CHECK (valid_to IS NULL OR valid_to >= valid_from),
      PRIMARY KEY (municipality_id, region_id, valid_from)
    )`);
    await q.query(`CREATE INDEX region_membership_region ON region_membership (region_id)`);

    await q.query(`CREATE TABLE municipality_boundary (
      municipality_id integer NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
      year integer NOT NULL,
      geometry jsonb NOT NULL,
      PRIMARY KEY (municipality_id, year)
    )`);

    await q.query(`CREATE TABLE boundary_layer (
      layer text NOT NULL,
      year integer NOT NULL,
      topology jsonb NOT NULL,
      source text NOT NULL,
      PRIMARY KEY (layer, year)
    )`);

    await q.query(`CREATE TABLE municipality_statistic (
      municipality_id integer NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
      variable text NOT NULL,
      year integer NOT NULL,
      value double precision NOT NULL,
      source text NOT NULL,
      PRIMARY KEY (municipality_id, variable, year)
    )`);

    await q.query(`CREATE TABLE reference_dataset (
      name text PRIMARY KEY,
      checksum text NOT NULL,
      loaded_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'reference_dataset',
      'municipality_statistic',
      'boundary_layer',
      'municipality_boundary',
      'region_membership',
      'region',
      'municipality',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP TYPE region_type`);
  }
}
