import type { Role, TokenScope } from './roles';

/** Who makes a request: nobody, a signed-in person (session) or a third-party tool (API token). */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'session'; userId: string; role: Role; municipalityCode: string | null }
  | { kind: 'token'; userId: string; tokenId: string; role: Role; municipalityCode: string | null; scopes: readonly TokenScope[] };

export const ANONYMOUS: Caller = { kind: 'anonymous' };

/** A wider scope includes the narrower ones: write ⊃ read own ⊃ public. */
const SCOPE_RANK: Record<TokenScope, number> = { PUBLIC_READ: 0, MUNICIPALITY_READ: 1, MUNICIPALITY_WRITE: 2 };

export function hasScope(scopes: readonly TokenScope[], needed: TokenScope): boolean {
  return scopes.some((scope) => SCOPE_RANK[scope] >= SCOPE_RANK[needed]);
}
