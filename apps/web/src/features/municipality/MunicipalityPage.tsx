import { useParams } from 'react-router';
import { nl } from '../../i18n/nl';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { MunicipalityFigures } from './MunicipalityFigures';
import { MunicipalityRegions } from './MunicipalityRegions';
import { useMunicipality } from './useMunicipality';
import { MunicipalityVeiligThuis } from '../../app/figures/MunicipalityVeiligThuis';
import { RiskProfileSection } from './RiskProfileSection';

export default function MunicipalityPage() {
  const code = (useParams().code ?? '').toUpperCase();
  const { municipality, loading, error, notFound, refetch } = useMunicipality(code);
  useDocumentTitle(municipality ? municipality.name : notFound ? nl.municipality.notFoundTitle : nl.loading);

  if (loading) return <LoadingStatus />;
  if (error) return <ErrorMessage onRetry={refetch} />;
  if (notFound || !municipality) {
    return (
      <>
        <Heading level={1}>{nl.municipality.notFoundTitle}</Heading>
        <Paragraph>{nl.municipality.notFound(code)}</Paragraph>
        <Paragraph>
          <RouterLink to="/">{nl.municipality.backToMap}</RouterLink>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <Heading level={1}>{municipality.name}</Heading>
      <Paragraph>{nl.municipality.code(municipality.code)}</Paragraph>
      <MunicipalityRegions regions={municipality.regions} />
      <MunicipalityVeiligThuis code={municipality.code} name={municipality.name} />
      <RiskProfileSection code={municipality.code} name={municipality.name} />
      <MunicipalityFigures name={municipality.name} keyFigures={municipality.keyFigures} youthPopulation={municipality.youthPopulation} />
    </>
  );
}
