import { useQuery } from '@apollo/client/react';
import { DistrictCountDocument, MunicipalityEstimateDocument } from '../../gql/__generated__/graphql';
import { vt } from '../../i18n/nl.veiligThuis';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { EstimateCard } from './EstimateCard';

/** On the municipality page: links to the Veilig Thuis page (and districts), and the estimate in short. */
export function MunicipalityVeiligThuis({ code, name }: { code: string; name: string }) {
  const estimate = useQuery(MunicipalityEstimateDocument, { variables: { code } });
  const districts = useQuery(DistrictCountDocument, { variables: { code } });
  const hasDistricts = (districts.data?.districts.length ?? 0) > 0;
  return (
    <section aria-labelledby="veilig-thuis-kop">
      <Heading level={2} id="veilig-thuis-kop">
        {vt.page.sectionHeading}
      </Heading>
      <ul className="monitor-link-list">
        <li>
          <RouterLink to={`/gemeente/${code}/veilig-thuis`}>{vt.page.heading(name)}</RouterLink>
        </li>
        {hasDistricts && (
          <li>
            <RouterLink to={`/gemeente/${code}/wijken`}>{vt.page.districtsLink(name)}</RouterLink>
          </li>
        )}
      </ul>
      {estimate.data && <EstimateCard estimate={estimate.data.estimate} headingLevel={3} compact moreTo={`/gemeente/${code}/veilig-thuis`} />}
    </section>
  );
}
