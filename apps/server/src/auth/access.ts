import { hasScope, type Caller, type Role } from '@monitor/domain';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context';
import { ACCESS_MATRIX, PROTECTED_TYPES, type AccessRule } from './access-matrix';
import { AccessError } from './auth.errors';

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

/** Applies the matrix to every root field and every field of a protected type; denies what it lacks. */
export const accessMiddleware: MiddlewareFn<Context> = ({ root, context, info }, next) => {
  const type = info.parentType.name;
  if (!GUARDED_TYPES.has(type)) return next();
  const rule = ruleFor(type, info.fieldName);
  if (!rule) throw AccessError.notInMatrix(`${type}.${info.fieldName}`);
  const owner = (root as Partial<Owned> | undefined)?.ownerUserId;
  if (!isAllowed(rule, context.caller, owner)) throw AccessError.denied(context.caller);
  return next();
};

/** Defence in depth for services: the role gate again, as their first statement. */
export function requireRole(caller: Caller, roles: readonly Role[]): asserts caller is Exclude<Caller, { kind: 'anonymous' }> {
  if (caller.kind === 'anonymous' || !roles.includes(caller.role)) throw AccessError.denied(caller);
}

export function requireSignedIn(caller: Caller): asserts caller is Exclude<Caller, { kind: 'anonymous' }> {
  if (caller.kind === 'anonymous') throw AccessError.denied(caller);
}
