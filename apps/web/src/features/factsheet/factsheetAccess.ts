import type { Role } from '../../gql/__generated__/graphql';

/** NJi staff compose factsheets (the access matrix's factsheet.compose); only administrators publish. */
export const mayComposeFactsheets = (role: Role | null | undefined) => role === 'ADMIN' || role === 'ANALYST';
export const mayPublishFactsheets = (role: Role | null | undefined) => role === 'ADMIN';
