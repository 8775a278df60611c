import { FORUM_MODERATORS } from '@monitor/domain';
import type { Role } from '../../gql/__generated__/graphql';

/** Moderators (administrators, knowledge editors) see reports and hide and lock; the server checks again. */
export const mayModerateForum = (role: Role | null | undefined): boolean => (role ? FORUM_MODERATORS.includes(role) : false);
