import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Effect monitoring of interventions (issue 17 item 2): Signs of Safety scale scores (0–10) per
 * trajectory, moment and rater, uploaded by a municipality. No identifying data: trajectories are
 * stored only as HMAC-SHA256 pseudonyms under a key per municipality (effect_pseudonym_key, never
 * returned by any query). Published figures go through an append-only release ledger
 * (effect_release, the benchmark ledger rule with trajectories as contributors) and the latest
 * verdict per group is kept in effect_publication.
 */
export class CreateEffectMonitoring1769300000000 implements MigrationInterface {
  name = 'CreateEffectMonitoring1769300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE effect_pseudonym_key (
      municipality_code text PRIMARY KEY CHECK (municipality_code ~ '^GM[0-9]{4}$'),
      secret bytea NOT NULL CHECK (length(secret) = 32),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE effect_score (
      id bigserial PRIMARY KEY,
      municipality_code text NOT NULL CHECK (municipality_code ~ '^GM[0-9]{4}$'),
      trajectory text NOT NULL CHECK (trajectory ~ '^[0-9a-f]{64}$'),
      moment integer NOT NULL CHECK (moment BETWEEN 0 AND 20),
      rater text NOT NULL CHECK (rater IN ('HELPER', 'PARENT', 'CHILD')),
      score integer NOT NULL CHECK (score BETWEEN 0 AND 10),
      intervention text NOT NULL CHECK (intervention ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(intervention) <= 60),
      district_code text CHECK (district_code ~ '^WK[0-9]{4}[0-9A-Z]{2}$'),
      is_demo boolean NOT NULL DEFAULT false,
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (municipality_code, trajectory, moment, rater)
    )`);
    await q.query('CREATE INDEX effect_score_trajectory ON effect_score (municipality_code, trajectory)');
    await q.query(`CREATE TABLE effect_release (
      id bigserial PRIMARY KEY,
      group_key text NOT NULL,
      group_kind text NOT NULL CHECK (group_kind IN ('INTERVENTION', 'DISTRICT')),
      subject text NOT NULL,
      measure text NOT NULL CHECK (measure IN ('CHANGE_HELPER', 'CHANGE_PARENT', 'CHANGE_CHILD', 'AGREEMENT')),
      contributors text[] NOT NULL CHECK (cardinality(contributors) >= 3),
      statistics jsonb NOT NULL,
      is_demo boolean NOT NULL,
      released_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await q.query('CREATE INDEX effect_release_group ON effect_release (group_key, id)');
    await q.query(`CREATE FUNCTION effect_release_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'effect_release is append-only'; END $$`);
    await q.query(`CREATE TRIGGER effect_release_no_change BEFORE UPDATE OR DELETE ON effect_release
      FOR EACH ROW EXECUTE FUNCTION effect_release_append_only()`);
    await q.query(`CREATE TRIGGER effect_release_no_truncate BEFORE TRUNCATE ON effect_release
      FOR EACH STATEMENT EXECUTE FUNCTION effect_release_append_only()`);
    await q.query(`CREATE TABLE effect_publication (
      group_key text PRIMARY KEY,
      group_kind text NOT NULL CHECK (group_kind IN ('INTERVENTION', 'DISTRICT')),
      subject text NOT NULL,
      measure text NOT NULL,
      status text NOT NULL CHECK (status IN ('PUBLISHED', 'EARLIER_RELEASE', 'WITHHELD')),
      reason text CHECK (reason IN ('TOO_FEW', 'DIFFERENCING', 'OVER_TIME')),
      release_id bigint REFERENCES effect_release (id),
      computed_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status IN ('PUBLISHED', 'EARLIER_RELEASE')) = (release_id IS NOT NULL)),
      CHECK ((status = 'PUBLISHED') = (reason IS NULL))
    )`);
    for (const table of ['effect_score', 'effect_release', 'effect_publication']) await q.query('SELECT monitor_track_changes($1)', [table]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE effect_publication');
    await q.query('DROP TABLE effect_release');
    await q.query('DROP FUNCTION effect_release_append_only()');
    await q.query('DROP TABLE effect_score');
    await q.query('DROP TABLE effect_pseudonym_key');
  }
}
