import { createHmac, randomBytes } from 'node:crypto';
import {
  isYearIn,
  mayNameMunicipality,
  RESEARCH_DATASET_LABELS,
  RESEARCH_DATASETS,
  RESEARCH_FORMATS,
  type ResearchDataset,
  type ResearchFormat,
} from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { AccessError } from '../../auth/auth.errors';
import type { Context } from '../../context';
import { badUserInput } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { EstimateService } from '../estimate/estimate.service';
import { researchIndicatorValues } from '../indicator/indicator.repository';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service';
import { currentAreaNames } from '../region/region.repository';
import { researchAnswers } from '../response/response.repository';
import type { RiskProfileService } from '../risk-profile/risk-profile.service';
import type { StatisticsService } from '../statistics/statistics.service';
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

export interface PreparedResearchExport {
  filename: string;
  contentType: string;
  rows: ResearchRow[];
  notes: string[];
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

  /** Rows per dataset of a selection (the known total that the download's progress counts towards). */
  async preview(ctx: Context, selection: ResearchSelection): Promise<{ dataset: ResearchDataset; label: string; rows: number }[]> {
    requireAccess(ctx, 'researchExport.use');
    const project = await this.project(ctx, selection);
    const rows = await this.rows(ctx, project, selection);
    return selection.datasets.map((dataset) => ({
      dataset,
      label: RESEARCH_DATASET_LABELS[dataset],
      rows: rows.filter((r) => r.gegevens === dataset).length,
    }));
  }

  /** Builds the rows and records the export in the audit log before a byte is sent. */
  async prepare(ctx: Context, selection: ResearchSelection, format: ResearchFormat): Promise<PreparedResearchExport> {
    requireAccess(ctx, 'researchExport.use');
    if (!RESEARCH_FORMATS.includes(format)) throw badUserInput('format', `kies uit ${RESEARCH_FORMATS.join(', ')}`);
    const project = await this.project(ctx, selection);
    const rows = await this.rows(ctx, project, selection);
    const named = rows.filter((r) => r.gemeentenaam !== null).length;
    await this.audit.record({
      type: 'EXPORT',
      actor: ctx.caller,
      subjectType: 'ExportProject',
      subjectId: project.id,
      subjectLabel: project.name,
      clientAddress: ctx.clientAddress,
      details: { action: 'research-export', year: selection.year, datasets: selection.datasets, format, rows: rows.length, namedRows: named },
    });
    await countExport(this.dataSource.manager, project.id);
    return {
      filename: `onderzoeksexport-${selection.year}-${project.id.slice(0, 8)}.${format}`,
      contentType: RESEARCH_CONTENT_TYPES[format],
      rows,
      notes: notesFor(project, selection, named),
    };
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

  private async rows(ctx: Signed, project: ExportProjectRow & { secret: Buffer }, selection: ResearchSelection): Promise<ResearchRow[]> {
    const partners = await ctx.loaders.sharingPartners();
    const raw: RawRow[] = [];
    for (const dataset of [...new Set(selection.datasets)]) raw.push(...(await this.rawRows(ctx, dataset, selection.year, partners)));
    const names = project.named
      ? new Map((await currentAreaNames(this.dataSource.manager, [...new Set(raw.map((r) => r.code))])).map((n) => [n.code, n.name]))
      : new Map<string, string>();
    return raw.map(({ code, ...row }) => {
      const named = mayNameMunicipality({
        projectNamed: project.named,
        dataset: row.gegevens,
        requesterRole: ctx.caller.role,
        requesterMunicipalityCode: ctx.caller.municipalityCode,
        sharingPartners: partners,
        municipalityCode: code,
      });
      if (named) return { ...row, gemeente: code, gemeentenaam: names.get(code) ?? null };
      const leftOut = row.status === FREE_TEXT_LEFT_OUT;
      return { ...row, gemeente: pseudonym(project.secret, code), gemeentenaam: null, tekst: leftOut ? null : row.tekst };
    });
  }

  private async rawRows(ctx: Signed, dataset: ResearchDataset, year: number, partners: readonly string[]): Promise<RawRow[]> {
    // NJi staff read every municipality's answers in the monitor; municipal staff their own and their partners'
    const nji = ctx.caller.role === 'ADMIN' || ctx.caller.role === 'ANALYST';
    const codes = nji ? null : ctx.caller.municipalityCode ? [ctx.caller.municipalityCode, ...partners] : [];
    switch (dataset) {
      case 'ANSWERS':
        return this.answerRows(codes, year);
      case 'INDICATORS':
        return this.indicatorRows(codes, year);
      case 'VEILIG_THUIS':
        return (await this.statistics.municipalFiguresOfYear(ctx, year)).map(veiligThuisRow);
      case 'ESTIMATES':
        return (await this.estimates.ratesPerThousand(ctx, year)).flatMap(estimateRows);
      case 'RISK_PROFILES':
        return this.riskRows(ctx);
    }
  }

  private async answerRows(codes: readonly string[] | null, year: number): Promise<RawRow[]> {
    const questionnaire = await this.questionnaires.byYear(year);
    if (!questionnaire) return [];
    const questions = new Map(questionnaire.definition.sections.flatMap((s) => s.questions.map((q) => [q.key, q] as const)));
    return (await researchAnswers(this.dataSource.manager, codes, year)).map((a) => {
      const question = questions.get(a.question_key);
      const row = answerRow(a.code, year, question, a.question_key, a.value, a.is_demo);
      // marked here, removed in rows() unless the municipality may be named
      return isFreeText(question) && row.tekst !== null ? { ...row, status: FREE_TEXT_LEFT_OUT } : row;
    });
  }

  private async indicatorRows(codes: readonly string[] | null, year: number): Promise<RawRow[]> {
    const questionnaire = await this.questionnaires.byYear(year);
    const definitions = new Map((questionnaire?.indicators ?? []).map((d) => [d.key, d]));
    return (await researchIndicatorValues(this.dataSource.manager, codes, year)).map((v) => indicatorRow(year, definitions.get(v.indicator_key), v));
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
