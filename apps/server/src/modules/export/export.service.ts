import ExcelJS from 'exceljs';
import { BAND_LABELS, neutraliseRow, type AnswerValue, type Question } from '@monitor/domain';

const REALISATION_LABELS = { YES: 'Ja', PARTLY: 'Deels', NO: 'Nee', UNKNOWN: 'Weet niet' } as const;
import { requireAccess } from '../../auth/access';
import type { Context } from '../../context';
import type { AuditService } from '../audit/audit.service';
import type { IndicatorService } from '../indicator/indicator.service';
import type { ResponseService } from '../response/response.service';

export type ExportKind = 'antwoorden' | 'indicatoren';
export type ExportFormat = 'csv' | 'xlsx';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A municipality's own answers and indicators as CSV (semicolon-separated, for Dutch Excel) or XLSX. */
export class ExportService {
  constructor(
    private readonly responses: ResponseService,
    private readonly indicators: IndicatorService,
    private readonly audit: AuditService,
  ) {}

  async export(ctx: Context, municipalityCode: string, year: number, kind: ExportKind, format: ExportFormat): Promise<ExportFile> {
    await requireAccess(ctx, 'municipality.export', { municipalityCode });
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Monitor Aanpak Kindermishandeling en Huiselijk Geweld';
    if (kind === 'antwoorden') await this.answersSheet(ctx, workbook, municipalityCode, year);
    else await this.indicatorsSheet(ctx, workbook, municipalityCode, year);

    const body =
      format === 'xlsx'
        ? Buffer.from(await workbook.xlsx.writeBuffer())
        : Buffer.concat([Buffer.from('\ufeff'), Buffer.from(await workbook.csv.writeBuffer({ formatterOptions: { delimiter: ';' } }))]);
    await this.audit.record({
      type: 'EXPORT',
      actor: ctx.caller,
      subjectType: 'Response',
      subjectId: `${municipalityCode}/${year}`,
      clientAddress: ctx.clientAddress,
      details: { kind, format },
    });
    return { filename: `${kind}-${municipalityCode}-${year}.${format}`, contentType: CONTENT_TYPES[format], body };
  }

  private async answersSheet(ctx: Context, workbook: ExcelJS.Workbook, code: string, year: number): Promise<void> {
    const state = await this.responses.get(ctx, code, year);
    const answers = new Map(state.answers.map((a) => [a.questionKey, a]));
    const sheet = workbook.addWorksheet(`Antwoorden ${year}`);
    sheet.columns = [
      { header: 'Gemeente', key: 'municipality', width: 10 },
      { header: 'Jaar', key: 'year', width: 6 },
      { header: 'Sectie', key: 'section', width: 30 },
      { header: 'Vraagsleutel', key: 'key', width: 40 },
      { header: 'Vraag', key: 'label', width: 60 },
      { header: 'Antwoord', key: 'answer', width: 40 },
      { header: 'Versie', key: 'version', width: 8 },
      { header: 'Gewijzigd op', key: 'updatedAt', width: 22 },
      { header: 'Status', key: 'status', width: 12 },
      { header: 'Demo', key: 'demo', width: 6 },
    ];
    for (const section of state.questionnaire.definition.sections) {
      for (const question of section.questions) {
        const answer = answers.get(question.key);
        sheet.addRow(
          neutraliseRow({
            municipality: code,
            year,
            section: section.title,
            key: question.key,
            label: question.label,
            answer: answer?.value == null ? '' : readable(question, answer.value),
            version: answer?.version ?? '',
            updatedAt: answer ? answer.updatedAt.toISOString() : '',
            status: state.status === 'SUBMITTED' ? 'ingediend' : 'concept',
            demo: state.isDemo ? 'ja' : 'nee',
          }),
        );
      }
    }
  }

  private async indicatorsSheet(ctx: Context, workbook: ExcelJS.Workbook, code: string, year: number): Promise<void> {
    const results = await this.indicators.forYear(ctx, code, year);
    const sheet = workbook.addWorksheet(`Indicatoren ${year}`);
    sheet.columns = [
      { header: 'Gemeente', key: 'municipality', width: 10 },
      { header: 'Jaar', key: 'year', width: 6 },
      { header: 'Thema', key: 'theme', width: 30 },
      { header: 'Indicator', key: 'label', width: 50 },
      { header: 'Sleutel', key: 'key', width: 30 },
      { header: 'Waarde (0-100)', key: 'value', width: 14 },
      { header: 'Band', key: 'band', width: 24 },
      { header: 'Vorig jaar', key: 'previous', width: 12 },
      { header: 'Verandering', key: 'change', width: 12 },
      { header: 'Bekend', key: 'known', width: 8 },
      { header: 'Weet niet', key: 'unknown', width: 10 },
      { header: 'Ontbreekt', key: 'missing', width: 10 },
    ];
    for (const r of results) {
      sheet.addRow(
        neutraliseRow({
          municipality: code,
          year,
          theme: r.theme,
          label: r.label,
          key: r.key,
          value: r.value ?? '',
          band: r.band ? BAND_LABELS[r.band] : r.computed ? 'onvoldoende gegevens' : 'nog niet ingediend',
          previous: r.previousValue ?? '',
          change: r.change ?? '',
          known: r.known ?? '',
          unknown: r.unknown ?? '',
          missing: r.missing ?? '',
        }),
      );
    }
  }
}

function readable(question: Question, value: AnswerValue): string {
  if (question.type === 'YES_PARTLY_NO') return REALISATION_LABELS[value as keyof typeof REALISATION_LABELS] ?? String(value);
  const label = (v: string) => question.options?.find((o) => o.value === v)?.label ?? v;
  if (question.type === 'MULTIPLE_CHOICE' && Array.isArray(value)) return value.map(label).join(', ');
  if (question.type === 'SINGLE_CHOICE') return label(String(value));
  return String(value);
}
