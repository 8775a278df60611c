import { hasScope, type Caller } from '@monitor/domain';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context';
import { ACCESS_MATRIX, PERMISSIONS, PROTECTED_TYPES, type AccessRule, type Permission, type PermissionName } from './access-matrix';
import { AccessError } from './auth.errors';
import { reachesMunicipality } from './municipality-access';

/** Objects of protected types carry the id of the user they belong to, for `self` rules. */
export interface Owned {
  ownerUserId: string;
}

export function isAllowed(rule: AccessRule, caller: Caller, ownerUserId?: string): boolean {
  if (caller.kind === 'token' && (rule.token === undefined || !hasScope(caller.scopes, rule.token))) return false;
  if (rule.allow === 'anyone') return true;
  if (caller.kind === 'anonymous') return false;
  if (rule.self && ownerUserId !== undefined && ownerUserId === caller.userId) return true;
  if (rule.allow === 'signed-in') return true;
  return rule.allow.includes(caller.role);
}

export function ruleFor(typeName: string, fieldName: string): AccessRule | undefined {
  return Object.prototype.hasOwnProperty.call(ACCESS_MATRIX, `${typeName}.${fieldName}`) ? ACCESS_MATRIX[`${typeName}.${fieldName}`] : undefined;
}

const GUARDED_TYPES = new Set<string>(['Query', 'Mutation', ...PROTECTED_TYPES]);

/** Whether the matrix guards the fields of this type (root types and protected types). */
export function isGuardedType(typeName: string): boolean {
  return GUARDED_TYPES.has(typeName);
}

/** The matrix's rule for one field of a guarded type, applied to this caller and object; throws when denied or missing. */
export function assertFieldAccess(typeName: string, fieldName: string, root: unknown, caller: Caller): void {
  const rule = ruleFor(typeName, fieldName);
  if (!rule) throw AccessError.notInMatrix(`${typeName}.${fieldName}`);
  const owner = (root as Partial<Owned> | undefined)?.ownerUserId;
  if (!isAllowed(rule, caller, owner)) throw AccessError.denied(caller);
}

/** Applies the matrix to every root field and every field of a protected type; denies what it lacks. */
export const accessMiddleware: MiddlewareFn<Context> = ({ root, context, info }, next) => {
  const type = info.parentType.name;
  if (!GUARDED_TYPES.has(type)) return next();
  assertFieldAccess(type, info.fieldName, root, context.caller);
  return next();
};

type SignedInCaller = Exclude<Caller, { kind: 'anonymous' }>;

/** What `requireAccess` needs: the caller and, for sharing partners, the per-request loader. */
export interface AccessSubject {
  caller: Caller;
  loaders?: { sharingPartners: () => Promise<string[]> };
}

/** The municipality whose data the use case touches (for permissions with a municipality rule). */
export interface AccessTarget {
  municipalityCode?: string | null;
}

type Table = typeof PERMISSIONS;
/** Permissions that may need the sharing agreements (from the database): their check is async. */
export type PartnerPermission = {
  [K in PermissionName]: Table[K] extends { municipality: { reach: readonly (infer R)[] } } ? ('partner' extends R ? K : never) : never;
}[PermissionName];
export type DirectPermission = Exclude<PermissionName, PartnerPermission>;
/** After the check, the caller is signed in unless the permission is open to anyone. */
type CallerAfter<P extends PermissionName> = Table[P]['allow'] extends 'anyone' ? Caller : SignedInCaller;

/**
 * THE access check of the services, as the first statement of every public service method: may the
 * caller use `permission` (PERMISSIONS in access-matrix.ts), on the municipality of `target` if the
 * permission has a municipality rule? Throws UNAUTHENTICATED for anonymous callers, FORBIDDEN for the
 * wrong role, and NOT_FOUND when a municipality's data is out of reach, so a caller cannot learn
 * whether another municipality's data exists.
 */
export function requireAccess<S extends AccessSubject, P extends DirectPermission>(
  subject: S,
  permission: P,
  target?: AccessTarget,
): asserts subject is S & { caller: CallerAfter<P> };
export function requireAccess(subject: AccessSubject, permission: PartnerPermission, target?: AccessTarget): Promise<void>;
/** Any permission (tests, tables): await the result. */
export function requireAccess(subject: AccessSubject, permission: PermissionName, target?: AccessTarget): void | Promise<void>;
export function requireAccess(subject: AccessSubject, permission: PermissionName, target: AccessTarget = {}): void | Promise<void> {
  const rule: Permission = PERMISSIONS[permission];
  if (rule.municipality?.reach.includes('partner')) return requireWithPartners(subject, permission, rule, target);
  if (!checkWithoutPartners(subject.caller, permission, rule, target)) throw outOfReach(subject.caller);
}

/** Anonymous callers are asked to log in; others learn nothing about the municipality's data. */
function outOfReach(caller: Caller) {
  return caller.kind === 'anonymous' ? AccessError.denied(caller) : AccessError.notFound('Gegevens');
}

/** true: allowed; false: the municipality is out of reach (so far); throws when the audience is wrong. */
function checkWithoutPartners(caller: Caller, permission: PermissionName, rule: Permission, target: AccessTarget): boolean {
  const code = target.municipalityCode ?? null;
  if (!rule.municipality || (rule.municipality.optional && code === null)) {
    if (!isAllowed(rule, caller)) throw AccessError.denied(caller);
    return true;
  }
  // a programming error, not a caller's: the service forgot to name the municipality
  if (code === null) throw new Error(`requireAccess: ${permission} needs a municipalityCode`);
  return isAllowed(rule, caller) && reachesMunicipality(caller, code, rule.municipality);
}

async function requireWithPartners(subject: AccessSubject, permission: PermissionName, rule: Permission, target: AccessTarget): Promise<void> {
  if (checkWithoutPartners(subject.caller, permission, rule, target)) return;
  // the agreements are looked up only when the audience fits and own/NJi rules did not decide
  if (subject.caller.kind === 'anonymous' || !isAllowed(rule, subject.caller)) throw outOfReach(subject.caller);
  const partners = (await subject.loaders?.sharingPartners()) ?? [];
  if (!reachesMunicipality(subject.caller, target.municipalityCode!, rule.municipality!, partners)) throw outOfReach(subject.caller);
}

/**
 * The check of `requireAccess` as a yes or no, for flags such as "may the caller edit this?" on an
 * object the caller may already read. Only for permissions whose municipality rule has no partners.
 */
export function mayAccess(caller: Caller, permission: DirectPermission, target: AccessTarget = {}): boolean {
  const rule: Permission = PERMISSIONS[permission];
  if (!isAllowed(rule, caller)) return false;
  const code = target.municipalityCode ?? null;
  if (!rule.municipality) return true;
  if (code === null) return rule.municipality.optional === true;
  return reachesMunicipality(caller, code, rule.municipality);
}
