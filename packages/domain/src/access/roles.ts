/** Who a signed-in person is for the monitor. A municipal user belongs to exactly one municipality. */
export const ROLES = ['ADMIN', 'ANALYST', 'MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER', 'KNOWLEDGE_EDITOR'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Beheerder (NJi)',
  ANALYST: 'Onderzoeker (NJi)',
  MUNICIPAL_EDITOR: 'Invuller gemeente',
  MUNICIPAL_VIEWER: 'Lezer gemeente',
  KNOWLEDGE_EDITOR: 'Kennisredacteur (NJi/Movisie)',
};

export const MUNICIPAL_ROLES: readonly Role[] = ['MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER'];
export const NJI_ROLES: readonly Role[] = ['ADMIN', 'ANALYST'];

export function isMunicipalRole(role: Role): boolean {
  return MUNICIPAL_ROLES.includes(role);
}

/** What an API token may do; a token never grants more than its owner has. */
export const TOKEN_SCOPES = ['PUBLIC_READ', 'MUNICIPALITY_READ', 'MUNICIPALITY_WRITE'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const TOKEN_SCOPE_LABELS: Record<TokenScope, string> = {
  PUBLIC_READ: 'Alleen openbare gegevens lezen',
  MUNICIPALITY_READ: 'Gegevens van de eigen gemeente lezen',
  MUNICIPALITY_WRITE: 'Gegevens van de eigen gemeente wijzigen',
};

/** Scopes a user of this role may put on a token. */
export function grantableScopes(role: Role): TokenScope[] {
  switch (role) {
    case 'MUNICIPAL_EDITOR':
      return ['PUBLIC_READ', 'MUNICIPALITY_READ', 'MUNICIPALITY_WRITE'];
    case 'MUNICIPAL_VIEWER':
    case 'ANALYST':
      return ['PUBLIC_READ', 'MUNICIPALITY_READ'];
    case 'ADMIN':
      return ['PUBLIC_READ', 'MUNICIPALITY_READ'];
    case 'KNOWLEDGE_EDITOR':
      return ['PUBLIC_READ'];
  }
}
