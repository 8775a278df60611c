import { createHmac, randomBytes } from 'node:crypto';
import {
  ErrorCode,
  isYearIn,
  mayNameMunicipality,
  RESEARCH_DATASET_LABELS,
  RESEARCH_DATASETS,
  RESEARCH_FORMATS,
  type ResearchDataset,
  type ResearchFormat,
} from '@monitor/domain';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { AccessError } from '../../auth/auth.errors';
import type { Context } from '../../context';
import { badUserInput } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { EstimateService } from '../estimate/estimate.service';
import { countIndicatorValuesOf, indicatorValuePage } from '../indicator/indicator.repository';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service';
import { currentAreaNames } from '../region/region.repository';
import { answerPage, countAnswersOf, researchResponses, type ResearchResponseRow } from '../response/response.repository';
import type { RiskProfileService } from '../risk-profile/risk-profile.service';
import type { StatisticsService } from '../statistics/statistics.service';
import { inBatches, keysetPages } from './research-export.batches';
import { countExport, exportProjectsOf, insertExportProject, ownedExportProject, type ExportProjectRow } from './export-project.repository';
import {
  answerRow,
  estimateRows,
  FREE_TEXT_LEFT_OUT,
  indicatorRow,
  isFreeText,
  riskFactorRow,
  veiligThuisRow,
  type RawRow,
  type ResearchRow,
} from './research-export.rows';
import { RESEARCH_CONTENT_TYPES } from './research-export.writers';

export interface ResearchSelection {
  projectId: string;
  year: number;
  datasets: readonly ResearchDataset[];
}

/** Rows read and handed to the file writer so far, and how many of them name a municipality. */
export interface ResearchExportProgress {
  rowsRead: number;
  namedRows: number;
}

/** An audited research export whose rows are still to be read, batch by batch, while the file is written. */
export interface ResearchExportStream {
  projectId: string;
  projectName: string;
  selection: ResearchSelection;
  format: ResearchFormat;
  filename: string;
  contentType: string;
  /** counted before the first row is read: the total that the client's progress counts towards */
  totalRows: number;
  /** batches of at most the configured batch size, each read from PostgreSQL when the writer asks for it */
  batches: AsyncIterable<ResearchRow[]>;
  /** the explanation that goes with the file; final once every batch is read */
  notes: () => string[];
  progress: ResearchExportProgress;
}

/** How a download ended: every row written, cancelled by the client (or the connection was lost), or a server error. */
export type ResearchExportOutcome = 'COMPLETED' | 'ABORTED' | 'FAILED';

export interface ResearchExportLimits {
  maxRows: number;
  batchRows: number;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type Signed = Context & { caller: Exclude<Context['caller'], { kind: 'anonymous' }> };

/**
 * Research exports: an analyst's project holds a secret (never returned) with which municipality
 * codes become pseudonyms (HMAC-SHA256), stable within the project and unlinkable across projects.
 * Municipal answers and indicators reach only the municipalities the caller may read (every one for
 * NJi staff; own and sharing partners for municipal staff); published figures come through their
 * services, with the disclosure rules applied there.
 */
export class ResearchExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly questionnaires: QuestionnaireService,
    private readonly statistics: StatisticsService,
    private readonly estimates: EstimateService,
    private readonly riskProfiles: RiskProfileService,
    private readonly limits: ResearchExportLimits,
  ) {}

  async createProject(ctx: Context, input: { name: string; purpose: string; named: boolean }): Promise<ExportProjectRow> {
    requireAccess(ctx, 'researchExport.use');
    const name = input.name.trim();
    const purpose = input.purpose.trim();
    if (!name) throw badUserInput('name', 'geef het project een naam');
    if (!purpose) throw badUserInput('purpose', 'beschrijf het doel van het onderzoek');
    const project = await insertExportProject(this.dataSource.manager, {
      ownerUserId: ctx.caller.userId,
      name,
      purpose,
      named: input.named,
      secret: randomBytes(32),
    });
    await this.audit.record({
      type: 'EXPORT',
      actor: ctx.caller,
      subjectType: 'ExportProject',
      subjectId: project.id,
      subjectLabel: name,
      clientAddress: ctx.clientAddress,
      details: { action: 'project-created', named: input.named, purpose },
    });
    return project;
  }

  async projects(ctx: Context, limit: number): Promise<ExportProjectRow[]> {
    requireAccess(ctx, 'researchExport.use');
    return exportProjectsOf(this.dataSource.manager, ctx.caller.userId, limit);
  }

  /** Rows per dataset of a selection (the total the download's progress counts towards) and the largest export allowed. */
  async preview(
    ctx: Context,
    selection: ResearchSelection,
  ): Promise<{ datasets: { dataset: ResearchDataset; label: string; rows: number }[]; maxRows: number }> {
    requireAccess(ctx, 'researchExport.use');
    await this.project(ctx, selection);
    const counts = await this.counts(ctx, selection);
    return {
      datasets: [...counts].map(([dataset, rows]) => ({ dataset, label: RESEARCH_DATASET_LABELS[dataset], rows })),
      maxRows: this.limits.maxRows,
    };
  }

  /**
   * Counts the rows, refuses an export above the maximum, and records the export in the audit log
   * before a row is read; the rows follow in batches while the file is written.
   */
  async open(ctx: Context, selection: ResearchSelection, format: ResearchFormat): Promise<ResearchExportStream> {
    requireAccess(ctx, 'researchExport.use');
    if (!RESEARCH_FORMATS.includes(format)) throw badUserInput('format', `kies uit ${RESEARCH_FORMATS.join(', ')}`);
    const project = await this.project(ctx, selection);
    const totalRows = [...(await this.counts(ctx, selection)).values()].reduce((sum, n) => sum + n, 0);
    if (totalRows > this.limits.maxRows) throw exportTooLarge(totalRows, this.limits.maxRows);
    await this.audit.record({
      type: 'EXPORT',
      actor: ctx.caller,
      subjectType: 'ExportProject',
      subjectId: project.id,
      subjectLabel: project.name,
      clientAddress: ctx.clientAddress,
      details: { action: 'research-export', year: selection.year, datasets: selection.datasets, format, rows: totalRows },
    });
    await countExport(this.dataSource.manager, project.id);
    const progress: ResearchExportProgress = { rowsRead: 0, namedRows: 0 };
    return {
      projectId: project.id,
      projectName: project.name,
      selection,
      format,
      filename: `onderzoeksexport-${selection.year}-${project.id.slice(0, 8)}.${format}`,
      contentType: RESEARCH_CONTENT_TYPES[format],
      totalRows,
      batches: this.batches(ctx, project, selection, progress),
      notes: () => notesFor(project, selection, progress.namedRows),
      progress,
    };
  }

  /** Records how an opened export ended (also a cancelled or failed one), with the rows read and named. */
  async finish(ctx: Context, stream: ResearchExportStream, outcome: ResearchExportOutcome): Promise<void> {
    requireAccess(ctx, 'researchExport.use');
    await this.audit.record({
      type: 'EXPORT',
      actor: ctx.caller,
      subjectType: 'ExportProject',
      subjectId: stream.projectId,
      subjectLabel: stream.projectName,
      clientAddress: ctx.clientAddress,
      details: {
        action: 'research-export-finished',
        outcome,
        year: stream.selection.year,
        format: stream.format,
        rows: stream.totalRows,
        rowsRead: stream.progress.rowsRead,
        namedRows: stream.progress.namedRows,
      },
    });
  }

  private async project(ctx: Signed, selection: ResearchSelection): Promise<ExportProjectRow & { secret: Buffer }> {
    if (!isYearIn('monitor', selection.year)) throw badUserInput('year', 'kies een jaar van de monitor (2000-2100)');
    if (selection.datasets.length === 0) throw badUserInput('datasets', 'kies ten minste één soort gegevens');
    const unknown = selection.datasets.filter((d) => !RESEARCH_DATASETS.includes(d));
    if (unknown.length > 0) throw badUserInput('datasets', `onbekend: ${unknown.join(', ')}; kies uit ${RESEARCH_DATASETS.join(', ')}`);
    const project = UUID_PATTERN.test(selection.projectId)
      ? await ownedExportProject(this.dataSource.manager, selection.projectId, ctx.caller.userId)
      : null;
    if (!project) throw AccessError.notFound('Exportproject');
    return project;
  }

  /** Rows per chosen dataset: counted in PostgreSQL for answers and indicators; published figures are few (per municipality). */
  private async counts(ctx: Signed, selection: ResearchSelection): Promise<Map<ResearchDataset, number>> {
    const partners = await ctx.loaders.sharingPartners();
    const counts = new Map<ResearchDataset, number>();
    for (const dataset of uniqueDatasets(selection)) {
      if (dataset === 'ANSWERS' || dataset === 'INDICATORS') {
        const ids = (await this.responses(ctx, selection.year, partners)).map((r) => r.id);
        counts.set(dataset, await (dataset === 'ANSWERS' ? countAnswersOf : countIndicatorValuesOf)(this.dataSource.manager, ids));
      } else counts.set(dataset, (await this.publishedRows(ctx, dataset, selection.year)).length);
    }
    return counts;
  }

  private async *batches(
    ctx: Signed,
    project: ExportProjectRow & { secret: Buffer },
    selection: ResearchSelection,
    progress: ResearchExportProgress,
  ): AsyncGenerator<ResearchRow[]> {
    const partners = await ctx.loaders.sharingPartners();
    const names = new Map<string, string | null>();
    for (const dataset of uniqueDatasets(selection)) {
      for await (const raw of this.rawBatches(ctx, dataset, selection.year, partners)) {
        const rows = await this.applyNamingRule(ctx, project, partners, raw, names, progress);
        progress.rowsRead += rows.length;
        yield rows;
      }
    }
  }

  /** Pseudonym, or code and name where the rule allows; free text of a pseudonymised municipality left out. */
  private async applyNamingRule(
    ctx: Signed,
    project: ExportProjectRow & { secret: Buffer },
    partners: readonly string[],
    raw: readonly RawRow[],
    names: Map<string, string | null>,
    progress: ResearchExportProgress,
  ): Promise<ResearchRow[]> {
    const mayName = (row: RawRow) =>
      mayNameMunicipality({
        projectNamed: project.named,
        dataset: row.gegevens,
        requesterRole: ctx.caller.role,
        requesterMunicipalityCode: ctx.caller.municipalityCode,
        sharingPartners: partners,
        municipalityCode: row.code,
      });
    const unnamed = [...new Set(raw.filter(mayName).map((r) => r.code))].filter((code) => !names.has(code));
    if (unnamed.length > 0) {
      const found = new Map((await currentAreaNames(this.dataSource.manager, unnamed)).map((n) => [n.code, n.name]));
      for (const code of unnamed) names.set(code, found.get(code) ?? null);
    }
    return raw.map(({ code, ...row }) => {
      if (mayName({ code, ...row })) {
        progress.namedRows++;
        return { ...row, gemeente: code, gemeentenaam: names.get(code) ?? null };
      }
      const leftOut = row.status === FREE_TEXT_LEFT_OUT;
      return { ...row, gemeente: pseudonym(project.secret, code), gemeentenaam: null, tekst: leftOut ? null : row.tekst };
    });
  }

  /** Municipalities whose answers and indicators the caller reads (null: every one, for NJi staff). */
  private responses(ctx: Signed, year: number, partners: readonly string[]): Promise<ResearchResponseRow[]> {
    // NJi staff read every municipality's answers in the monitor; municipal staff their own and their partners'
    const nji = ctx.caller.role === 'ADMIN' || ctx.caller.role === 'ANALYST';
    const codes = nji ? null : ctx.caller.municipalityCode ? [ctx.caller.municipalityCode, ...partners] : [];
    return researchResponses(this.dataSource.manager, codes, year);
  }

  private async *rawBatches(ctx: Signed, dataset: ResearchDataset, year: number, partners: readonly string[]): AsyncGenerator<RawRow[]> {
    if (dataset === 'ANSWERS') yield* this.answerBatches(await this.responses(ctx, year, partners), year);
    else if (dataset === 'INDICATORS') yield* this.indicatorBatches(await this.responses(ctx, year, partners), year);
    else yield* inBatches(await this.publishedRows(ctx, dataset, year), this.limits.batchRows);
  }

  /** Published figures through their services (disclosure rules applied there): a few rows per municipality. */
  private async publishedRows(ctx: Signed, dataset: Exclude<ResearchDataset, 'ANSWERS' | 'INDICATORS'>, year: number): Promise<RawRow[]> {
    switch (dataset) {
      case 'VEILIG_THUIS':
        return (await this.statistics.municipalFiguresOfYear(ctx, year)).map(veiligThuisRow);
      case 'ESTIMATES':
        return (await this.estimates.ratesPerThousand(ctx, year)).flatMap(estimateRows);
      case 'RISK_PROFILES':
        return this.riskRows(ctx);
    }
  }

  private async *answerBatches(responses: readonly ResearchResponseRow[], year: number): AsyncGenerator<RawRow[]> {
    const questionnaire = await this.questionnaires.byYear(year);
    if (!questionnaire || responses.length === 0) return;
    const questions = new Map(questionnaire.definition.sections.flatMap((s) => s.questions.map((q) => [q.key, q] as const)));
    const byId = new Map(responses.map((r) => [r.id, r]));
    const ids = [...byId.keys()];
    const pages = keysetPages(
      (after, limit) => answerPage(this.dataSource.manager, ids, after, limit),
      (a) => a.question_key,
      this.limits.batchRows,
    );
    for await (const page of pages) {
      yield page.map((a) => {
        const response = byId.get(a.response_id)!;
        const question = questions.get(a.question_key);
        const row = answerRow(response.code, year, question, a.question_key, a.value, response.is_demo);
        // marked here, removed by the naming rule unless the municipality may be named
        return isFreeText(question) && row.tekst !== null ? { ...row, status: FREE_TEXT_LEFT_OUT } : row;
      });
    }
  }

  private async *indicatorBatches(responses: readonly ResearchResponseRow[], year: number): AsyncGenerator<RawRow[]> {
    if (responses.length === 0) return;
    const questionnaire = await this.questionnaires.byYear(year);
    const definitions = new Map((questionnaire?.indicators ?? []).map((d) => [d.key, d]));
    const byId = new Map(responses.map((r) => [r.id, r]));
    const ids = [...byId.keys()];
    const pages = keysetPages(
      (after, limit) => indicatorValuePage(this.dataSource.manager, ids, after, limit),
      (v) => v.indicator_key,
      this.limits.batchRows,
    );
    for await (const page of pages) {
      yield page.map((v) => {
        const response = byId.get(v.response_id)!;
        return indicatorRow(year, definitions.get(v.indicator_key), { ...v, code: response.code, is_demo: response.is_demo });
      });
    }
  }

  private async riskRows(ctx: Signed): Promise<RawRow[]> {
    const rows: RawRow[] = [];
    for (const factor of this.riskProfiles.mapFactors(ctx)) {
      const values = (await this.riskProfiles.municipalValues(ctx, factor.key)) ?? [];
      rows.push(...values.map((value) => riskFactorRow(factor, value)));
    }
    return rows;
  }
}

function uniqueDatasets(selection: ResearchSelection): ResearchDataset[] {
  return [...new Set(selection.datasets)];
}

function exportTooLarge(rows: number, maxRows: number): GraphQLError {
  const n = (value: number) => value.toLocaleString('nl-NL');
  return new GraphQLError(`Deze export zou ${n(rows)} rijen hebben; de grens is ${n(maxRows)}. Kies minder soorten gegevens.`, {
    extensions: { code: ErrorCode.EXPORT_TOO_LARGE, rows, maxRows },
  });
}

/** "P" and 12 hex digits of HMAC-SHA256(project secret, code): stable in a project, unlinkable across projects. */
export function pseudonym(secret: Buffer, municipalityCode: string): string {
  return `P${createHmac('sha256', secret).update(municipalityCode).digest('hex').slice(0, 12)}`;
}

function notesFor(project: ExportProjectRow, selection: ResearchSelection, namedRows: number): string[] {
  return [
    `Onderzoeksexport uit de Monitor Aanpak Kindermishandeling en Huiselijk Geweld, project "${project.name}".`,
    `Doel: ${project.purpose}`,
    `Jaar: ${selection.year}; gegevens: ${selection.datasets.map((d) => RESEARCH_DATASET_LABELS[d]).join('; ')}.`,
    'Gemeenten staan onder een pseudoniem (P + 12 tekens) dat binnen dit project vast is en per project verschilt.',
    namedRows > 0
      ? 'Gemeenten staan alleen met naam waar dat mag: gepubliceerde cijfers in een project met namen, en antwoorden van de eigen gemeente en partners onder een actieve deelafspraak.'
      : 'Geen enkele gemeente staat met code of naam in dit bestand.',
    'Let op: gepubliceerde cijfers (Veilig Thuis, schattingen, risicofactoren) zijn openbaar per gemeente; wie ze naast de openbare monitor legt, kan een pseudoniem herleiden. Combineer ze daarom niet met antwoorden in een bestand dat u deelt.',
    `Vrije-tekstantwoorden zijn weggelaten bij gemeenten onder pseudoniem (status ${FREE_TEXT_LEFT_OUT}): ze kunnen de gemeente noemen.`,
    'Verborgen cijfers (status SUPPRESSED, UNKNOWN) hebben geen waarde: de onthullingscontrole van de monitor geldt ook hier. Demo-antwoorden hebben demo = ja.',
  ];
}
