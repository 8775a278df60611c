import type { CodegenConfig } from '@graphql-codegen/cli';

// Options as in Apollo Client's codegen guide (typed-document-node, no client preset). The guide also
// lists the `typescript` plugin, but typescript-operations 6 is standalone: it emits the enums and
// input types the operations use, and adding `typescript` declares those enums twice (TS2567).
const config: CodegenConfig = {
  overwrite: true,
  schema: '../../schema.graphql',
  documents: ['src/**/*.graphql'],
  generates: {
    'src/gql/__generated__/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        avoidOptionals: { field: true },
        defaultScalarType: 'unknown',
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        scalars: { GeoJSON: 'unknown', DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
