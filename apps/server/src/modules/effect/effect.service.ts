import {
  decideEffectReleases,
  ErrorCode,
  validateEffectLines,
  parseEffectCsv,
  type EffectDecision,
  type EffectRowProblem,
  type EffectScoreRow,
  type EffectTrajectory,
} from '@monitor/domain';
import { createHmac } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { requireAccess } from '../../auth/access';
import type { Context } from '../../context';
import type { AuditService } from '../audit/audit.service';
import { interventionsByCodes } from '../supply/supply.repository';
import { EffectRepository, type NewPublication, type PseudonymisedScore, type PublicationRow, type StoredScoreRow } from './effect.repository';
import type { EffectPublicationType, EffectScoreType, EffectTrajectoryInput, EffectUploadResult } from './effect.types';

/**
 * Effect monitoring of interventions (issue 17 item 2). Uploads are all or nothing: one bad line and
 * nothing is stored. Trajectory numbers are pseudonymised here with the municipality's key and never
 * stored; published figures go through the release ledger in the same transaction as the upload.
 */
export class EffectService {
  private readonly repository: EffectRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.repository = new EffectRepository(dataSource);
  }

  /** Released figures per intervention and district (withheld groups without figures). Public. */
  async publications(
    ctx: Context,
    filter: { kind?: EffectPublicationType['kind'] | null; subject?: string | null; first: number },
  ): Promise<EffectPublicationType[]> {
    requireAccess(ctx, 'effect.read');
    const rows = await this.repository.publications({ kind: filter.kind ?? null, subject: filter.subject?.trim() || null, first: filter.first });
    const codes = [...new Set(rows.filter((row) => row.group_kind === 'INTERVENTION').map((row) => row.subject))];
    const [entries, published] = await Promise.all([
      interventionsByCodes(this.dataSource.manager, codes),
      this.repository.publishedInterventionCodes(),
    ]);
    const byCode = new Map(entries.map((entry) => [entry.code, { ...entry, effectResultsPublished: published.has(entry.code) }]));
    return rows.map((row) => ({ ...toPublication(row), intervention: row.group_kind === 'INTERVENTION' ? (byCode.get(row.subject) ?? null) : null }));
  }

  /** A municipality's stored (pseudonymised) scores: the municipality itself and NJi staff only. */
  async scores(ctx: Context, municipalityCode: string, first: number): Promise<EffectScoreType[]> {
    requireAccess(ctx, 'effect.readScores', { municipalityCode });
    const rows = await this.repository.municipalityScores(municipalityCode, first);
    return rows.map(toScore);
  }

  async uploadCsv(ctx: Context, municipalityCode: string, csv: string): Promise<EffectUploadResult> {
    requireAccess(ctx, 'effect.upload', { municipalityCode });
    const validation = parseEffectCsv(csv, municipalityCode);
    const csvField = (problem: EffectRowProblem) => ({ field: 'csv', column: problem.field });
    if (!validation.ok) throw refused(validation.problems, csvField);
    await this.requireCatalogued(validation.rows, csvField);
    const result = await this.store(municipalityCode, validation.rows, false, async (manager, stored) =>
      this.audit.record(
        { type: 'IMPORT', actor: ctx.caller, subjectType: 'effect_score', subjectId: municipalityCode, details: { ...stored, source: 'csv' } },
        manager,
      ),
    );
    return result;
  }

  async saveTrajectory(ctx: Context, input: EffectTrajectoryInput): Promise<EffectUploadResult> {
    requireAccess(ctx, 'effect.upload', { municipalityCode: input.municipalityCode });
    const lines = input.scores.map((score, index) => ({
      line: index + 1,
      values: {
        traject: input.trajectoryId,
        meetmoment: String(score.moment),
        beoordelaar: { HELPER: 'hulpverlener', PARENT: 'ouder', CHILD: 'kind' }[score.rater],
        score: String(score.score),
        interventie: input.intervention,
        wijk: input.districtCode ?? '',
      },
    }));
    const validation = validateEffectLines(lines, input.municipalityCode);
    if (!validation.ok) throw refused(validation.problems, formField);
    await this.requireCatalogued(validation.rows, formField);
    return this.store(input.municipalityCode, validation.rows, false, async (manager, stored) =>
      this.audit.record(
        { type: 'IMPORT', actor: ctx.caller, subjectType: 'effect_score', subjectId: input.municipalityCode, details: { ...stored, source: 'form' } },
        manager,
      ),
    );
  }

  /** Every intervention code must be a catalogue entry (the scores reference it); else the first line with an unknown code. */
  private async requireCatalogued(
    rows: readonly EffectScoreRow[],
    locate: (problem: EffectRowProblem) => { field: string; column: string },
  ): Promise<void> {
    const codes = [...new Set(rows.map((row) => row.intervention))];
    const known = new Set((await interventionsByCodes(this.dataSource.manager, codes)).map((entry) => entry.code));
    const problems = rows
      .filter((row) => !known.has(row.intervention))
      .slice(0, 50)
      .map((row) => ({
        line: row.line,
        field: 'interventie',
        message: `"${row.intervention}" staat niet in de interventiecatalogus; kies de code van een interventie uit de catalogus of vraag NJi haar toe te voegen`,
      }));
    if (problems.length > 0) throw refused(problems, locate);
  }

  /**
   * Stores validated rows and recomputes the releases, in one transaction. Also the demo seed's entry
   * (demo module, at startup, no caller): then `isDemo` marks the scores as synthetic.
   */
  async store(
    municipalityCode: string,
    rows: readonly EffectScoreRow[],
    isDemo: boolean,
    afterStore?: (manager: EntityManager, stored: { scores: number; trajectories: number }) => Promise<void>,
  ): Promise<EffectUploadResult> {
    return this.repository.transaction(async (manager) => {
      const key = await this.repository.pseudonymKey(manager, municipalityCode);
      const scores = rows.map((row) => pseudonymised(key, row));
      await this.repository.storeScores(manager, municipalityCode, scores, isDemo);
      const stored = { scores: scores.length, trajectories: new Set(scores.map((s) => s.trajectory)).size };
      await afterStore?.(manager, stored);
      const newReleases = await this.recompute(manager);
      return { ...stored, newReleases };
    });
  }

  /** Judges every group against the ledger and records new releases (one recomputation at a time). */
  async recompute(manager: EntityManager): Promise<number> {
    await this.repository.lockReleases(manager);
    const rows = await this.repository.allScores(manager);
    const decisions = decideEffectReleases(trajectoriesOf(rows), await this.repository.releasedEntries(manager));
    const demoTrajectories = new Set(rows.filter((row) => row.is_demo).map((row) => row.trajectory));
    const latest = await this.repository.latestReleaseIds(manager);
    const publications: NewPublication[] = [];
    let newReleases = 0;
    for (const decision of decisions) {
      const { candidate } = decision;
      let releaseId = latest.get(candidate.groupKey) ?? null;
      if (decision.outcome === 'NEW_RELEASE') {
        const isDemo = candidate.trajectories.some((t) => demoTrajectories.has(t.trajectory));
        releaseId = await this.repository.insertRelease(manager, {
          ...candidate,
          contributors: [...candidate.contributors],
          statistics: decision.statistics,
          isDemo,
        });
        newReleases++;
      }
      publications.push(publicationOf(decision, releaseId));
    }
    await this.repository.replacePublications(manager, publications);
    return newReleases;
  }
}

function publicationOf(decision: EffectDecision, releaseId: string | null): NewPublication {
  const { groupKey, kind, subject, measure } = decision.candidate;
  const base = { groupKey, kind, subject, measure };
  if (decision.outcome !== 'WITHHELD') return { ...base, status: 'PUBLISHED', reason: null, releaseId };
  return releaseId === null
    ? { ...base, status: 'WITHHELD', reason: decision.reason, releaseId: null }
    : { ...base, status: 'EARLIER_RELEASE', reason: decision.reason, releaseId };
}

/** HMAC-SHA256 of the trajectory number under the municipality's key: the same number always gives the same pseudonym. */
export function pseudonymOf(key: Buffer, trajectoryId: string): string {
  return createHmac('sha256', key).update(trajectoryId, 'utf8').digest('hex');
}

function pseudonymised(key: Buffer, row: EffectScoreRow): PseudonymisedScore {
  return {
    trajectory: pseudonymOf(key, row.trajectoryId),
    moment: row.moment,
    rater: row.rater,
    score: row.score,
    intervention: row.intervention,
    districtCode: row.districtCode,
  };
}

function trajectoriesOf(rows: readonly StoredScoreRow[]): EffectTrajectory[] {
  const byKey = new Map<string, EffectTrajectory & { latest: number }>();
  for (const row of rows) {
    const key = `${row.municipality_code}:${row.trajectory}`;
    const time = row.uploaded_at.getTime();
    const trajectory = byKey.get(key) ?? {
      trajectory: row.trajectory,
      version: '',
      latest: 0,
      intervention: row.intervention,
      districtCode: row.district_code,
      scores: [],
    };
    trajectory.latest = Math.max(trajectory.latest, time);
    trajectory.scores.push({ trajectory: row.trajectory, moment: row.moment, rater: row.rater, score: row.score });
    byKey.set(key, trajectory);
  }
  return [...byKey.values()].map(({ latest, ...trajectory }) => ({ ...trajectory, version: new Date(latest).toISOString() }));
}

const FORM_FIELDS: Record<string, string> = { traject: 'input.trajectoryId', interventie: 'input.intervention', wijk: 'input.districtCode' };
const SCORE_FIELDS: Record<string, string> = { meetmoment: 'moment', beoordelaar: 'rater', score: 'score' };

function formField(problem: EffectRowProblem): { field: string; column: string } {
  const field = FORM_FIELDS[problem.field] ?? `input.scores.${problem.line - 1}.${SCORE_FIELDS[problem.field] ?? problem.field}`;
  return { field, column: problem.field };
}

/** BAD_USER_INPUT naming the first problem's line and field; all problems (up to 50) in extensions. */
function refused(problems: readonly EffectRowProblem[], locate: (problem: EffectRowProblem) => { field: string; column: string }): GraphQLError {
  const [first] = problems;
  const { field, column } = locate(first);
  return new GraphQLError(`Regel ${first.line}, ${column}: ${first.message}. Er is niets opgeslagen.`, {
    extensions: {
      code: ErrorCode.BAD_USER_INPUT,
      field,
      line: first.line,
      problems: problems.map((p) => ({ line: p.line, column: p.field, field: locate(p).field, message: p.message })),
    },
  });
}

function toPublication(row: PublicationRow): Omit<EffectPublicationType, 'intervention'> {
  const shown = row.status !== 'WITHHELD' && row.statistics !== null;
  return {
    kind: row.group_kind,
    subject: row.subject,
    measure: row.measure,
    status: row.status === 'WITHHELD' ? 'PROTECTED' : row.status,
    releasedAt: shown ? row.released_at : null,
    synthetic: row.is_demo ?? false,
    change: shown && 'change' in row.statistics! ? row.statistics.change : null,
    agreement: shown && 'agreement' in row.statistics! ? row.statistics.agreement : null,
  };
}

function toScore(row: StoredScoreRow): EffectScoreType {
  return {
    trajectory: row.trajectory.slice(0, 16),
    moment: row.moment,
    rater: row.rater,
    score: row.score,
    intervention: row.intervention,
    districtCode: row.district_code,
    synthetic: row.is_demo,
    uploadedAt: row.uploaded_at,
  };
}
