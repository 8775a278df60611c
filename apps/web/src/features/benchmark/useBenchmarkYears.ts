import { useEffect, useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { BenchmarkAvailabilityDocument, BenchmarkYearsDocument } from '../../gql/__generated__/graphql';

/** The questionnaire years (newest first) and the newest of them that has benchmarks. */
export function useBenchmarkYears() {
  const client = useApolloClient();
  const { data, loading, error } = useQuery(BenchmarkYearsDocument);
  const years = useMemo(() => [...new Set((data?.questionnaires ?? []).map((q) => q.year))].sort((a, b) => b - a), [data]);
  const [newest, setNewest] = useState<{ year: number | null; done: boolean; failed: boolean }>({ year: null, done: false, failed: false });

  useEffect(() => {
    if (!data) return;
    let cancelled = false;
    (async () => {
      for (const year of years) {
        const result = await client.query({ query: BenchmarkAvailabilityDocument, variables: { year } });
        if ((result.data?.benchmarks.length ?? 0) > 0) return year;
      }
      return null;
    })()
      .then((year) => !cancelled && setNewest({ year, done: true, failed: false }))
      .catch(() => !cancelled && setNewest({ year: null, done: true, failed: true }));
    return () => {
      cancelled = true;
    };
  }, [client, data, years]);

  return {
    years,
    newestYear: newest.year,
    loading: (loading && !data) || (Boolean(data) && !newest.done),
    error: error ?? (newest.failed ? new Error('benchmarks') : undefined),
  };
}
