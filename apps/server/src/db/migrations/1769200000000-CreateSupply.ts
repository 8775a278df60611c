import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Demand and supply (vraag-aanbodanalyse): the intervention catalogue kept by NJi administrators
 * (name, databank, recognition level) and each municipality's care offer referring to it (target
 * group, prevention level, provider, districts served, capacity, reach last year, waiting time).
 * Demo rows (generated, never real) carry is_demo so that the page and the data can say so.
 */
export class CreateSupply1769200000000 implements MigrationInterface {
  name = 'CreateSupply1769200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE intervention (
      id serial PRIMARY KEY,
      name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
      databank text NOT NULL CHECK (databank IN ('NJI', 'MOVISIE', 'NONE')),
      recognition_level text NOT NULL CHECK (recognition_level IN
        ('NOT_ASSESSED', 'WELL_DESCRIBED', 'WELL_FOUNDED', 'FIRST_INDICATIONS', 'GOOD_INDICATIONS', 'STRONG_INDICATIONS', 'EFFECTIVE')),
      databank_url text CHECK (length(databank_url) <= 500),
      is_demo boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES app_user (id)
    )`);
    await q.query(`CREATE TABLE care_offer (
      id serial PRIMARY KEY,
      municipality_code varchar(6) NOT NULL CHECK (municipality_code ~ '^GM[0-9]{4}$'),
      intervention_id int NOT NULL REFERENCES intervention (id),
      target_group text NOT NULL CHECK (target_group IN ('CHILDREN_0_4', 'CHILDREN_4_12', 'YOUTH_12_18', 'PARENTS', 'FAMILIES')),
      prevention_level text NOT NULL CHECK (prevention_level IN ('UNIVERSAL', 'SELECTIVE', 'INDICATED', 'CARE')),
      provider text NOT NULL CHECK (length(provider) BETWEEN 1 AND 200),
      district_codes text[] NOT NULL DEFAULT '{}' CHECK (cardinality(district_codes) <= 300),
      capacity int CHECK (capacity >= 0 AND capacity <= 1000000),
      reach_last_year int CHECK (reach_last_year >= 0 AND reach_last_year <= 1000000),
      waiting_weeks int CHECK (waiting_weeks >= 0 AND waiting_weeks <= 520),
      is_demo boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES app_user (id)
    )`);
    await q.query('CREATE INDEX care_offer_municipality ON care_offer (municipality_code)');
    for (const table of ['intervention', 'care_offer']) await q.query('SELECT monitor_track_changes($1)', [table]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE care_offer');
    await q.query('DROP TABLE intervention');
  }
}
