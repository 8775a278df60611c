import type { Caller } from '@monitor/domain';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../schema';
import { isAllowed, requireAccess } from '../access';
import { ACCESS_MATRIX, PROTECTED_TYPES } from '../access-matrix';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

function guardedFields(): string[] {
  const keys: string[] = [];
  for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
    for (const field of Object.keys(type.getFields())) keys.push(`${type.name}.${field}`);
  }
  for (const name of PROTECTED_TYPES) {
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(`protected type ${name} is not in the schema`);
    for (const field of Object.keys(type.getFields())) keys.push(`${name}.${field}`);
  }
  return keys;
}

describe('the access matrix', () => {
  it('has a rule for every query, mutation and field of a protected type', () => {
    expect(guardedFields().filter((key) => !(key in ACCESS_MATRIX))).toEqual([]);
  });

  it('guards every field of a protected type with a resolver (no simpleResolvers there, which would skip the middleware)', () => {
    const unguarded = PROTECTED_TYPES.flatMap((name) => {
      const type = schema.getType(name);
      return isObjectType(type)
        ? Object.values(type.getFields())
            .filter((f) => f.resolve === undefined)
            .map((f) => `${name}.${f.name}`)
        : [];
    });
    expect(unguarded).toEqual([]);
  });

  it('has no rules for operations or fields that no longer exist', () => {
    // non-GraphQL entries: introspection, the CBS upload endpoint and the research export download
    const existing = new Set([...guardedFields(), 'Query.__schema', 'Import.cbs', 'Export.research']);
    expect(Object.keys(ACCESS_MATRIX).filter((key) => !existing.has(key))).toEqual([]);
  });
});

const anonymous: Caller = { kind: 'anonymous' };
const viewerA: Caller = { kind: 'session', userId: 'u1', role: 'MUNICIPAL_VIEWER', municipalityCode: 'GM0363' };
const editorA: Caller = { kind: 'session', userId: 'u2', role: 'MUNICIPAL_EDITOR', municipalityCode: 'GM0363' };
const editorB: Caller = { kind: 'session', userId: 'u3', role: 'MUNICIPAL_EDITOR', municipalityCode: 'GM0344' };
const analyst: Caller = { kind: 'session', userId: 'u4', role: 'ANALYST', municipalityCode: null };
const admin: Caller = { kind: 'session', userId: 'u5', role: 'ADMIN', municipalityCode: null };
const token = (scopes: ('PUBLIC_READ' | 'MUNICIPALITY_READ' | 'MUNICIPALITY_WRITE')[], owner: Caller = editorA): Caller => ({
  kind: 'token',
  tokenId: 't',
  userId: owner.kind === 'anonymous' ? '' : owner.userId,
  role: owner.kind === 'anonymous' ? 'MUNICIPAL_VIEWER' : owner.role,
  municipalityCode: owner.kind === 'anonymous' ? null : owner.municipalityCode,
  scopes,
});

describe('isAllowed', () => {
  it('lets tokens use only entries that name a scope they hold', () => {
    expect(isAllowed({ allow: 'anyone' }, token(['PUBLIC_READ']))).toBe(false);
    expect(isAllowed({ allow: 'anyone', token: 'PUBLIC_READ' }, token(['PUBLIC_READ']))).toBe(true);
    expect(isAllowed({ allow: 'anyone', token: 'MUNICIPALITY_READ' }, token(['PUBLIC_READ']))).toBe(false);
    expect(isAllowed({ allow: 'anyone', token: 'PUBLIC_READ' }, token(['MUNICIPALITY_WRITE']))).toBe(true);
  });

  it('never lets a token exceed its owner', () => {
    expect(isAllowed({ allow: ['ADMIN'], token: 'PUBLIC_READ' }, token(['MUNICIPALITY_WRITE'], editorA))).toBe(false);
    expect(isAllowed({ allow: ['ADMIN'], token: 'PUBLIC_READ' }, token(['PUBLIC_READ'], admin))).toBe(true);
  });

  it('applies self rules only to the owner', () => {
    const rule = { allow: ['ADMIN'] as const, self: true };
    expect(isAllowed(rule, viewerA, 'u1')).toBe(true);
    expect(isAllowed(rule, viewerA, 'u2')).toBe(false);
    expect(isAllowed(rule, anonymous, 'u1')).toBe(false);
    expect(isAllowed(rule, admin, 'u1')).toBe(true);
  });

  it('denies anonymous callers everything but "anyone"', () => {
    expect(isAllowed({ allow: 'signed-in' }, anonymous)).toBe(false);
    expect(isAllowed({ allow: ['ADMIN', 'ANALYST', 'MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER'] }, anonymous)).toBe(false);
    expect(isAllowed({ allow: 'anyone' }, anonymous)).toBe(true);
  });
});

/** The municipality rules as they were before requireAccess: read (own, partner, NJi) and write (own editors). */
describe('municipality rules of requireAccess', () => {
  const allowed = async (caller: Caller, permission: 'municipality.readAnswers' | 'municipality.writeAnswers', partners: string[] = []) => {
    try {
      await requireAccess({ caller, loaders: { sharingPartners: () => Promise.resolve(partners) } }, permission, { municipalityCode: 'GM0363' });
      return true;
    } catch {
      return false;
    }
  };
  const cases: [string, Caller, boolean, boolean][] = [
    // caller, read GM0363, write GM0363
    ['anonymous', anonymous, false, false],
    ['viewer A', viewerA, true, false],
    ['editor A', editorA, true, true],
    ['editor B', editorB, false, false],
    ['analyst', analyst, true, false],
    ['admin', admin, true, false],
    ['token (read) of editor A', token(['MUNICIPALITY_READ']), true, false],
    ['token (public) of editor A', token(['PUBLIC_READ']), false, false],
    ['token (write) of editor A', token(['MUNICIPALITY_WRITE']), true, true],
    ['token (write) of viewer A', token(['MUNICIPALITY_WRITE'], viewerA), true, false],
  ];
  it.each(cases)('%s', async (_name, caller, read, write) => {
    expect(await allowed(caller, 'municipality.readAnswers')).toBe(read);
    expect(await allowed(caller, 'municipality.writeAnswers')).toBe(write);
  });

  it('lets partners under a sharing agreement read, never write', async () => {
    expect(await allowed(editorB, 'municipality.readAnswers', ['GM0363'])).toBe(true);
    expect(await allowed(editorB, 'municipality.writeAnswers', ['GM0363'])).toBe(false);
  });
});
