import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PERMISSIONS } from '../access-matrix';

/**
 * Public service methods that are not use cases of a caller: building blocks that other services call
 * after their own check, startup and command-line steps. Every other public method of a
 * `*.service.ts` must start with `requireAccess(ctx, '<permission>', ...)`.
 */
const INTERNAL: Record<string, string> = {
  'ApiTokenService.resolve': 'authenticates a request (request-caller.ts), before there is a caller',
  'ApiTokenService.revokeAllOf': 'part of UserService.setActive, which checks user.manage',
  'AuditService.record': 'written by every use case after its own check',
  'BenchmarkService.recompute': 'startup and after imports and submissions; no caller, recomputes aggregates only',
  'BenchmarkService.recomputeAround': 'after a submission or reopen, which checked access itself; no caller, recomputes aggregates only',
  'EffectService.store': 'step of the upload use cases after effect.upload, and the demo seed at startup (no caller)',
  'EffectService.recompute': 'step of EffectService.store, inside its transaction; recomputes releases only',
  'EstimateService.snapshot': 'building block of the estimate use cases, which check estimate.read',
  'EstimateService.municipalities': 'building block of the estimate use cases, which check estimate.read',
  'EstimateService.isWithheld': 'called by RiskProfileService.forMunicipality after estimate.read',
  'EstimateService.forDistricts': 'called by DistrictService.forMunicipality after geography.read',
  'EstimateService.youthPopulation': 'field of the public Municipality type, reached only through geography.read queries',
  'MailService.send': 'outgoing mail of use cases that checked access themselves',
  'QuestionnaireService.byYear': 'building block of the response and indicator use cases (and the seed at startup)',
  'QuestionnaireService.requireYear': 'building block of the response and indicator use cases',
  'RegistrationService.openApplication': 'part of AuthService.login, which checks account.signIn',
  'ResponseService.load': 'building block of ResponseService after municipality.readAnswers / writeAnswers',
  'SessionService.create': 'part of AuthService.login, which checks account.signIn',
  'SessionService.resolve': 'authenticates a request (request-caller.ts), before there is a caller',
  'SessionService.resolveLive': 'authenticates a per-viewer cache hit (viewer-answers.ts), before there is a caller',
  'SessionService.revoke': 'part of AuthService.logout, which checks account.manageOwn',
  'SessionService.revokeAll': 'part of AuthService and UserService use cases that checked access',
  'SessionService.listLive': 'part of AuthService.listSessions, which checks account.manageOwn',
  'SessionService.revokeOwn': 'part of AuthService.revokeSession, which checks account.manageOwn',
  'CbsImportService.importFromCommandLine': 'pnpm import:cbs, run by the operator on the server; there is no caller',
  'CbsImportService.regionLookup': 'step of the import, after statistics.import',
  'StatisticsProtectionService.ready': 'startup: waits for disclosure control before figures are served',
  'StatisticsProtectionService.protectInBackground': 'startup: disclosure control of the stored figures',
  'StatisticsProtectionService.protectIfStale': 'startup: disclosure control of the stored figures',
  'StatisticsProtectionService.protectAll': 'step of the import, after statistics.import',
  'UserService.byId': 'lookup for use cases that checked access themselves',
  'UserService.ensureAdmin': 'startup: creates the configured first administrator; there is no caller yet',
  'UserService.createAdmin': 'pnpm admin:create, run by the operator on the server; there is no caller',
  'UserService.municipalityId': 'lookup for user.manage and registration.manage use cases',
};

const MODULES = path.resolve(__dirname, '../../modules');

function serviceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : serviceFiles(full);
    return entry.name.endsWith('.service.ts') ? [full] : [];
  });
}

interface PublicMethod {
  name: string;
  firstStatement: ts.Statement | undefined;
}

function publicMethods(file: string): PublicMethod[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const methods: PublicMethod[] = [];
  for (const statement of source.statements) {
    if (!ts.isClassDeclaration(statement) || !statement.name) continue;
    for (const member of statement.members) {
      if (!ts.isMethodDeclaration(member) || !member.body || ts.isPrivateIdentifier(member.name)) continue;
      const modifiers = ts.getCombinedModifierFlags(member);
      if (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
      methods.push({ name: `${statement.name.text}.${member.name.getText(source)}`, firstStatement: member.body.statements[0] });
    }
  }
  return methods;
}

/** The permission of `requireAccess(subject, 'permission', ...)` or `await requireAccess(...)`, else null. */
function requiredPermission(statement: ts.Statement | undefined): string | null {
  if (!statement || !ts.isExpressionStatement(statement)) return null;
  const expression = ts.isAwaitExpression(statement.expression) ? statement.expression.expression : statement.expression;
  if (!ts.isCallExpression(expression) || !ts.isIdentifier(expression.expression) || expression.expression.text !== 'requireAccess') return null;
  const permission = expression.arguments[1];
  return permission && ts.isStringLiteral(permission) ? permission.text : null;
}

const methods = serviceFiles(MODULES).flatMap(publicMethods);

describe('access checks in the services', () => {
  it('finds the services', () => {
    expect(methods.length).toBeGreaterThan(60);
    expect(methods.map((m) => m.name)).toContain('ResponseService.save');
  });

  it('starts every public service method with requireAccess, except the listed internal ones', () => {
    const unchecked = methods.filter((m) => !(m.name in INTERNAL) && requiredPermission(m.firstStatement) === null).map((m) => m.name);
    expect(unchecked).toEqual([]);
  });

  it('names only permissions of the matrix', () => {
    const unknown = methods.map((m) => requiredPermission(m.firstStatement)).filter((p): p is string => p !== null && !(p in PERMISSIONS));
    expect(unknown).toEqual([]);
  });

  it('lists no internal method that is gone or that checks access after all', () => {
    const byName = new Map(methods.map((m) => [m.name, m]));
    const stale = Object.keys(INTERNAL).filter((name) => !byName.has(name) || requiredPermission(byName.get(name)!.firstStatement) !== null);
    expect(stale).toEqual([]);
  });

  it('uses every permission somewhere', () => {
    const used = new Set(methods.map((m) => requiredPermission(m.firstStatement)));
    expect(Object.keys(PERMISSIONS).filter((p) => !used.has(p))).toEqual([]);
  });
});
