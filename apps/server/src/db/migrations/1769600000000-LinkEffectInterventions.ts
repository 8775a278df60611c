import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Effect monitoring files its scores under an intervention code (CSV column "interventie"); from now on
 * that code is the code of a catalogue entry (issue 17: one catalogue for supply and effects).
 * - Every catalogue entry gets a code, proposed from its name (hyphenated, like
 *   packages/domain interventionCodeOf; "-<id>" added when two names give the same code).
 * - Every code already used by stored scores that no entry has gets its own entry ("niet beoordeeld",
 *   no databank; demo when all its scores are demo scores), so existing scores, releases and
 *   publications keep their subject and keep working; NJi staff can then complete the entry.
 * - effect_score.intervention references intervention.code (no cascade: a code in use cannot change).
 */
export class LinkEffectInterventions1769600000000 implements MigrationInterface {
  name = 'LinkEffectInterventions1769600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE intervention ADD COLUMN code text');
    await q.query(`UPDATE intervention SET code = left(trim(BOTH '-' FROM regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g')), 50)`);
    await q.query(`UPDATE intervention SET code = trim(BOTH '-' FROM code)`);
    await q.query(`UPDATE intervention i SET code = CASE WHEN i.code = '' THEN 'interventie' ELSE i.code END || '-' || i.id
                    WHERE i.code = '' OR EXISTS (SELECT 1 FROM intervention o WHERE o.code = i.code AND o.id < i.id)`);
    await q.query(`INSERT INTO intervention (code, name, databank, recognition_level, is_demo)
                   SELECT s.intervention, initcap(replace(s.intervention, '-', ' ')), 'NONE', 'NOT_ASSESSED', bool_and(s.is_demo)
                     FROM effect_score s
                    WHERE NOT EXISTS (SELECT 1 FROM intervention i WHERE i.code = s.intervention)
                    GROUP BY s.intervention`);
    await q.query(`ALTER TABLE intervention ALTER COLUMN code SET NOT NULL,
                     ADD CONSTRAINT intervention_code_key UNIQUE (code),
                     ADD CONSTRAINT intervention_code_format CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(code) <= 60)`);
    await q.query(`ALTER TABLE effect_score ADD CONSTRAINT effect_score_intervention_fkey
                     FOREIGN KEY (intervention) REFERENCES intervention (code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE effect_score DROP CONSTRAINT effect_score_intervention_fkey');
    await q.query('ALTER TABLE intervention DROP COLUMN code');
  }
}
