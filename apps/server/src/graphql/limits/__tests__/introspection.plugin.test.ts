import { ApolloServer } from '@apollo/server';
import { getIntrospectionQuery, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { buildAppSchema } from '../../../schema';
import { INTROSPECTION_DISABLED_MESSAGE, introspectionPlugin, selectsIntrospection } from '../introspection.plugin';

interface TestContext {
  role: 'anonymous' | 'researcher';
}

let schema: GraphQLSchema;
let server: ApolloServer<TestContext>;
beforeAll(async () => {
  schema = await buildAppSchema();
  server = new ApolloServer<TestContext>({
    schema,
    plugins: [introspectionPlugin<TestContext>((ctx) => ctx.role === 'researcher')],
  });
  await server.start();
});
afterAll(async () => {
  await server.stop();
});

async function run(query: string, role: TestContext['role']) {
  const response = await server.executeOperation({ query }, { contextValue: { role } });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, result: response.body.singleResult };
}

function selects(source: string): boolean {
  const document = parse(source);
  return selectsIntrospection((document.definitions[0] as OperationDefinitionNode).selectionSet, document);
}

describe('selectsIntrospection', () => {
  it('finds __schema and __type anywhere, also behind fragments', () => {
    expect(selects('{ __schema { queryType { name } } }')).toBe(true);
    expect(selects('{ __type(name: "Region") { name } }')).toBe(true);
    expect(selects('{ ... on Query { __type(name: "Region") { name } } }')).toBe(true);
    expect(selects('{ ...A } fragment A on Query { ...B } fragment B on Query { __schema { types { name } } }')).toBe(true);
    expect(selects(getIntrospectionQuery())).toBe(true);
  });

  it('ignores __typename and ordinary fields, and fragments the operation does not use', () => {
    expect(selects('{ __typename regions { __typename code } }')).toBe(false);
    expect(selects('{ regions { code } } fragment Unused on Query { __schema { types { name } } }')).toBe(false);
    expect(selects('{ ...A } fragment A on Query { ...A }')).toBe(false);
  });
});

describe('introspectionPlugin', () => {
  it('refuses __schema to a caller who is not allowed', async () => {
    const { status, result } = await run(getIntrospectionQuery(), 'anonymous');
    expect(status).toBe(403);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([{ message: INTROSPECTION_DISABLED_MESSAGE, extensions: { code: 'INTROSPECTION_DISABLED' } }]);
    expect(INTROSPECTION_DISABLED_MESSAGE).toBe('Introspectie is alleen beschikbaar voor ingelogde NJi-onderzoekers en -beheerders.');
  });

  it('refuses __type hidden in a fragment', async () => {
    const { result } = await run('{ ...T } fragment T on Query { __type(name: "Region") { name } }', 'anonymous');
    expect(result.errors![0].extensions!.code).toBe('INTROSPECTION_DISABLED');
  });

  it('answers introspection for a caller who is allowed', async () => {
    const { result } = await run('{ __type(name: "Region") { name } }', 'researcher');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ __type: { name: 'Region' } });
  });

  it('always allows __typename', async () => {
    const { result } = await run('{ __typename }', 'anonymous');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ __typename: 'Query' });
  });
});
