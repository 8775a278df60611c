import type { EffectGroupKind, EffectMeasure, EffectStatistics, LedgerEntry, Rater, WithheldReason } from '@monitor/domain';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { rowsOf } from '../../db/sql';

/** The SQL of effect monitoring: pseudonym keys, scores, the append-only release ledger and the current verdicts. */

export interface PseudonymisedScore {
  trajectory: string;
  moment: number;
  rater: Rater;
  score: number;
  intervention: string;
  districtCode: string | null;
}

export interface StoredScoreRow {
  municipality_code: string;
  trajectory: string;
  moment: number;
  rater: Rater;
  score: number;
  intervention: string;
  district_code: string | null;
  is_demo: boolean;
  uploaded_at: Date;
}

interface KeyRow {
  secret: Buffer;
}

interface ReleaseRow {
  group_key: string;
  contributors: string[];
}

export interface PublicationRow {
  group_kind: EffectGroupKind;
  subject: string;
  measure: EffectMeasure;
  status: 'PUBLISHED' | 'EARLIER_RELEASE' | 'WITHHELD';
  released_at: Date | null;
  statistics: EffectStatistics | null;
  is_demo: boolean | null;
}

export interface NewPublication {
  groupKey: string;
  kind: EffectGroupKind;
  subject: string;
  measure: EffectMeasure;
  status: PublicationRow['status'];
  reason: WithheldReason | null;
  releaseId: string | null;
}

const SCORE_COLUMNS = 'municipality_code, trajectory, moment, rater, score, intervention, district_code, is_demo, uploaded_at';

export class EffectRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The municipality's pseudonymisation key, created (32 random bytes) at its first import. Never leaves the server. */
  async pseudonymKey(manager: EntityManager, municipalityCode: string): Promise<Buffer> {
    await manager.query('INSERT INTO effect_pseudonym_key (municipality_code, secret) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      municipalityCode,
      randomBytes(32),
    ]);
    const [row] = await rowsOf<KeyRow>(manager, 'SELECT secret FROM effect_pseudonym_key WHERE municipality_code = $1', [municipalityCode]);
    return row.secret;
  }

  /**
   * Stores the scores (a later upload of the same trajectory, moment and rater replaces the score) and
   * gives every row of the uploaded trajectories the upload's intervention, district and time.
   */
  async storeScores(manager: EntityManager, municipalityCode: string, scores: readonly PseudonymisedScore[], isDemo: boolean): Promise<void> {
    await manager.query(
      `INSERT INTO effect_score (municipality_code, trajectory, moment, rater, score, intervention, district_code, is_demo)
       SELECT $1, * , $8 FROM unnest($2::text[], $3::int[], $4::text[], $5::int[], $6::text[], $7::text[])
       ON CONFLICT (municipality_code, trajectory, moment, rater)
       DO UPDATE SET score = EXCLUDED.score, is_demo = EXCLUDED.is_demo, uploaded_at = now()`,
      [
        municipalityCode,
        scores.map((s) => s.trajectory),
        scores.map((s) => s.moment),
        scores.map((s) => s.rater),
        scores.map((s) => s.score),
        scores.map((s) => s.intervention),
        scores.map((s) => s.districtCode),
        isDemo,
      ],
    );
    const perTrajectory = new Map(scores.map((s) => [s.trajectory, s]));
    await manager.query(
      `UPDATE effect_score e SET intervention = u.intervention, district_code = u.district_code, uploaded_at = now()
         FROM unnest($2::text[], $3::text[], $4::text[]) AS u (trajectory, intervention, district_code)
        WHERE e.municipality_code = $1 AND e.trajectory = u.trajectory`,
      [
        municipalityCode,
        [...perTrajectory.keys()],
        [...perTrajectory.values()].map((s) => s.intervention),
        [...perTrajectory.values()].map((s) => s.districtCode),
      ],
    );
  }

  /** Every score, for the release computation (ordered by trajectory). */
  allScores(manager: EntityManager): Promise<StoredScoreRow[]> {
    return rowsOf<StoredScoreRow>(manager, `SELECT ${SCORE_COLUMNS} FROM effect_score ORDER BY municipality_code, trajectory, moment, rater`);
  }

  /** One municipality's scores (pseudonymised), newest first. */
  municipalityScores(municipalityCode: string, first: number): Promise<StoredScoreRow[]> {
    return rowsOf<StoredScoreRow>(
      this.dataSource,
      `SELECT ${SCORE_COLUMNS} FROM effect_score WHERE municipality_code = $1 ORDER BY uploaded_at DESC, trajectory, moment, rater LIMIT $2`,
      [municipalityCode, first],
    );
  }

  async hasDemoScores(municipalityCode: string): Promise<boolean> {
    const rows = await rowsOf<{ found: boolean }>(
      this.dataSource,
      'SELECT EXISTS (SELECT 1 FROM effect_score WHERE municipality_code = $1 AND is_demo) AS found',
      [municipalityCode],
    );
    return rows[0].found;
  }

  /** One recomputation at a time, across server processes (transaction-scoped). */
  async lockReleases(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('effect_release'))`);
  }

  async releasedEntries(manager: EntityManager): Promise<LedgerEntry[]> {
    const rows = await rowsOf<ReleaseRow>(manager, 'SELECT group_key, contributors FROM effect_release ORDER BY id');
    return rows.map((row) => ({ groupKey: row.group_key, contributors: new Set(row.contributors) }));
  }

  async insertRelease(
    manager: EntityManager,
    release: {
      groupKey: string;
      kind: EffectGroupKind;
      subject: string;
      measure: EffectMeasure;
      contributors: string[];
      statistics: EffectStatistics;
      isDemo: boolean;
    },
  ): Promise<string> {
    const [row] = await rowsOf<{ id: string }>(
      manager,
      `INSERT INTO effect_release (group_key, group_kind, subject, measure, contributors, statistics, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [release.groupKey, release.kind, release.subject, release.measure, release.contributors, JSON.stringify(release.statistics), release.isDemo],
    );
    return row.id;
  }

  /** The latest release per group key (for groups whose contributors did not change). */
  async latestReleaseIds(manager: EntityManager): Promise<Map<string, string>> {
    const rows = await rowsOf<{ group_key: string; id: string }>(
      manager,
      'SELECT group_key, max(id)::text AS id FROM effect_release GROUP BY group_key',
    );
    return new Map(rows.map((row) => [row.group_key, row.id]));
  }

  async replacePublications(manager: EntityManager, publications: readonly NewPublication[]): Promise<void> {
    await manager.query('DELETE FROM effect_publication');
    if (publications.length === 0) return;
    await manager.query(
      `INSERT INTO effect_publication (group_key, group_kind, subject, measure, status, reason, release_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[])`,
      [
        publications.map((p) => p.groupKey),
        publications.map((p) => p.kind),
        publications.map((p) => p.subject),
        publications.map((p) => p.measure),
        publications.map((p) => p.status),
        publications.map((p) => p.reason),
        publications.map((p) => p.releaseId),
      ],
    );
  }

  /** Codes of the interventions whose group shows released figures (published or an earlier release). */
  async publishedInterventionCodes(): Promise<Set<string>> {
    const rows = await rowsOf<{ subject: string }>(
      this.dataSource,
      "SELECT DISTINCT subject FROM effect_publication WHERE group_kind = 'INTERVENTION' AND status <> 'WITHHELD'",
    );
    return new Set(rows.map((row) => row.subject));
  }

  /** The current verdicts with the figures of the release they show (none for withheld groups). */
  publications(filter: { kind: EffectGroupKind | null; subject: string | null; first: number }): Promise<PublicationRow[]> {
    return rowsOf<PublicationRow>(
      this.dataSource,
      `SELECT p.group_kind, p.subject, p.measure, p.status, r.released_at, r.statistics, r.is_demo
         FROM effect_publication p LEFT JOIN effect_release r ON r.id = p.release_id
        WHERE ($1::text IS NULL OR p.group_kind = $1) AND ($2::text IS NULL OR p.subject = $2)
        ORDER BY p.group_kind DESC, p.subject, p.measure
        LIMIT $3`,
      [filter.kind, filter.subject, filter.first],
    );
  }
}
