import { isMunicipalRole, type Caller } from '@monitor/domain';
import { AccessError } from './auth.errors';

export type MunicipalityAccessMode = 'read' | 'write';

/**
 * May the caller read or write the (non-public) data of one municipality? NJi staff read every
 * municipality; municipal users only their own (editors write it); partners under an active
 * sharing agreement are added with `sharedWith` (later). API tokens need a municipality scope.
 */
export function canAccessMunicipality(
  caller: Caller,
  municipalityCode: string,
  mode: MunicipalityAccessMode,
  sharedWith: readonly string[] = [],
): boolean {
  if (caller.kind === 'anonymous') return false;
  if (caller.kind === 'token') {
    const needed = mode === 'write' ? 'MUNICIPALITY_WRITE' : 'MUNICIPALITY_READ';
    if (!caller.scopes.includes(needed) && !(mode === 'read' && caller.scopes.includes('MUNICIPALITY_WRITE'))) return false;
  }
  if (mode === 'read' && (caller.role === 'ADMIN' || caller.role === 'ANALYST')) return true;
  if (!isMunicipalRole(caller.role)) return false;
  if (mode === 'write') return caller.role === 'MUNICIPAL_EDITOR' && caller.municipalityCode === municipalityCode;
  return caller.municipalityCode === municipalityCode || sharedWith.includes(municipalityCode);
}

/** First statement of every service method that touches a municipality's own data. */
export function requireMunicipalityAccess(
  caller: Caller,
  municipalityCode: string,
  mode: MunicipalityAccessMode,
): asserts caller is Exclude<Caller, { kind: 'anonymous' }> {
  if (!canAccessMunicipality(caller, municipalityCode, mode)) {
    if (caller.kind === 'anonymous') throw AccessError.denied(caller);
    // not "forbidden": a caller must not learn whether another municipality's data exists
    throw AccessError.notFound('Gegevens');
  }
}

/**
 * The same check, including partners under an active sharing agreement (read only). Async because
 * the agreements come from the database (once per request).
 */
export async function assertMunicipalityAccess(
  ctx: { caller: Caller; loaders: { sharingPartners: () => Promise<string[]> } },
  municipalityCode: string,
  mode: MunicipalityAccessMode,
): Promise<void> {
  if (canAccessMunicipality(ctx.caller, municipalityCode, mode)) return;
  if (mode === 'read' && ctx.caller.kind !== 'anonymous' && isMunicipalRole(ctx.caller.role)) {
    if (canAccessMunicipality(ctx.caller, municipalityCode, mode, await ctx.loaders.sharingPartners())) return;
  }
  requireMunicipalityAccess(ctx.caller, municipalityCode, mode);
}
