import {
  astFromValue,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  print,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { INDICATORS_2026, QUESTIONNAIRE_2026 } from '@monitor/domain';
import { getComplexity } from 'graphql-query-complexity';
import { loadConfig } from '../../../config/env';
import { buildAppSchema } from '../../../schema';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { serveApp, type ServedApp } from '../../../../test/http';
import { placeholder } from '../../../../test/schema-walk';
import { complexityEstimators } from '../complexity.plugin';
import { LIST_BOUNDS, listBound, maxListLength } from '../list-bounds';

/**
 * Generated from the schema: for every list field, the most expensive query within the depth limit
 * that contains it (reached by the shortest path from the root, then nested along the costliest
 * chain as deep as allowed). Each is priced at least at the product of the declared maxima on its
 * chain, and each one above the limit is refused before anything executes.
 */
const LIMITS = loadConfig({}).limits;
let schema: GraphQLSchema;
let db: TestDatabase;
let app: ServedApp;

beforeAll(async () => {
  schema = await buildAppSchema();
  db = await createTestDatabase();
  app = await serveApp(db.dataSource, { limits: { ...LIMITS, requestsPerMinutePerClient: 100_000 } });
});
afterAll(async () => {
  await app.stop();
  await db.drop();
});

type AnyField = GraphQLField<unknown, unknown>;

/** `name(required: …, first: <max>)`, with literal placeholder arguments. */
function fieldCall(type: GraphQLObjectType, field: AnyField): string {
  const args = field.args.flatMap((arg) => {
    let value: unknown;
    if (arg.name === 'first') value = maxListLength(listBound(getNamedType(field.type).name, 'edges') ?? listBound(type.name, field.name)!, {});
    else if (isNonNullType(arg.type)) value = placeholder(arg.type);
    else return [];
    return [`${arg.name}: ${print(astFromValue(value, arg.type)!)}`];
  });
  return args.length > 0 ? `${field.name}(${args.join(', ')})` : field.name;
}

function multiplier(type: GraphQLObjectType, field: AnyField): number {
  if (!isListType(getNullableType(field.type))) return 1;
  const bound = listBound(type.name, field.name)!;
  if (bound.pricedBy === 'connection') return 1;
  const args = Object.fromEntries(field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, placeholder(a.type)]));
  return maxListLength(bound, args);
}

interface Chain {
  selection: string;
  /** product of the declared maxima of the lists on the chain */
  product: number;
}

const fieldsOf = (type: GraphQLObjectType) => Object.values(type.getFields()).filter((f) => !f.name.startsWith('__'));

/** The costliest single chain of fields below `type` with at most `depth` levels. */
function worstChain(type: GraphQLObjectType, depth: number, memo = new Map<string, Chain>()): Chain {
  const key = `${type.name}:${depth}`;
  const known = memo.get(key);
  if (known) return known;
  let best: Chain = { selection: '__typename', product: 1 };
  for (const field of fieldsOf(type)) {
    const named = getNamedType(field.type);
    const factor = multiplier(type, field);
    if (isLeafType(named)) {
      if (factor > best.product && depth >= 1) best = { selection: fieldCall(type, field), product: factor };
      continue;
    }
    if (!isObjectType(named) || depth < 2) continue;
    const below = worstChain(named, depth - 1, memo);
    if (factor * below.product > best.product)
      best = { selection: `${fieldCall(type, field)} { ${below.selection} }`, product: factor * below.product };
  }
  memo.set(key, best);
  return best;
}

/** The shortest chain of fields from Query (or Mutation) to `target`, as an opening and closing text. */
function pathTo(target: GraphQLObjectType): { keyword: string; open: string; close: string; depth: number } | null {
  for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
    const keyword = root === schema.getQueryType() ? 'query' : 'mutation';
    if (root === target) return { keyword, open: '', close: '', depth: 0 };
    const queue: { type: GraphQLObjectType; open: string; close: string; depth: number }[] = [{ type: root, open: '', close: '', depth: 0 }];
    const seen = new Set([root.name]);
    while (queue.length > 0) {
      const current = queue.shift()!;
      for (const field of fieldsOf(current.type)) {
        const named = getNamedType(field.type);
        if (!isObjectType(named) || seen.has(named.name)) continue;
        seen.add(named.name);
        const next = {
          type: named,
          open: `${current.open}${fieldCall(current.type, field)} { `,
          close: ` }${current.close}`,
          depth: current.depth + 1,
        };
        if (named === target) return { keyword, ...next };
        queue.push(next);
      }
    }
  }
  return null;
}

interface WorstQuery {
  list: string;
  query: string;
  cost: number;
  product: number;
}

function worstQueries(): WorstQuery[] {
  const estimators = complexityEstimators({ defaultPageSize: 50 });
  return Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) =>
      fieldsOf(type)
        .filter((field) => isListType(getNullableType(field.type)))
        .map((field) => {
          const path = pathTo(type)!;
          const named = getNamedType(field.type);
          const below = isObjectType(named) ? worstChain(named, LIMITS.maxDepth - path.depth - 1) : null;
          const query = `${path.keyword} { ${path.open}${fieldCall(type, field)}${below ? ` { ${below.selection} }` : ''}${path.close} }`;
          const cost = getComplexity({ schema, query: parse(query), estimators, variables: {} });
          return { list: `${type.name}.${field.name}`, query, cost, product: multiplier(type, field) * (below?.product ?? 1) };
        }),
    );
}

describe('declared list maxima', () => {
  it('exist for every list field in the schema, and only for those', () => {
    const lists = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) =>
        fieldsOf(type)
          .filter((f) => isListType(getNullableType(f.type)))
          .map((f) => `${type.name}.${f.name}`),
      );
    expect(lists.filter((name) => !(name in LIST_BOUNDS))).toEqual([]);
    expect(Object.keys(LIST_BOUNDS).filter((name) => !lists.includes(name))).toEqual([]);
  });
});

describe('the worst query for every list field', () => {
  it('is priced at least at the product of the declared maxima along its nesting', () => {
    const queries = worstQueries();
    expect(queries.length).toBe(Object.keys(LIST_BOUNDS).length);
    for (const q of queries) expect([q.list, q.cost >= q.product]).toEqual([q.list, true]);
  });

  it('is refused before execution with QUERY_TOO_COMPLEX whenever it exceeds the limit', async () => {
    const tooExpensive = worstQueries().filter((q) => q.cost > LIMITS.maxComplexity);
    // the geography lists nest into each other (the issue's attack) and so do the questionnaire lists
    expect(tooExpensive.map((q) => q.list)).toEqual(expect.arrayContaining(['Region.municipalities', 'Municipality.regions', 'Query.regions']));
    for (const q of tooExpensive) {
      const response = await app.post({ query: q.query });
      const body = await response.json();
      expect([q.list, response.status, body.errors?.[0]?.extensions?.code, 'data' in body]).toEqual([q.list, 400, 'QUERY_TOO_COMPLEX', false]);
    }
  });
});

describe("the issue's query", () => {
  const ISSUE =
    '{ municipality(code:"GM0363") { province { municipalities { province { municipalities { province { municipalities { province { municipalities { code } } } } } } } } } }';

  it('is refused before execution, again and again, and the server stays up with bounded memory', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    for (let i = 0; i < 50; i++) {
      const response = await app.post({ query: ISSUE });
      const body = await response.json();
      expect(response.status).toBe(400);
      expect(body).toEqual({
        errors: [expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'maxComplexity', max: LIMITS.maxComplexity } })],
      });
    }
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
    // the unbounded version grew to gigabytes; refused before execution it allocates next to nothing
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
  });
});

describe('the declared maxima hold for the real data', () => {
  const bound = (name: string, args: Record<string, unknown> = {}) => maxListLength(LIST_BOUNDS[name], args);

  it('for the CBS geography: regions, their members and the divisions of each municipality', async () => {
    const regions = await (await app.post({ query: '{ regions { code type municipalityCount } }' })).json();
    const list = regions.data.regions as { type: string; municipalityCount: number }[];
    expect(list.length).toBeGreaterThan(100);
    expect(list.length).toBeLessThanOrEqual(bound('Query.regions'));
    for (const type of new Set(list.map((r) => r.type))) {
      expect(list.filter((r) => r.type === type).length).toBeLessThanOrEqual(bound('Query.regions', { type }));
    }
    expect(Math.max(...list.map((r) => r.municipalityCount))).toBeLessThanOrEqual(bound('Region.municipalities'));
    const all = await (await app.post({ query: '{ municipalities(first: 500) { edges { node { regions { code } } } } }' })).json();
    const perMunicipality = (all.data.municipalities.edges as { node: { regions: unknown[] } }[]).map((e) => e.node.regions.length);
    expect(Math.max(...perMunicipality)).toBeLessThanOrEqual(bound('Municipality.regions'));
  });

  it('for the questionnaire of 2026 and its indicators', () => {
    expect(QUESTIONNAIRE_2026.sections.length).toBeLessThanOrEqual(bound('Questionnaire.sections'));
    expect(QUESTIONNAIRE_2026.sections.length).toBeLessThanOrEqual(bound('ResponseProgress.sections'));
    const questions = QUESTIONNAIRE_2026.sections.flatMap((s) => s.questions);
    expect(Math.max(...QUESTIONNAIRE_2026.sections.map((s) => s.questions.length))).toBeLessThanOrEqual(bound('QuestionnaireSection.questions'));
    expect(questions.length).toBeLessThanOrEqual(bound('Response.answers'));
    expect(Math.max(...questions.map((q) => q.options?.length ?? 0))).toBeLessThanOrEqual(bound('Question.options'));
    expect(INDICATORS_2026.length).toBeLessThanOrEqual(bound('Questionnaire.indicators'));
    expect(Math.max(...INDICATORS_2026.map((i) => i.formula.questions.length))).toBeLessThanOrEqual(bound('IndicatorDefinitionInfo.questionKeys'));
    expect(Math.max(...INDICATORS_2026.flatMap((i) => Object.values(i.tips).map((tips) => tips.length)))).toBeLessThanOrEqual(
      bound('IndicatorResult.tips'),
    );
  });
});
