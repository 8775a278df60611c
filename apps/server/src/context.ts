import { ANONYMOUS, type Caller } from '@monitor/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ThrottleService } from './auth/throttle.service';
import type { Config } from './config/env';
import { SharedReadCache } from './db/shared-read-cache';
import { PostgresRateLimitStore } from './graphql/limits/rate-limit.repository';
import { ApiTokenService } from './modules/api-token/api-token.service';
import { AuditService } from './modules/audit/audit.service';
import { AuthService } from './modules/auth/auth.service';
import { DemoService } from './modules/demo/demo.service';
import { SupplyService } from './modules/supply/supply.service';
import { createGeographyYearLoader } from './modules/geography/geography.loaders';
import { MailService } from './modules/mail/mail.service';
import { createBoundaryLoader, createLatestStatisticsLoader, createStatisticsLoader } from './modules/municipality/municipality.loaders';
import { toMunicipality } from './modules/municipality/municipality.mapper';
import { municipalitiesById } from './modules/municipality/municipality.repository';
import { sharingPartnerCodes } from './modules/sharing/sharing.repository';
import type { Municipality } from './modules/municipality/municipality.entity';
import { MunicipalityService } from './modules/municipality/municipality.service';
import { createMunicipalitiesByRegionLoader, createRegionsByMunicipalityLoader } from './modules/region/region.loaders';
import { RegionService } from './modules/region/region.service';
import { RegistrationService } from './modules/registration/registration.service';
import { ExportService } from './modules/export/export.service';
import { ResearchExportService } from './modules/export/research-export.service';
import { IndicatorService } from './modules/indicator/indicator.service';
import { QuestionnaireService } from './modules/questionnaire/questionnaire.service';
import { createAnswersLoader, createResponseHistoryLoader } from './modules/response/response.loaders';
import { ResponseService } from './modules/response/response.service';
import { DistrictService } from './modules/district/district.service';
import { EstimateService } from './modules/estimate/estimate.service';
import { RiskProfileService } from './modules/risk-profile/risk-profile.service';
import { MapLayerService } from './modules/map-layer/map-layer.service';
import { StatisticsService } from './modules/statistics/statistics.service';
import { CbsImportService } from './modules/statistics/cbs-import.service';
import { StatisticsProtectionService } from './modules/statistics/statistics-protection.service';
import { BenchmarkService } from './modules/benchmark/benchmark.service';
import { SharingService } from './modules/sharing/sharing.service';
import { KnowledgeService } from './modules/knowledge/knowledge.service';
import { PracticeService } from './modules/practice/practice.service';
import { FactsheetService } from './modules/factsheet/factsheet.service';
import type { FigureSources } from './modules/factsheet/factsheet.figures';
import { PagePrinter } from './http/page-printer';
import { NationalReportService, type NationalReportDependencies } from './modules/national-report/national-report.service';
import { ForumService } from './modules/forum/forum.service';
import { createKnowledgeRevisionsLoader } from './modules/knowledge/knowledge.loaders';
import { EffectService } from './modules/effect/effect.service';
import { SessionService } from './modules/session/session.service';
import { UserService } from './modules/user/user.service';

/**
 * Application services: created once, stateless per request (the caller comes with the context).
 * `shared` keeps read-only data that is the same for every caller until it changes (see
 * db/shared-read-cache.ts); without it every request reads the database.
 */
export function createServices(dataSource: DataSource, config: Config, shared: SharedReadCache = SharedReadCache.disabled()) {
  const audit = new AuditService(dataSource);
  const mail = new MailService(dataSource, config.mail);
  const sessions = new SessionService(dataSource, config.session);
  const apiTokens = new ApiTokenService(dataSource, audit);
  const users = new UserService(dataSource, audit, sessions, apiTokens);
  const registrations = new RegistrationService(dataSource, audit, mail, users, config.publicUrl);
  // counters in PostgreSQL, shared by every server process on the database
  const counters = new PostgresRateLimitStore(dataSource);
  const auth = new AuthService(
    dataSource,
    sessions,
    new ThrottleService(dataSource),
    registrations,
    audit,
    mail,
    apiTokens,
    counters,
    config.publicUrl,
  );
  const questionnaires = new QuestionnaireService(dataSource, audit, shared);
  const benchmarks = new BenchmarkService(dataSource, config.benchmarkMinimumGroupSize, shared);
  // aggregates are recomputed whenever the data behind them changes, never on the fly
  const responses = new ResponseService(dataSource, questionnaires, audit, (year, code) => benchmarks.recomputeAround(year, code), shared);
  const indicators = new IndicatorService(dataSource, questionnaires, shared);
  const estimates = new EstimateService(dataSource);
  const riskProfiles = new RiskProfileService(dataSource, estimates);
  const statisticsProtection = new StatisticsProtectionService(dataSource, config.disclosureProtectionLevel);
  const districts = new DistrictService(dataSource, estimates);
  const statistics = new StatisticsService(dataSource, () => statisticsProtection.ready());
  const regions = new RegionService(dataSource);
  const mapLayers = new MapLayerService(dataSource, estimates, riskProfiles);
  const municipalities = new MunicipalityService(dataSource, shared);
  const practice = new PracticeService(dataSource, audit);
  return {
    statistics,
    statisticsProtection,
    cbsImport: new CbsImportService(
      dataSource,
      audit,
      () => benchmarks.recompute(),
      (manager) => statisticsProtection.protectAll(manager),
    ),
    benchmarks,
    sharing: new SharingService(dataSource, audit),
    knowledge: new KnowledgeService(dataSource),
    practice,
    ...createPublications(dataSource, config, shared, {
      benchmarks,
      statistics,
      regions,
      estimates,
      mapLayers,
      municipalities,
      questionnaires,
      practice,
    }),
    effects: new EffectService(dataSource, audit),
    forum: new ForumService(dataSource, { audit, mail, counters, publicUrl: config.publicUrl, postsPerHour: config.forum.postsPerHour }),
    estimates,
    districts,
    supply: new SupplyService(dataSource, districts, audit, shared),
    riskProfiles,
    mapLayers,
    questionnaires,
    responses,
    indicators,
    exports: new ExportService(responses, indicators, audit),
    researchExports: new ResearchExportService(dataSource, audit, questionnaires, statistics, estimates, riskProfiles, config.researchExport),
    municipalities,
    regions,
    audit,
    mail,
    sessions,
    apiTokens,
    users,
    registrations,
    auth,
    demo: new DemoService(dataSource),
    sharedReads: shared,
  };
}

/** Factsheets and the national report: their figures are read as an anonymous visitor, never more than the public pages show. */
function createPublications(dataSource: DataSource, config: Config, shared: SharedReadCache, sources: FigureSources & NationalReportDependencies) {
  const printer = new PagePrinter(config.chromiumPath);
  const anonymous = (ctx: Context) => asAnonymous(dataSource, ctx);
  return {
    factsheets: new FactsheetService(dataSource, sources, anonymous, printer),
    nationalReports: new NationalReportService(sources, anonymous, printer, config.benchmarkMinimumGroupSize, shared),
  };
}

export type Services = ReturnType<typeof createServices>;

/** Fresh per request: loaders cache per request and must never be shared between requests. */
export function createLoaders(dataSource: DataSource, caller: Caller, shared: SharedReadCache = SharedReadCache.disabled()) {
  let partners: Promise<string[]> | undefined;
  return {
    /** municipalities whose data the caller's municipality may read under active sharing agreements */
    sharingPartners: () =>
      (partners ??=
        caller.kind === 'anonymous' || !caller.municipalityCode
          ? Promise.resolve([])
          : sharingPartnerCodes(dataSource.manager, caller.municipalityCode)),
    geographyYear: createGeographyYearLoader(dataSource, shared),
    regionsByMunicipality: createRegionsByMunicipalityLoader(dataSource),
    municipalitiesByRegion: createMunicipalitiesByRegionLoader(dataSource),
    statistics: createStatisticsLoader(dataSource),
    latestStatistics: createLatestStatisticsLoader(dataSource),
    boundary: createBoundaryLoader(dataSource),
    responseHistory: createResponseHistoryLoader(dataSource),
    answers: createAnswersLoader(dataSource),
    knowledgeRevisions: createKnowledgeRevisionsLoader(dataSource),
    municipalityById: new DataLoader<number, Municipality | null>(async (ids) => {
      const rows = await municipalitiesById(dataSource.manager, ids);
      const byId = new Map(rows.map((row) => [row.id, toMunicipality(row, row.valid_to ?? row.valid_from)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Lets resolvers set or clear the session cookie without knowing about HTTP. */
export interface CookieJar {
  setSession(token: string, maxAgeSeconds: number): void;
  clearSession(): void;
}

export interface RequestInfo {
  /** who makes this request (anonymous, session or API token); resolved once per request */
  caller: Caller;
  /** the session this request authenticated with, if any (a hash of the cookie value) */
  sessionId: string | null;
  clientAddress: string;
  userAgent: string;
  cookies: CookieJar;
}

export interface Context extends RequestInfo {
  demo: boolean;
  loaders: Loaders;
  services: Services;
}

/** The same request as an anonymous visitor (own loaders: they cache per caller). */
function asAnonymous(dataSource: DataSource, ctx: Context): Context {
  return { ...ctx, caller: ANONYMOUS, sessionId: null, loaders: createLoaders(dataSource, ANONYMOUS) };
}

export function createContext(dataSource: DataSource, services: Services, request: RequestInfo, demo: boolean): Context {
  return { ...request, demo, loaders: createLoaders(dataSource, request.caller, services.sharedReads), services };
}
