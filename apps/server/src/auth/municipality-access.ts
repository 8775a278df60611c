import { hasScope, isMunicipalRole, NJI_ROLES, type Caller } from '@monitor/domain';
import type { MunicipalityRule } from './access-matrix';

/**
 * Does the caller reach this municipality's (non-public) data under the rule? Internal to
 * `requireAccess` (auth/access.ts); services never call it themselves. `partners` are the
 * municipalities the caller's municipality shares with under an active agreement.
 */
export function reachesMunicipality(caller: Caller, municipalityCode: string, rule: MunicipalityRule, partners: readonly string[] = []): boolean {
  if (caller.kind === 'anonymous') return false;
  if (caller.kind === 'token' && !hasScope(caller.scopes, rule.token)) return false;
  if (rule.reach.includes('all-for-nji') && NJI_ROLES.includes(caller.role)) return true;
  if (!isMunicipalRole(caller.role)) return false;
  if (rule.reach.includes('own') && caller.municipalityCode === municipalityCode) return true;
  return rule.reach.includes('partner') && partners.includes(municipalityCode);
}
