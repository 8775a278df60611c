import { ROLE_LABELS, ROLES, TOKEN_SCOPE_LABELS, TOKEN_SCOPES, type Role, type TokenScope } from '@monitor/domain';
import { registerEnumType } from 'type-graphql';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user may do. Municipal roles belong to exactly one municipality.',
  valuesConfig: Object.fromEntries(ROLES.map((r) => [r, { description: ROLE_LABELS[r] }])),
});

export const TokenScopeEnum = Object.fromEntries(TOKEN_SCOPES.map((s) => [s, s])) as { [K in TokenScope]: K };
registerEnumType(TokenScopeEnum, {
  name: 'TokenScope',
  description: 'What an API token may do; a token never grants more than its owner has.',
  valuesConfig: Object.fromEntries(TOKEN_SCOPES.map((s) => [s, { description: TOKEN_SCOPE_LABELS[s] }])),
});

export const REGISTRATION_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const RegistrationStatusEnum = { PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED' } as const;
registerEnumType(RegistrationStatusEnum, {
  name: 'RegistrationStatus',
  description: 'State of a registration (aanmelding).',
  valuesConfig: {
    PENDING: { description: 'Waiting for an administrator.' },
    APPROVED: { description: 'Approved; the account exists.' },
    REJECTED: { description: 'Rejected, with a reason.' },
  },
});
