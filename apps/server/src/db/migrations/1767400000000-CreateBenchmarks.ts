import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Precomputed benchmark aggregates (recomputed on submit, reopen and import, never on the fly),
 * analyst-defined comparison groups, and sharing agreements between municipalities.
 */
export class CreateBenchmarks1767400000000 implements MigrationInterface {
  name = 'CreateBenchmarks1767400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE benchmark_group (
      id serial PRIMARY KEY,
      name text NOT NULL CHECK (name <> ''),
      members text[] NOT NULL CHECK (cardinality(members) >= 3),
      created_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);

    await q.query(`CREATE TABLE benchmark_aggregate (
      year integer NOT NULL,
      measure text NOT NULL,
      group_key text NOT NULL,
      group_name text NOT NULL,
      n integer NOT NULL,
      min double precision,
      q1 double precision,
      median double precision,
      q3 double precision,
      max double precision,
      published boolean NOT NULL,
      withheld_reason text,
      computed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (year, measure, group_key),
      CHECK (published = (median IS NOT NULL))
    )`);

    await q.query(`CREATE TYPE agreement_status AS ENUM ('PROPOSED', 'ACTIVE', 'ENDED')`);
    await q.query(`CREATE TABLE sharing_agreement (
      id serial PRIMARY KEY,
      scope text NOT NULL CHECK (scope IN ('VEILIG_THUIS_REGION', 'SAFETY_REGION')),
      region_code text NOT NULL,
      title text NOT NULL,
      status agreement_status NOT NULL DEFAULT 'PROPOSED',
      proposed_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      activated_at timestamptz,
      ended_at timestamptz
    )`);
    await q.query(`CREATE TABLE sharing_agreement_member (
      agreement_id integer NOT NULL REFERENCES sharing_agreement (id) ON DELETE CASCADE,
      municipality_id integer NOT NULL REFERENCES municipality (id),
      state text NOT NULL CHECK (state IN ('INVITED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
      responded_by uuid REFERENCES app_user (id),
      responded_at timestamptz,
      PRIMARY KEY (agreement_id, municipality_id)
    )`);
    await q.query(`CREATE INDEX sharing_agreement_member_municipality ON sharing_agreement_member (municipality_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['sharing_agreement_member', 'sharing_agreement', 'benchmark_aggregate', 'benchmark_group'])
      await q.query(`DROP TABLE ${table}`);
    await q.query('DROP TYPE agreement_status');
  }
}
