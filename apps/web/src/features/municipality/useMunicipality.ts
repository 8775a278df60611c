import { useQuery } from '@apollo/client/react';
import { MUNICIPALITY_CODE_PATTERN } from '@monitor/domain';
import { MunicipalityDetailDocument } from '../../gql/__generated__/graphql';

/** One municipality by CBS code; a malformed code is "not found" without asking the server. */
export function useMunicipality(code: string) {
  const valid = MUNICIPALITY_CODE_PATTERN.test(code);
  const { data, loading, error, refetch } = useQuery(MunicipalityDetailDocument, {
    variables: { code },
    skip: !valid,
  });
  return {
    municipality: data?.municipality ?? null,
    loading: valid && loading,
    error: valid ? error : undefined,
    refetch: () => void refetch().catch(() => undefined),
    notFound: !valid || (!loading && !error && data !== undefined && data.municipality === null),
  };
}
