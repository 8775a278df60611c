import type { Caller, TokenScope } from '@monitor/domain';
import { GraphQLError } from 'graphql';
import { requireAccess } from '../access';
import type { PermissionName } from '../access-matrix';

const anonymous: Caller = { kind: 'anonymous' };
const viewer: Caller = { kind: 'session', userId: 'u1', role: 'MUNICIPAL_VIEWER', municipalityCode: 'GM0363' };
const editor: Caller = { kind: 'session', userId: 'u2', role: 'MUNICIPAL_EDITOR', municipalityCode: 'GM0363' };
const otherEditor: Caller = { kind: 'session', userId: 'u3', role: 'MUNICIPAL_EDITOR', municipalityCode: 'GM0344' };
const analyst: Caller = { kind: 'session', userId: 'u4', role: 'ANALYST', municipalityCode: null };
const admin: Caller = { kind: 'session', userId: 'u5', role: 'ADMIN', municipalityCode: null };
const tokenOf = (owner: Extract<Caller, { kind: 'session' }>, scopes: TokenScope[]): Caller => ({ ...owner, kind: 'token', tokenId: 't', scopes });

const CALLERS = { anonymous, viewer, editor, otherEditor, analyst, admin };
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

async function outcome(caller: Caller, permission: PermissionName, municipalityCode?: string, partners: string[] = []): Promise<Outcome> {
  try {
    await requireAccess({ caller, loaders: { sharingPartners: () => Promise.resolve(partners) } }, permission, { municipalityCode });
    return 'ok';
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return error.extensions.code as Outcome;
  }
}

// anonymous, viewer GM0363, editor GM0363, editor GM0344, analyst, admin
const EXPECTED: [string, PermissionName, string | undefined, Outcome[]][] = [
  ['anyone, no municipality', 'geography.read', undefined, ['ok', 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['signed in', 'account.manageOwn', undefined, ['UNAUTHENTICATED', 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['administrators', 'user.manage', undefined, ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok']],
  ['NJi staff', 'benchmark.createGroup', undefined, ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok']],
  ['municipal users', 'sharing.manage', undefined, ['UNAUTHENTICATED', 'FORBIDDEN', 'ok', 'ok', 'FORBIDDEN', 'FORBIDDEN']],
  ['own municipality (write)', 'municipality.writeAnswers', 'GM0363', ['UNAUTHENTICATED', 'NOT_FOUND', 'ok', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']],
  ['own, partner or NJi (read)', 'municipality.readAnswers', 'GM0363', ['UNAUTHENTICATED', 'ok', 'ok', 'NOT_FOUND', 'ok', 'ok']],
  ['optional municipality, left out', 'benchmark.read', undefined, ['ok', 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['optional municipality, given', 'benchmark.read', 'GM0363', ['UNAUTHENTICATED', 'ok', 'ok', 'NOT_FOUND', 'ok', 'ok']],
];

describe('requireAccess', () => {
  it.each(EXPECTED)('%s (%s)', async (_name, permission, municipalityCode, expected) => {
    const actual = await Promise.all(Object.values(CALLERS).map((caller) => outcome(caller, permission, municipalityCode)));
    expect(actual).toEqual(expected);
  });

  it('lets partners under an active agreement read a municipality, never write it', async () => {
    expect(await outcome(otherEditor, 'municipality.readAnswers', 'GM0363', ['GM0363'])).toBe('ok');
    expect(await outcome(otherEditor, 'municipality.readIndicators', 'GM0363', ['GM0363'])).toBe('ok');
    expect(await outcome(otherEditor, 'municipality.writeAnswers', 'GM0363', ['GM0363'])).toBe('NOT_FOUND');
    expect(await outcome(otherEditor, 'municipality.readAnswers', 'GM0363', ['GM0518'])).toBe('NOT_FOUND');
  });

  it('does not look up sharing partners for the own municipality or for NJi staff', async () => {
    const sharingPartners = jest.fn(() => Promise.resolve<string[]>([]));
    await requireAccess({ caller: editor, loaders: { sharingPartners } }, 'municipality.readAnswers', { municipalityCode: 'GM0363' });
    await requireAccess({ caller: analyst, loaders: { sharingPartners } }, 'municipality.readAnswers', { municipalityCode: 'GM0363' });
    expect(sharingPartners).not.toHaveBeenCalled();
  });

  it('answers "not found" alike whether the data is out of reach or the role is wrong', async () => {
    const messages = await Promise.all(
      [
        () => requireAccess({ caller: otherEditor }, 'municipality.readAnswers', { municipalityCode: 'GM0363' }),
        () => requireAccess({ caller: viewer }, 'municipality.writeAnswers', { municipalityCode: 'GM0363' }),
      ].map(async (check: () => void | Promise<void>) => {
        try {
          await check();
          return null;
        } catch (error) {
          return (error as GraphQLError).message;
        }
      }),
    );
    expect(messages).toEqual(['Gegevens niet gevonden.', 'Gegevens niet gevonden.']);
  });

  it('holds API tokens to the scope of the permission and to their owner', async () => {
    expect(await outcome(tokenOf(editor, ['PUBLIC_READ']), 'geography.read')).toBe('ok');
    expect(await outcome(tokenOf(editor, ['MUNICIPALITY_WRITE']), 'account.manageOwn')).toBe('FORBIDDEN');
    expect(await outcome(tokenOf(admin, ['MUNICIPALITY_WRITE']), 'user.manage')).toBe('FORBIDDEN');
    expect(await outcome(tokenOf(editor, ['PUBLIC_READ']), 'municipality.readAnswers', 'GM0363')).toBe('NOT_FOUND');
    expect(await outcome(tokenOf(editor, ['MUNICIPALITY_READ']), 'municipality.readAnswers', 'GM0363')).toBe('ok');
    expect(await outcome(tokenOf(editor, ['MUNICIPALITY_READ']), 'municipality.writeAnswers', 'GM0363')).toBe('NOT_FOUND');
    expect(await outcome(tokenOf(editor, ['MUNICIPALITY_WRITE']), 'municipality.writeAnswers', 'GM0363')).toBe('ok');
    expect(await outcome(tokenOf(editor, ['PUBLIC_READ']), 'benchmark.read', 'GM0363')).toBe('NOT_FOUND');
  });

  it('refuses a permission with a municipality rule when the service names no municipality', () => {
    expect(() => requireAccess({ caller: editor }, 'municipality.writeAnswers')).toThrow('needs a municipalityCode');
  });
});
