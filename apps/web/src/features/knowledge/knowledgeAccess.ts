import type { Role } from '../../gql/__generated__/graphql';

/** Knowledge editors (NJi/Movisie) and administrators write articles; the server checks this again. */
export const mayEditKnowledge = (role: Role | undefined | null): boolean => role === 'KNOWLEDGE_EDITOR' || role === 'ADMIN';
