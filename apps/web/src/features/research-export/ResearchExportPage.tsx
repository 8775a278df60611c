import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { useSession } from '../../app/session/useSession';
import { ExportProjectsDocument } from '../../gql/__generated__/graphql';
import { nlResearchExport as t } from '../../i18n/nl.researchExport';
import { Alert } from '../../ui/Alert';
import { DataList } from '../../ui/DataList';
import { Heading } from '../../ui/Heading';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { CreateProjectForm } from './CreateProjectForm';
import { ExportForm } from './ExportForm';

const ROLES = ['ADMIN', 'ANALYST', 'MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER'];

function ResearchExport() {
  const { data, loading } = useQuery(ExportProjectsDocument);
  const [chosen, setChosen] = useState<string | null>(null);
  const projects = data?.exportProjects ?? [];
  const projectId = chosen ?? projects[0]?.id ?? null;
  return (
    <>
      <section aria-labelledby="pseudoniemen">
        <Heading level={2} id="pseudoniemen">
          {t.pseudonymHeading}
        </Heading>
        <ul>
          {t.pseudonymRules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="projecten">
        <Heading level={2} id="projecten">
          {t.projectsHeading}
        </Heading>
        {loading && <LoadingStatus />}
        {!loading && projects.length === 0 && <Paragraph>{t.noProjects}</Paragraph>}
        {projects.length > 0 && (
          <DataList
            items={projects.map((p) => ({
              key: p.id,
              label: p.name,
              value: `${p.purpose} — ${p.named ? 'met namen waar dat mag' : 'alleen pseudoniemen'}; ${p.exportCount} export(s)`,
            }))}
          />
        )}
      </section>
      <CreateProjectForm onCreated={setChosen} />
      {projectId && <ExportForm projects={projects} projectId={projectId} onProject={setChosen} />}
    </>
  );
}

/** /onderzoeksexport: research exports for NJi analysts and municipal staff. */
export default function ResearchExportPage() {
  useDocumentTitle(t.title);
  return (
    <RequireSignIn>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <RoleGate />
    </RequireSignIn>
  );
}

function RoleGate() {
  const { me } = useSession();
  if (!me || !ROLES.includes(me.role)) return <Alert type="warning">{t.noAccess}</Alert>;
  return <ResearchExport />;
}
