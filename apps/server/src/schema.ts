import 'reflect-metadata';
import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { accessMiddleware } from './auth/access';
import { inputBoundaryMiddleware } from './graphql/input-boundary';
import { budgetMiddleware, listBoundsMiddleware } from './graphql/limits/runtime-limits';
import { ApiTokenResolver } from './modules/api-token/api-token.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { MunicipalityResolver } from './modules/municipality/municipality.resolver';
import { RegionResolver } from './modules/region/region.resolver';
import { RegistrationResolver } from './modules/registration/registration.resolver';
import { UserResolver } from './modules/user/user.resolver';
import { IndicatorResolver } from './modules/indicator/indicator.resolver';
import { QuestionnaireResolver } from './modules/questionnaire/questionnaire.resolver';
import { ResponseResolver } from './modules/response/response.resolver';
import { DistrictResolver } from './modules/district/district.resolver';
import { EstimateResolver } from './modules/estimate/estimate.resolver';
import { RiskProfileResolver } from './modules/risk-profile/risk-profile.resolver';
import { MapLayerResolver } from './modules/map-layer/map-layer.resolver';
import { StatisticsResolver } from './modules/statistics/statistics.resolver';
import { BenchmarkResolver } from './modules/benchmark/benchmark.resolver';
import { SharingResolver } from './modules/sharing/sharing.resolver';
import { KnowledgeResolver } from './modules/knowledge/knowledge.resolver';
import { PracticeResolver } from './modules/practice/practice.resolver';
import { SupplyResolver } from './modules/supply/supply.resolver';
import { FactsheetResolver } from './modules/factsheet/factsheet.resolver';
import { NationalReportResolver } from './modules/national-report/national-report.resolver';
import { EffectResolver } from './modules/effect/effect.resolver';
import { ForumPostResolver, ForumResolver } from './modules/forum/forum.resolver';
import { ResearchExportResolver } from './modules/export/research-export.resolver';

export const resolvers = [
  MunicipalityResolver,
  RegionResolver,
  AuthResolver,
  RegistrationResolver,
  UserResolver,
  ApiTokenResolver,
  AuditResolver,
  QuestionnaireResolver,
  ResponseResolver,
  IndicatorResolver,
  StatisticsResolver,
  DistrictResolver,
  EstimateResolver,
  RiskProfileResolver,
  MapLayerResolver,
  BenchmarkResolver,
  SharingResolver,
  KnowledgeResolver,
  PracticeResolver,
  SupplyResolver,
  FactsheetResolver,
  NationalReportResolver,
  EffectResolver,
  ForumResolver,
  ForumPostResolver,
  ResearchExportResolver,
] as const;

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
    // time budget first, then the input boundary (invalid text never reaches access checks or SQL),
    // then the access matrix, which guards every operation and every protected field; the list
    // bounds check every list a resolver returns
    globalMiddlewares: [budgetMiddleware, inputBoundaryMiddleware, accessMiddleware, listBoundsMiddleware],
  });
  // TypeGraphQL offers no option to describe the root types themselves.
  schema.getQueryType()!.description =
    'Monitor Aanpak Kindermishandeling en Huiselijk Geweld: reference data, Veilig Thuis figures, estimates, questionnaires, indicators, benchmarks, sharing agreements, the knowledge base, the forum, accounts and administration.';
  schema.getMutationType()!.description =
    'Changes: questionnaire answers, knowledge-base articles, forum posts, accounts, sessions, API tokens and administration.';
  return schema;
}

/** The committed contract at the repository root. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', '..', 'schema.graphql');

const HEADER = '# Emitted from the TypeGraphQL schema by `pnpm schema`; do not edit. A test fails when it is stale.\n\n';

/** The committed root schema.graphql: sorted, so that diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
