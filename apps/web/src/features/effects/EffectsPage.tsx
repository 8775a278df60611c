import { useQuery } from '@apollo/client/react';
import { EffectPublicationsDocument } from '../../gql/__generated__/graphql';
import { nlEffects } from '../../i18n/nl.effects';
import { useSession } from '../../app/session/useSession';
import { Alert } from '../../ui/Alert';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useHashTarget } from '../../ui/useHashTarget';
import { AgreementSection, ChangeSection } from './EffectTables';
import { EffectScoresTable } from './EffectScoresTable';
import { EffectUpload } from './EffectUpload';
import './effects.css';

const t = nlEffects;

/** /effectmonitoring: published change and agreement (public); upload, form and own scores for the municipality. */
export default function EffectsPage() {
  useDocumentTitle(t.title);
  const { me } = useSession();
  const { data, loading, error, refetch } = useQuery(EffectPublicationsDocument, { variables: { first: 500 } });
  // the offer table and the catalogue link to one intervention's row
  useHashTarget(!loading);
  const publications = data?.effectPublications ?? [];
  const municipality = me?.municipality ?? null;
  const municipal = me?.role === 'MUNICIPAL_EDITOR' || me?.role === 'MUNICIPAL_VIEWER';
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      {publications.some((p) => p.synthetic) && (
        <Alert type="warning" className="monitor-effects__synthetic">
          <Paragraph>
            <strong>{t.synthetic}</strong>. {t.syntheticExplanation}
          </Paragraph>
        </Alert>
      )}
      <Paragraph>{t.protection}</Paragraph>
      <Paragraph>
        {t.interventionNote} <RouterLink to="/aanbod/catalogus">{t.toCatalogue}</RouterLink>
      </Paragraph>
      {loading && !data && <LoadingStatus text={t.loading} />}
      {error && <ErrorMessage onRetry={() => void refetch()} />}
      {data && publications.length === 0 && <Paragraph>{t.none}</Paragraph>}
      {publications.length > 0 && (
        <>
          <ChangeSection publications={publications} />
          <AgreementSection publications={publications} />
        </>
      )}
      {municipality && me?.role === 'MUNICIPAL_EDITOR' && <EffectUpload municipalityCode={municipality.code} municipalityName={municipality.name} />}
      {municipality && municipal && <EffectScoresTable municipalityCode={municipality.code} />}
    </>
  );
}
