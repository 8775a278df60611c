import type { Role } from '../../gql/__generated__/graphql';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';

const RESEARCH_ROLES: readonly Role[] = ['ADMIN', 'ANALYST', 'MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER'];

/** Where analysts and municipal staff make research exports, and where developers find the API. */
export function ResearchExportLink({ role }: { role: Role }) {
  return (
    <Paragraph>
      {RESEARCH_ROLES.includes(role) && (
        <>
          <RouterLink to="/onderzoeksexport">Onderzoeksexport</RouterLink> (CSV, Excel of Parquet voor onderzoek) ·{' '}
        </>
      )}
      <RouterLink to="/ontwikkelaars">API voor ontwikkelaars</RouterLink>
    </Paragraph>
  );
}
