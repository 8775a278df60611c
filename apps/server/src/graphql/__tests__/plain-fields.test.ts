import { ANONYMOUS, type Caller } from '@monitor/domain';
import { isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const ANALYST: Caller = { kind: 'session', userId: 'u1', role: 'ANALYST', municipalityCode: null };

function fieldOf(typeName: string, fieldName: string, caller: Caller = ANONYMOUS, loaders: object = {}) {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  const field = type.getFields()[fieldName];
  const info = { parentType: type, fieldName, returnType: field.type } as unknown as GraphQLResolveInfo;
  return (root: object) => field.resolve!(root, {}, { caller, loaders }, info);
}

/** A resolver's answer as a promise, also when it throws at once. */
const settled = async (resolve: () => unknown): Promise<unknown> => resolve();

describe('plain fields read their property directly', () => {
  it('answers a plain property at once, without a promise', () => {
    expect(fieldOf('AgeBandShare', 'band')({ band: '0-14' })).toBe('0-14');
  });

  it('still checks the access matrix on every field of a protected type', async () => {
    await expect(settled(() => fieldOf('User', 'email')({ email: 'a@b.nl', ownerUserId: 'x' }))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(settled(() => fieldOf('IndicatorResult', 'label')({ label: 'Signalering' }))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('still refuses a list longer than its declared bound', async () => {
    const tips = Array.from({ length: 11 }, (_, i) => `tip ${i}`);
    expect(fieldOf('IndicatorResult', 'label', ANALYST)({ label: 'Signalering' })).toBe('Signalering');
    await expect(settled(() => fieldOf('IndicatorResult', 'tips', ANALYST)({ tips }))).rejects.toMatchObject({
      extensions: { code: 'RESPONSE_TOO_LARGE' },
    });
  });

  it('keeps the field resolvers of the resolver classes', async () => {
    const loaded = { code: 'GM0363' };
    const loaders = { municipalityById: { load: () => Promise.resolve(loaded) } };
    await expect(settled(() => fieldOf('Response', 'municipality', ANALYST, loaders)({ state: { municipalityId: 1 } }))).resolves.toBe(loaded);
  });
});
