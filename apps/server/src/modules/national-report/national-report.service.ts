import { mayAccess, requireAccess } from '../../auth/access';
import type { Context } from '../../context';
import { SharedReadCache } from '../../db/shared-read-cache';
import type { PagePrinter } from '../../http/page-printer';
import type { PracticeService } from '../practice/practice.service';
import type { PracticeExamplesArgs } from '../practice/practice.types';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service';
import {
  changesChapter,
  indicatorChapter,
  participationChapter,
  readReportData,
  veiligThuisChapter,
  type ReportSources,
  type ReportYear,
} from './national-report.figures';
import {
  MAX_REPORT_PRACTICE_EXAMPLES,
  type NationalReportPracticeExampleType,
  type NationalReportType,
  type NationalReportYearType,
} from './national-report.types';

/** The web page the PDF is printed from (the same page visitors see). */
export const nationalReportPagePath = (year: number) => `/jaarrapport/${year}`;
export const nationalReportPdfPath = (year: number) => `/pdf/jaarrapport/${year}.pdf`;

const PRACTICE_FOR_PARTICIPANTS =
  'Praktijkvoorbeelden zijn alleen zichtbaar voor deelnemers aan de monitor. Log in om de voorbeelden van dit jaar te zien.';

type PublicReport = Omit<NationalReportType, 'practiceExamples' | 'practiceNote'>;

export interface NationalReportDependencies extends ReportSources {
  questionnaires: QuestionnaireService;
  practice: PracticeService;
}

/**
 * The yearly national report ("stand van zaken"): public, built from what the owning services
 * publish to an anonymous visitor (`asPublic`), so disclosure rules and the release ledger apply
 * exactly as on the public pages. The public part is the same for everyone and is kept per year
 * until the data behind it changes (the shared read cache); practice examples are added per caller.
 */
export class NationalReportService {
  constructor(
    private readonly sources: NationalReportDependencies,
    private readonly asPublic: (ctx: Context) => Context,
    private readonly printer: PagePrinter,
    private readonly minimumGroupSize: number,
    private readonly shared: SharedReadCache = SharedReadCache.disabled(),
  ) {}

  /** Questionnaire years that have been opened (their answers can have been submitted), newest first. */
  async years(ctx: Context): Promise<NationalReportYearType[]> {
    requireAccess(ctx, 'nationalReport.read');
    return (await this.reportYears(ctx)).map(({ year, isDemo }) => ({ year, isDemo })).reverse();
  }

  async report(ctx: Context, year: number): Promise<NationalReportType | null> {
    requireAccess(ctx, 'nationalReport.read');
    const shown = await this.publicReport(ctx, year);
    if (!shown) return null;
    const participant = mayAccess(ctx.caller, 'practice.read');
    return {
      ...shown,
      practiceExamples: participant ? await this.practiceExamples(ctx, year) : [],
      practiceNote: participant
        ? `Praktijkvoorbeelden die gemeenten in ${year} publiceerden, bij de indicator waar ze bij horen. Alleen zichtbaar voor deelnemers.`
        : PRACTICE_FOR_PARTICIPANTS,
    };
  }

  /** The PDF of a year's report, printed from its web page (kept while the data behind it does not change). */
  async pdf(ctx: Context, year: number, webBaseUrl: string): Promise<{ filename: string; body: Buffer } | null> {
    requireAccess(ctx, 'nationalReport.read');
    if (!(await this.reportYears(ctx)).some((y) => y.year === year)) return null;
    const body = await this.shared.get(`national-report:pdf:${year}`, () => this.printer.print(`${webBaseUrl}${nationalReportPagePath(year)}`));
    return { filename: `jaarrapport-${year}.pdf`, body };
  }

  private async reportYears(ctx: Context): Promise<ReportYear[]> {
    const questionnaires = await this.sources.questionnaires.list(ctx);
    return questionnaires
      .filter((q) => q.status === 'OPEN' || q.status === 'CLOSED')
      .map((q) => ({ year: q.year, isDemo: q.isDemo || ctx.demo, indicators: q.indicators.map(({ key, label }) => ({ key, label })) }))
      .sort((a, b) => a.year - b.year);
  }

  private async publicReport(ctx: Context, year: number): Promise<PublicReport | null> {
    const years = await this.reportYears(ctx);
    const wanted = years.find((y) => y.year === year);
    if (!wanted) return null;
    return this.shared.get(`national-report:${year}`, () =>
      this.build(
        this.asPublic(ctx),
        wanted,
        years.filter((y) => y.year < year),
      ),
    );
  }

  private async build(publicCtx: Context, year: ReportYear, earlier: ReportYear[]): Promise<PublicReport> {
    const data = await readReportData(publicCtx, this.sources, year, earlier);
    const chapters = [
      participationChapter(data),
      indicatorChapter(data),
      await veiligThuisChapter(publicCtx, this.sources, year.year),
      changesChapter(data),
    ];
    return {
      year: year.year,
      previousYear: data.previous?.year ?? null,
      title: `Landelijk jaarrapport ${year.year}: stand van zaken`,
      isDemo: year.isDemo,
      minimumGroupSize: this.minimumGroupSize,
      chapters,
      pdfUrl: nationalReportPdfPath(year.year),
    };
  }

  private async practiceExamples(ctx: Context, year: number): Promise<NationalReportPracticeExampleType[]> {
    const args: PracticeExamplesArgs = { first: 100 };
    const examples = await this.sources.practice.list(ctx, args);
    return examples
      .filter((e) => !e.hidden && e.publishedAt.getUTCFullYear() === year)
      .slice(0, MAX_REPORT_PRACTICE_EXAMPLES)
      .map((e) => ({
        id: e.id,
        title: e.title,
        measure: e.measure,
        municipalityName: e.municipalityName,
        indicatorKey: e.indicatorKey,
        indicatorLabel: e.indicatorLabel,
        bandLabel: e.bandLabel,
      }));
  }
}
