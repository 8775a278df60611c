import 'reflect-metadata';
import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { MunicipalityResolver } from './modules/municipality/municipality.resolver';
import { RegionResolver } from './modules/region/region.resolver';

export const resolvers = [MunicipalityResolver, RegionResolver] as const;

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
  });
  // TypeGraphQL offers no option to describe the root type itself.
  schema.getQueryType()!.description =
    'Monitor Aanpak Kindermishandeling en Huiselijk Geweld: public reference data on Dutch municipalities and regions.';
  return schema;
}

/** The committed contract at the repository root. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', '..', 'schema.graphql');

const HEADER =
  '# Emitted from the TypeGraphQL schema by `pnpm schema`; do not edit. A test fails when it is stale.\n\n';

/** The committed root schema.graphql: sorted, so that diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
