import { ROLE_LABELS, ROLES, TOKEN_SCOPE_LABELS, TOKEN_SCOPES } from '@monitor/domain';
import { enumType } from '../graphql/enum-type';

export const RoleEnum = enumType(ROLES, 'Role', 'What a user may do. Municipal roles belong to exactly one municipality.', (r) => ROLE_LABELS[r]);

export const TokenScopeEnum = enumType(
  TOKEN_SCOPES,
  'TokenScope',
  'What an API token may do; a token never grants more than its owner has.',
  (s) => TOKEN_SCOPE_LABELS[s],
);

export const REGISTRATION_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const RegistrationStatusEnum = enumType(
  REGISTRATION_STATUSES,
  'RegistrationStatus',
  'State of a registration (aanmelding).',
  (s) => ({ PENDING: 'Waiting for an administrator.', APPROVED: 'Approved; the account exists.', REJECTED: 'Rejected, with a reason.' })[s],
);
