import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { DataList } from '../../ui/DataList';
import { Heading } from '../../ui/Heading';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { useSession } from '../../app/session/useSession';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ApiTokensSection } from './ApiTokensSection';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ResearchExportLink } from './ResearchExportLink';
import { SessionsSection } from './SessionsSection';

function Account() {
  const { me } = useSession();
  if (!me) return null;
  const t = nl.account;
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      {me.isDemo && <Alert type="warning">{t.demoNotice}</Alert>}
      <section aria-labelledby="account-gegevens">
        <Heading level={2} id="account-gegevens">
          {t.detailsHeading}
        </Heading>
        <DataList
          items={[
            { key: 'name', label: t.name, value: me.name },
            { key: 'email', label: t.email, value: me.email },
            { key: 'jobTitle', label: t.jobTitle, value: me.jobTitle ?? '—' },
            { key: 'role', label: t.role, value: nl.roles[me.role] },
            {
              key: 'municipality',
              label: t.municipality,
              value: me.municipality ? `${me.municipality.name} (${me.municipality.code})` : t.noMunicipality,
            },
            { key: 'since', label: t.since, value: nl.dateTime(me.createdAt) },
          ]}
        />
      </section>
      <ChangePasswordForm />
      <SessionsSection />
      <ApiTokensSection role={me.role} />
      <ResearchExportLink role={me.role} />
    </>
  );
}

export default function AccountPage() {
  useDocumentTitle(nl.account.title);
  return (
    <RequireSignIn>
      <Account />
    </RequireSignIn>
  );
}
