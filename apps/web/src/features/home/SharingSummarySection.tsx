import { useQuery } from '@apollo/client/react';
import { SharingAgreementsDocument, type SharingAgreementsQuery } from '../../gql/__generated__/graphql';
import { nlHome } from '../../i18n/nl.home';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { PartnerFiguresTable } from './PartnerFiguresTable';

type AgreementMember = NonNullable<SharingAgreementsQuery['sharingAgreements']>[number]['members'][number];

function membersOwnFirst(members: AgreementMember[], code: string) {
  return members
    .filter((m) => m.state === 'ACCEPTED')
    .map((m) => ({ code: m.municipalityCode, name: m.municipalityName }))
    .sort((a, b) => Number(b.code === code) - Number(a.code === code) || a.name.localeCompare(b.name, 'nl'));
}

/** The active agreements the municipality takes part in, with its partners and where their figures are. */
export function SharingSummarySection({ code, year }: { code: string; year: number | null }) {
  const t = nlHome.sharing;
  const { data, loading, error, refetch } = useQuery(SharingAgreementsDocument);
  const active = (data?.sharingAgreements ?? []).filter(
    (agreement) => agreement.status === 'ACTIVE' && agreement.members.some((m) => m.municipalityCode === code && m.state === 'ACCEPTED'),
  );
  return (
    <section aria-labelledby="home-delen-kop">
      <Heading level={2} id="home-delen-kop">
        {t.heading}
      </Heading>
      {loading && !data && <LoadingStatus />}
      {error && !data && <ErrorMessage onRetry={() => void refetch()} />}
      {data && active.length === 0 && <Paragraph>{t.none}</Paragraph>}
      {active.map((agreement) => (
        <section key={agreement.id} aria-labelledby={`home-afspraak-${agreement.id}`}>
          <Heading level={3} id={`home-afspraak-${agreement.id}`}>
            {agreement.title}
          </Heading>
          <Paragraph>
            {t.partners(agreement.members.filter((m) => m.municipalityCode !== code && m.state === 'ACCEPTED').map((m) => m.municipalityName))}
          </Paragraph>
          {year !== null && (
            <PartnerFiguresTable agreementId={agreement.id} title={agreement.title} members={membersOwnFirst(agreement.members, code)} year={year} />
          )}
        </section>
      ))}
      <ul className="monitor-link-list">
        {active.length > 0 && year !== null && (
          <li>
            <RouterLink to={`/vergelijken/${code}/${year}`}>{t.figures}</RouterLink>
          </li>
        )}
        <li>
          <RouterLink to="/afspraken">{t.manage}</RouterLink>
        </li>
      </ul>
    </section>
  );
}
