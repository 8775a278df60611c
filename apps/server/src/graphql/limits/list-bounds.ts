import { MAX_PAGE_SIZE } from '../pagination';
import { MAX_MAP_LAYERS, MAX_MAP_VALUES } from '../../modules/map-layer/map-layer.types';
import { MAX_AREA_FIGURES, MAX_LISTED_HIDDEN_CELLS } from '../../modules/statistics/statistics.types';
import { MAX_ARTICLES_PAGE, MAX_REVISIONS_PAGE } from '../../modules/knowledge/knowledge.types';
import { MAX_PRACTICE_PAGE } from '../../modules/practice/practice.types';
import { MAX_CARE_OFFERS, MAX_INTERVENTIONS, MAX_OFFER_DISTRICTS } from '../../modules/supply/supply.types';
import { MAX_BLOCKS, MAX_FACTSHEETS_PAGE, MAX_FIGURES } from '../../modules/factsheet/factsheet.types';
import {
  MAX_REPORT_CHAPTERS,
  MAX_REPORT_COLUMNS,
  MAX_REPORT_PARAGRAPHS,
  MAX_REPORT_PRACTICE_EXAMPLES,
  MAX_REPORT_ROWS,
  MAX_REPORT_TABLES,
  MAX_REPORT_YEARS,
} from '../../modules/national-report/national-report.types';
import { MAX_PUBLICATIONS_PAGE, MAX_SCORES_PAGE } from '../../modules/effect/effect.types';
import {
  FORUM_CATEGORY_COUNT_MAX,
  MAX_NOTIFICATIONS_PAGE,
  MAX_POSTS_PER_THREAD,
  MAX_REPORTS_PAGE,
  MAX_THREADS_PAGE,
} from '../../modules/forum/forum.types';
import { MAX_EXPORT_PROJECTS } from '../../modules/export/research-export.types';

/**
 * The declared maximum length of every list field in the schema, keyed by `Type.field`.
 *
 * The cost analysis multiplies the children of a list by this maximum (or by the requested page
 * size, when smaller), and the list-bounds middleware refuses at run time a list that turns out
 * longer (RESPONSE_TOO_LARGE), so the maximum is a guarantee rather than a guess. A test fails
 * when a list field in the schema has no entry here.
 *
 * - `max`: the longest list the field ever returns; a function when it depends on the arguments.
 * - `pricedBy: 'connection'`: the edges of a Relay connection, whose page size the connection's
 *   `first` argument has already priced (the edges are not multiplied a second time).
 */
export interface ListBound {
  max: number | ((args: Record<string, unknown>) => number);
  pricedBy?: 'connection';
}

/** Periods (years, half years) the statistics of one measure can span; imports add a few a year. */
const MAX_STATISTIC_PERIODS = 60;
/** Categories (CBS "kenmerken") a measure can have; the 2026 extracts have 38. */
const MAX_STATISTIC_CATEGORIES = 60;
/**
 * Questionnaire structure comes from code (questionnaire-2026.ts, copied to later years; an
 * administrator edits texts and dates only). 2026: 10 sections, at most 21 questions in one, 95 in
 * all, at most 8 options, 19 indicators. A test checks the 2026 questionnaire against these bounds.
 */
const MAX_QUESTIONS = 150;
/** Questionnaire years kept (one version a year). */
const MAX_QUESTIONNAIRE_YEARS = 100;

const listLength = (value: unknown, fallback: number): number => (Array.isArray(value) ? value.length : fallback);
/** The page size asked for with `first`, never more than the field's maximum. */
const pageOf = (args: Record<string, unknown>, max: number): number => (typeof args.first === 'number' ? Math.min(args.first, max) : max);

export const LIST_BOUNDS: Record<string, ListBound> = {
  // Geography: from the CBS reference data, with room for earlier years (more, smaller municipalities).
  'Municipality.regions': { max: 5 }, // one per division (RegionType has five values)
  'Region.municipalities': { max: 100 }, // Noord-Brabant has 56 in 2026, 70 in 2015
  // 129 regions in 2025 over five divisions; the largest division has 42 (youth care regions)
  'Query.regions': { max: (args) => (args.type ? 50 : 250) },
  'MunicipalityConnection.edges': { max: MAX_PAGE_SIZE, pricedBy: 'connection' },
  'MunicipalityKeyFigures.ageDistribution': { max: 10 }, // the CBS age bands (5)
  'Query.districts': { max: 200 }, // Amsterdam has 99 wijken
  'AbuseEstimate.inputs': { max: 20 },
  'AbuseEstimate.effects': { max: 10 }, // one per model factor (5)
  'EstimateModel.coefficients': { max: 10 }, // intercept and the model factors
  'DomesticViolenceEstimate.inputs': { max: 20 },
  'RiskProfile.values': { max: 40 }, // the risk factors of the reference data (about 20)
  'RiskProfileValue.comparisons': { max: 10 }, // Veilig Thuis region, province, size class, Netherlands
  'Query.districtRiskProfiles': { max: 200 }, // Amsterdam has 110 wijken in 2024
  'Query.districtRiskProfileYears': { max: 10 }, // 2017, 2021, 2022, 2024

  // Veilig Thuis statistics: one value per region, period and category asked for.
  'Query.statistics': {
    max: (args) =>
      listLength(args.regionCodes, 400) * listLength(args.periods, MAX_STATISTIC_PERIODS) * (args.category ? 1 : MAX_STATISTIC_CATEGORIES),
  },
  'Query.statisticMeasures': { max: 50 }, // 10 measures in the extracts
  'Query.mapLayers': { max: MAX_MAP_LAYERS },
  'MapLayerValues.values': { max: MAX_MAP_VALUES }, // one per current municipality
  'VeiligThuisFigures.figures': { max: MAX_AREA_FIGURES }, // the service keeps the newest periods within it
  'StatisticMeasure.tables': { max: 20 },
  'StatisticMeasure.categories': { max: MAX_STATISTIC_CATEGORIES },
  'StatisticMeasure.periods': { max: MAX_STATISTIC_PERIODS },
  'StatisticsDisclosure.tables': { max: 12 }, // the CBS Veilig Thuis tables the monitor knows
  'TableDisclosure.hiddenCells': { max: MAX_LISTED_HIDDEN_CELLS },

  // Questionnaires, responses and indicators.
  'Query.questionnaires': { max: MAX_QUESTIONNAIRE_YEARS },
  'Questionnaire.sections': { max: 20 },
  'QuestionnaireSection.questions': { max: 40 },
  'Question.options': { max: 15 },
  'Questionnaire.indicators': { max: 40 },
  'IndicatorDefinitionInfo.questionKeys': { max: MAX_QUESTIONS },
  'Query.indicators': { max: 40 },
  'IndicatorResult.tips': { max: 10 },
  'Query.indicatorHistory': { max: MAX_QUESTIONNAIRE_YEARS },
  'Response.answers': { max: MAX_QUESTIONS },
  'Response.history': { max: 500 }, // `first` is at most 500
  'ResponseProgress.sections': { max: 20 },
  'ResponseProgress.missingRequired': { max: MAX_QUESTIONS },

  // Benchmarks and sharing.
  'Query.benchmarks': { max: 100 }, // one per indicator or Veilig Thuis measure
  'Query.benchmarkGroups': { max: 200 },
  'Query.sharingAgreements': { max: 200 },
  'SharingAgreement.members': { max: 40 }, // one Veilig Thuis or safety region: at most 31 municipalities in 2025
  'Query.sharedIndicators': { max: 100 * 40 }, // members x indicators
  // measures of a year (19 indicators, 2 Veilig Thuis rates x 3 periods) x groups (67 predefined, at most 200 custom)
  'BenchmarkDisclosure.rows': { max: 25 * 267 },

  // Knowledge base: `first` articles (at most 100) and `first` revisions (at most 200); an article
  // lists at most 20 sources and 30 indicators (checked on input).
  'Query.knowledgeArticles': { max: (args) => pageOf(args, MAX_ARTICLES_PAGE) },
  'KnowledgeArticle.revisions': { max: (args) => pageOf(args, MAX_REVISIONS_PAGE) },
  'KnowledgeArticle.sources': { max: 20 },
  'KnowledgeArticle.indicatorKeys': { max: 30 },
  // Practice examples: `first` examples (at most 100)
  'Query.practiceExamples': { max: (args) => pageOf(args, MAX_PRACTICE_PAGE) },

  // Demand and supply: the catalogue, one municipality's offers, its districts (as Query.districts)
  'Query.interventions': { max: MAX_INTERVENTIONS },
  'SupplyAnalysis.offers': { max: MAX_CARE_OFFERS },
  'SupplyAnalysis.districts': { max: 200 },
  'SupplyAnalysis.gaps': { max: MAX_CARE_OFFERS + 10 }, // five target groups, one capacity gap, one per offer
  'CareOffer.districtCodes': { max: MAX_OFFER_DISTRICTS },
  'SupplyGapType.districtCodes': { max: MAX_OFFER_DISTRICTS },
  'DistrictSupply.targetGroups': { max: 10 }, // TargetGroup has five values
  'ExpectedUse.districts': { max: 200 },
  'Query.factsheets': { max: (args) => pageOf(args, MAX_FACTSHEETS_PAGE) },
  'Query.factsheetDrafts': { max: (args) => pageOf(args, MAX_FACTSHEETS_PAGE) },
  'Factsheet.blocks': { max: MAX_BLOCKS },
  'FactsheetBlock.figures': { max: MAX_FIGURES },
  'Query.nationalReportYears': { max: MAX_REPORT_YEARS },
  'NationalReport.chapters': { max: MAX_REPORT_CHAPTERS },
  'NationalReport.practiceExamples': { max: MAX_REPORT_PRACTICE_EXAMPLES },
  'NationalReportChapter.paragraphs': { max: MAX_REPORT_PARAGRAPHS },
  'NationalReportChapter.tables': { max: MAX_REPORT_TABLES },
  'NationalReportTable.columns': { max: MAX_REPORT_COLUMNS },
  'NationalReportTable.rows': { max: MAX_REPORT_ROWS },
  'NationalReportRow.cells': { max: MAX_REPORT_COLUMNS },

  // Effect monitoring: `first` publications and scores; three rater pairs per agreement figure.
  'Query.effectPublications': { max: (args) => pageOf(args, MAX_PUBLICATIONS_PAGE) },
  'Query.effectScores': { max: (args) => pageOf(args, MAX_SCORES_PAGE) },
  'EffectAgreementFigure.pairs': { max: 3 },

  // Forum: pages asked for with `first`; the posts of one thread are capped by the repository.
  'Query.forumCategories': { max: FORUM_CATEGORY_COUNT_MAX }, // one per theme (6)
  'Query.forumThreads': { max: (args) => pageOf(args, MAX_THREADS_PAGE) },
  'ForumThread.posts': { max: MAX_POSTS_PER_THREAD },
  'Query.forumNotifications': { max: (args) => pageOf(args, MAX_NOTIFICATIONS_PAGE) },
  'Query.forumNewAnswers': { max: (args) => pageOf(args, MAX_NOTIFICATIONS_PAGE) },
  'Query.forumReports': { max: (args) => pageOf(args, MAX_REPORTS_PAGE) },

  // Research exports: `first` projects (at most 100); a preview lists each chosen dataset once (5 kinds).
  'Query.exportProjects': { max: (args) => pageOf(args, MAX_EXPORT_PROJECTS) },
  'ResearchExportPreview.datasets': { max: 5 },

  // Accounts and administration.
  'Query.users': { max: 1000 }, // the service returns at most 1000
  'Query.registrations': { max: 1000 },
  'Query.sessions': { max: 200 },
  'Query.apiTokens': { max: 200 },
  'ApiToken.scopes': { max: 3 }, // TokenScope has three values
  'Query.demoAccounts': { max: 10 },
  'Query.mailOutbox': { max: 500 }, // `first` is at most 500
  'AuditEventConnection.edges': { max: 200, pricedBy: 'connection' }, // `first` is at most 200
};

/** The declared bound of a list field, or undefined when it has none (a test keeps that from happening). */
export function listBound(typeName: string, fieldName: string): ListBound | undefined {
  return LIST_BOUNDS[`${typeName}.${fieldName}`];
}

/** The maximum length of one list field for these arguments. */
export function maxListLength(bound: ListBound, args: Record<string, unknown>): number {
  return typeof bound.max === 'function' ? bound.max(args) : bound.max;
}
