import { ApolloServer, HeaderMap, type ApolloServerPlugin, type BaseContext, type GraphQLRequestContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { ResolverData } from 'type-graphql';
import { buildAppSchema } from '../../../schema';
import { budgetMiddleware, listBoundsMiddleware, requestBudgetPlugin, responseSizePlugin } from '../runtime-limits';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const resolverData = (context: object, parentType: string, fieldName: string, args: Record<string, unknown> = {}) =>
  ({ context, args, root: {}, info: { parentType: { name: parentType }, fieldName } }) as unknown as ResolverData<object>;

describe('the time budget of a request', () => {
  it('abandons a resolver still running at the deadline with REQUEST_TIMEOUT', async () => {
    const context = {};
    const hooks = await requestBudgetPlugin(100).requestDidStart!({ contextValue: context } as GraphQLRequestContext<BaseContext>);
    let finish: () => void = () => undefined;
    const slow = new Promise<string>((resolve) => (finish = () => resolve('too late')));
    try {
      await expect(budgetMiddleware(resolverData(context, 'Query', 'regions'), () => slow)).rejects.toMatchObject({
        extensions: { code: 'REQUEST_TIMEOUT', limit: 'requestTimeoutMs', max: 100 },
      });
      // and nothing starts after the deadline
      await expect(budgetMiddleware(resolverData(context, 'Query', 'regions'), async () => 'never')).rejects.toMatchObject({
        extensions: { code: 'REQUEST_TIMEOUT' },
      });
    } finally {
      finish();
      await hooks!.willSendResponse!({} as never);
    }
  });

  it('lets resolvers within the budget answer', async () => {
    const context = {};
    const hooks = await requestBudgetPlugin(60_000).requestDidStart!({ contextValue: context } as GraphQLRequestContext<BaseContext>);
    await expect(budgetMiddleware(resolverData(context, 'Query', 'regions'), async () => 'ok')).resolves.toBe('ok');
    await hooks!.willSendResponse!({} as never);
  });
});

describe('the list bounds at run time', () => {
  it('refuses a list longer than its declared maximum with RESPONSE_TOO_LARGE', async () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ code: `R${i}` }));
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(listBoundsMiddleware(resolverData({}, 'Municipality', 'regions'), async () => six)).rejects.toMatchObject({
      extensions: { code: 'RESPONSE_TOO_LARGE', limit: 'Municipality.regions', max: 5 },
    });
    error.mockRestore();
    await expect(listBoundsMiddleware(resolverData({}, 'Municipality', 'regions'), async () => six.slice(0, 5))).resolves.toHaveLength(5);
  });

  it('applies a maximum that depends on the arguments', async () => {
    const values = Array.from({ length: 3 }, () => ({}));
    const args = { regionCodes: ['GM0363', 'GM0344'], periods: ['2023'], category: 'Totaal' };
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(listBoundsMiddleware(resolverData({}, 'Query', 'statistics', args), async () => values)).rejects.toMatchObject({
      extensions: { code: 'RESPONSE_TOO_LARGE', max: 2 },
    });
  });
});

describe('the response size cap', () => {
  const answer = (data: unknown): ApolloServerPlugin<BaseContext> => ({
    async requestDidStart() {
      return {
        async responseForOperation() {
          return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: data as Record<string, unknown> } } };
        },
      };
    },
  });

  async function run(data: unknown, maxBytes: number) {
    const server = new ApolloServer({ schema, plugins: [responseSizePlugin(maxBytes), answer(data)] });
    await server.start();
    try {
      const response = await server.executeOperation({ query: '{ regions { code } }' });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult;
    } finally {
      await server.stop();
    }
  }

  it('replaces a response larger than the cap by RESPONSE_TOO_LARGE', async () => {
    const big = { regions: Array.from({ length: 200 }, (_, i) => ({ code: `R${String(i).padStart(4, '0')}` })) };
    const result = await run(big, 1024);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'RESPONSE_TOO_LARGE', limit: 'maxResponseBytes', max: 1024 } })]);
    expect((await run(big, 1024 * 1024)).data).toEqual(big);
  });
});
