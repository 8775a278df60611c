import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  validate,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type NamedTypeNode,
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { buildAppSchema } from '../../../schema';
import { complexityEstimators } from '../complexity.plugin';
import { createGraphQLLimits } from '../index';
import { DEFAULT_LIMITS, listen, nestedQuery, stubExecution, type Running } from './helpers';

interface TestContext {
  researcher: boolean;
}

const LIMITS = { ...DEFAULT_LIMITS, maxDepth: 5, maxAliases: 2, maxComplexity: 1000, maxBatch: 2, requestsPerMinutePerClient: 1000 };
const BODY_LIMIT = 100 * 1024;

let schema: GraphQLSchema;
let apollo: ApolloServer<TestContext>;
let running: Running;

beforeAll(async () => {
  schema = await buildAppSchema();
  const limits = createGraphQLLimits<TestContext>(LIMITS, {
    schema,
    bodyLimitBytes: BODY_LIMIT,
    clientAddress: (req) => req.ip ?? '',
    isIntrospectionAllowed: (ctx) => ctx.researcher,
    defaultPageSize: 50,
  });
  apollo = new ApolloServer<TestContext>({
    schema,
    allowBatchedHttpRequests: true,
    validationRules: limits.validationRules,
    plugins: [...limits.plugins, stubExecution()],
  });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    ...limits.beforeGraphQL,
    expressMiddleware(apollo, { context: async ({ req }) => ({ researcher: req.headers['x-role'] === 'researcher' }) }),
  );
  app.use(limits.errorHandler);
  running = await listen(app);
});
afterAll(async () => {
  await running.close();
  await apollo.stop();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${running.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

describe('createGraphQLLimits wired into Apollo and Express', () => {
  it('lets an ordinary query through', async () => {
    // five levels deep, and cheap: one province of at most 100 municipalities
    const query = '{ municipality(code: "GM0363") { province { municipalities { province { code } } } } }';
    expect(await post({ query })).toEqual({ status: 200, body: { data: { ok: true } } });
  });

  it("answers a too deep query with QUERY_TOO_DEEP (not Apollo's GRAPHQL_VALIDATION_FAILED)", async () => {
    const { status, body } = await post({ query: nestedQuery(6) });
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].message).toBe('De query is te diep genest: 6 niveaus, het maximum is 5.');
    expect(body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_DEEP', limit: 'maxDepth', max: 5 });
  });

  it('answers too many aliases with TOO_MANY_ALIASES', async () => {
    const { status, body } = await post({ query: '{ a: regions { code } b: regions { code } c: regions { code } }' });
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toEqual({ code: 'TOO_MANY_ALIASES', limit: 'maxAliases', max: 2 });
  });

  it('answers a too complex query with QUERY_TOO_COMPLEX', async () => {
    const { status, body } = await post({ query: '{ municipalities(first: 500) { edges { node { code } } } }' });
    expect(status).toBe(400);
    expect(body.errors[0].message).toBe('De query is te complex: geschatte kosten 1501, het maximum is 1000.');
    expect(body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'maxComplexity', max: 1000 });
  });

  it('keeps introspection for the callers it allows', async () => {
    const query = '{ __schema { queryType { name } } }';
    const refused = await post({ query });
    expect(refused.status).toBe(403);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'INTROSPECTION_DISABLED' });
    expect(await post({ query }, { 'x-role': 'researcher' })).toEqual({ status: 200, body: { data: { ok: true } } });
  });

  it('runs a batch of maxBatch operations and refuses one more', async () => {
    const ok = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(ok).toEqual({ status: 200, body: [{ data: { ok: true } }, { data: { ok: true } }] });
    const refused = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'BATCH_LIMIT_EXCEEDED', limit: 'maxBatch', max: 2 });
  });

  it('answers a too large body with REQUEST_TOO_LARGE', async () => {
    const { status, body } = await post({ query: `{ __typename } #${'x'.repeat(BODY_LIMIT)}` });
    expect(status).toBe(413);
    expect(body.errors[0]).toEqual({
      message: 'Het verzoek is groter dan 100 kB.',
      extensions: { code: 'REQUEST_TOO_LARGE', limit: 'bodyLimitBytes', max: BODY_LIMIT },
    });
  });
});

describe('the default limits', () => {
  const webSources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : webSources(full);
      return entry.name.endsWith('.graphql') ? [fs.readFileSync(full, 'utf8')] : [];
    });

  it('let every operation of the web app through', () => {
    // as Apollo Client sends them: with __typename in every selection set below the root
    const document = withTypenames(parse(webSources(path.resolve(__dirname, '../../../../../web/src')).join('\n')));
    const limits = createGraphQLLimits(DEFAULT_LIMITS, {
      schema,
      bodyLimitBytes: BODY_LIMIT,
      clientAddress: () => '',
      isIntrospectionAllowed: () => true,
      defaultPageSize: 50,
    });
    expect(validate(schema, document, limits.validationRules)).toEqual([]);
    const operations = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name!.value] : []));
    expect(operations.length).toBeGreaterThan(0);
    const estimators = complexityEstimators({ defaultPageSize: 50 });
    const overLimit: { operationName: string; complexity: number }[] = [];
    for (const operationName of operations) {
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === operationName,
      )!;
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          placeholder(typeFromAST(schema, v.type as NamedTypeNode) as GraphQLInputType),
        ]),
      );
      const complexity = getComplexity({ schema, query: document, operationName, estimators, variables });
      if (complexity > DEFAULT_LIMITS.maxComplexity) overLimit.push({ operationName, complexity });
    }
    expect(overLimit).toEqual([]);
  });
});

/** A valid value for a variable's type, so that every operation can be priced as the web app sends it. */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [placeholder(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, placeholder(f.type)]),
    );
  }
  return { Int: 1, Float: 1, Boolean: true }[type.name] ?? 'GM0363';
}

function withTypenames(document: DocumentNode): DocumentNode {
  const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return { ...node, selections: [...node.selections, typename] };
    },
  });
}
