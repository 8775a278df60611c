import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { MunicipalityListDocument, type MunicipalityListQuery } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { MunicipalitySearch } from '../../app/search/MunicipalitySearch';

type Municipality = MunicipalityListQuery['municipalities']['edges'][number]['node'];

function byProvince(municipalities: Municipality[]) {
  const groups = new Map<string, { name: string; municipalities: Municipality[] }>();
  for (const m of municipalities) {
    const key = m.province?.code ?? '';
    const group = groups.get(key) ?? { name: m.province?.name ?? nl.municipalities.noProvince, municipalities: [] };
    group.municipalities.push(m);
    groups.set(key, group);
  }
  const sortByName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'nl');
  return [...groups.entries()].map(([code, g]) => ({ code, name: g.name, municipalities: g.municipalities.sort(sortByName) })).sort(sortByName);
}

export default function MunicipalitiesPage() {
  useDocumentTitle(nl.municipalities.title);
  const { data, loading, error } = useQuery(MunicipalityListDocument);
  const municipalities = useMemo(() => data?.municipalities.edges.map((e) => e.node) ?? [], [data]);
  const groups = useMemo(() => byProvince(municipalities), [municipalities]);

  return (
    <>
      <Heading level={1}>{nl.municipalities.heading}</Heading>
      {loading && <LoadingStatus />}
      {error && <ErrorMessage />}
      {data && (
        <>
          <Paragraph>{nl.municipalities.intro(data.municipalities.totalCount)}</Paragraph>
          <MunicipalitySearch municipalities={municipalities} />
          {groups.map((group) => (
            <section key={group.code || 'onbekend'} aria-labelledby={`provincie-${group.code || 'onbekend'}`}>
              <Heading level={2} id={`provincie-${group.code || 'onbekend'}`}>
                {group.name}
              </Heading>
              <ul className="monitor-link-list">
                {group.municipalities.map((m) => (
                  <li key={m.code}>
                    <RouterLink to={`/gemeente/${m.code}`}>{m.name}</RouterLink>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </>
  );
}
