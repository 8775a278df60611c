import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { MunicipalityOptionsDocument } from '../../gql/__generated__/graphql';

/** All current municipalities as { code, name }, sorted by name (Dutch collation), for a select. */
export function useMunicipalityOptions({ skip = false }: { skip?: boolean } = {}) {
  const { data, loading, error } = useQuery(MunicipalityOptionsDocument, { skip });
  const options = useMemo(
    () => (data?.municipalities.edges ?? []).map((edge) => edge.node).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [data],
  );
  const nameOf = useMemo(() => new Map(options.map((m) => [m.code, m.name])), [options]);
  return { options, nameOf, loading, error };
}
