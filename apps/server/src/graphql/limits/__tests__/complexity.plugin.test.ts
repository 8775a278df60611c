import { ApolloServer } from '@apollo/server';
import { getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { buildAppSchema } from '../../../schema';
import { complexityEstimators, complexityPlugin } from '../complexity.plugin';
import { DEFAULT_LIMITS, stubExecution } from './helpers';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const estimators = complexityEstimators({ defaultPageSize: 50 });
const cost = (source: string, variables: Record<string, unknown> = {}) => getComplexity({ schema, query: parse(source), estimators, variables });

const CALIBRATION = `{ municipalities(first: 500) { edges { node {
  code name province { name } regions { code name type } population keyFigures { households shareHouseholdsWithChildren }
} } } }`;

const NESTED = `{ municipalities(first: 500) { edges { node {
  regions { municipalities { regions { municipalities { code } } } }
} } } }`;

async function run(source: string, maxComplexity: number, variables?: Record<string, unknown>) {
  const server = new ApolloServer({ schema, plugins: [complexityPlugin(schema, maxComplexity), stubExecution()] });
  await server.start();
  try {
    const response = await server.executeOperation({ query: source, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, result: response.body.singleResult };
  } finally {
    await server.stop();
  }
}

describe('complexity estimators', () => {
  it('costs each field 1 plus its children', () => {
    expect(cost('{ municipality(code: "GM0363") { code name province { name } } }')).toBe(1 + 1 + 1 + (1 + 1));
  });

  it('multiplies the children of a field with `first` by the page size, 50 when omitted', () => {
    expect(cost('{ municipalities(first: 10) { edges { node { code } } } }')).toBe(1 + 10 * 3);
    expect(cost('{ municipalities { edges { node { code } } } }')).toBe(1 + 50 * 3);
    expect(cost('query ($n: Int) { municipalities(first: $n) { edges { node { code } } } }', { n: 7 })).toBe(1 + 7 * 3);
    // An empty page still resolves totalCount.
    expect(cost('{ municipalities(first: 0) { totalCount } }')).toBe(1 + 1);
  });

  it('multiplies the children of a list without `first` by its declared maximum length', () => {
    expect(cost('{ regions { code name } }')).toBe(1 + 250 * 2);
    expect(cost('{ regions(type: PROVINCE) { code name } }')).toBe(1 + 50 * 2);
    expect(cost('{ region(code: "PV27") { municipalities { code } } }')).toBe(1 + 1 + 100 * 1);
  });

  it('multiplies a list with `first` by the smaller of the page asked for and its maximum', () => {
    expect(cost('{ mailOutbox(first: 10) { id } }')).toBe(1 + 10);
    expect(cost('{ mailOutbox { id } }')).toBe(1 + 100); // the schema's default page
  });

  it('multiplies an argument-dependent list by the length its arguments allow', () => {
    expect(cost('{ statistics(measure: "m", regionCodes: ["GM0363", "GM0344"], periods: ["2023"], category: "Totaal") { value } }')).toBe(
      1 + 2 * 1 * 1 * 1,
    );
    expect(cost('{ statistics(measure: "m", regionCodes: ["GM0363"]) { value } }')).toBe(1 + 60 * 60);
  });

  it("refuses the issue's query: nested province lists within the depth limit", () => {
    const issue =
      '{ municipality(code:"GM0363") { province { municipalities { province { municipalities { province { municipalities { province { municipalities { code } } } } } } } } } }';
    expect(cost(issue)).toBeGreaterThan(100 ** 4);
  });

  it('keeps the calibration query (all municipalities with their regions and figures) well under the default', () => {
    // node: code 1, name 1, province 2, regions 1 + 5 × 3, population 1, keyFigures 3 → 24, plus node and edges
    expect(cost(CALIBRATION)).toBe(1 + 500 * (24 + 2));
    expect(cost(CALIBRATION)).toBeLessThan(DEFAULT_LIMITS.maxComplexity);
  });

  it('prices nested lists of lists above the default', () => {
    expect(cost(NESTED)).toBeGreaterThan(DEFAULT_LIMITS.maxComplexity);
  });

  it('counts introspection field by field', () => {
    expect(cost(getIntrospectionQuery())).toBeLessThan(500);
  });
});

describe('complexityPlugin', () => {
  it('lets the calibration query through at the default maximum', async () => {
    const { result } = await run(CALIBRATION, DEFAULT_LIMITS.maxComplexity);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ ok: true });
  });

  it('accepts a query costing exactly the maximum and rejects it one below', async () => {
    const exact = cost(CALIBRATION);
    expect((await run(CALIBRATION, exact)).result.errors).toBeUndefined();

    const { status, result } = await run(CALIBRATION, exact - 1);
    expect(status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].message).toBe(`De query is te complex: geschatte kosten ${exact}, het maximum is ${exact - 1}.`);
    expect(result.errors![0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'maxComplexity', max: exact - 1 });
  });

  it('rejects the nested lists query at the default maximum', async () => {
    const { result } = await run(NESTED, DEFAULT_LIMITS.maxComplexity);
    expect(result.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', max: 100_000 });
  });

  it('uses the variables of the request', async () => {
    const source = 'query ($n: Int) { municipalities(first: $n) { edges { node { code } } } }';
    expect((await run(source, 31, { n: 10 })).result.errors).toBeUndefined();
    expect((await run(source, 31, { n: 11 })).result.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('only prices the operation that runs', async () => {
    const server = new ApolloServer({ schema, plugins: [complexityPlugin(schema, 100), stubExecution()] });
    await server.start();
    const response = await server.executeOperation({
      query: 'query Small { regions(type: PROVINCE) { code } } query Big { municipalities(first: 500) { edges { node { code } } } }',
      operationName: 'Small',
    });
    await server.stop();
    expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeUndefined();
  });

  it('stops walking a query with an exploding number of fragment expansions', async () => {
    // Each fragment spreads the next one twice: 2^20 expansions of __typename, which costs 1 per field.
    const fragments = Array.from({ length: 20 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    const source = `{ ...F0 } ${fragments.join(' ')} fragment F20 on Query { __typename }`;
    const { status, result } = await run(source, 10_000_000);
    expect(status).toBe(400);
    expect(result.errors![0].message).toBe('De query is te complex: meer dan 10000 onderdelen (velden en fragmenten), het maximum is 10000.');
    expect(result.errors![0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'maxQueryNodes', max: 10_000 });
  });
});
