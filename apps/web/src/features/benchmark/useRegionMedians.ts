import { useMemo } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { BenchmarkRegionListDocument, RegionMedian_BenchmarkFragmentDoc, type RegionMedian_BenchmarkFragment } from '../../gql/__generated__/graphql';

export type RegionKind = 'PROVINCE' | 'VEILIG_THUIS_REGION';

export interface RegionMedian {
  code: string;
  name: string;
  benchmark: RegionMedian_BenchmarkFragment | null;
}

const REGION_CODE = /^[A-Z]{2}\d{2}$/;

/** One request for every region: an alias per region code, each typed by RegionMedian_benchmark. */
export function regionMediansDocument(kind: RegionKind, codes: string[]) {
  const fields = codes
    .filter((code) => REGION_CODE.test(code))
    .map((code) => `${code}: benchmark(indicatorKey: $key, year: $year, group: { type: ${kind}, code: "${code}" }) { ...RegionMedian_benchmark }`)
    .join('\n');
  const operation = gql(`query RegionMedians_${kind}($key: String!, $year: Int!) {\n${fields}\n}`);
  return {
    ...operation,
    definitions: [...operation.definitions, ...RegionMedian_BenchmarkFragmentDoc.definitions],
  } as TypedDocumentNode<Record<string, RegionMedian_BenchmarkFragment>, { key: string; year: number }>;
}

/**
 * The aggregate of one measure for every region of a kind (12 provinces, 25 Veilig Thuis regions).
 * The API has one `benchmark` per group, so this asks for all of them in one request with one alias
 * per region (below the server's alias limit), each typed by the RegionMedian_benchmark fragment.
 */
export function useRegionMedians(kind: RegionKind, measure: string, year: number) {
  const regions = useQuery(BenchmarkRegionListDocument, { variables: { type: kind } });
  const list = useMemo(() => (regions.data?.regions ?? []).filter((r) => REGION_CODE.test(r.code)), [regions.data]);

  const document = useMemo(
    () =>
      list.length === 0
        ? null
        : regionMediansDocument(
            kind,
            list.map((r) => r.code),
          ),
    [list, kind],
  );

  const medians = useQuery(document ?? BenchmarkRegionListDocument, {
    variables: { key: measure, year } as never,
    skip: document === null,
  });
  const data = document ? (medians.data as Record<string, RegionMedian_BenchmarkFragment> | undefined) : undefined;

  const rows: RegionMedian[] = useMemo(() => list.map((r) => ({ code: r.code, name: r.name, benchmark: data?.[r.code] ?? null })), [list, data]);

  return {
    rows,
    loading: (regions.loading && !regions.data) || (document !== null && medians.loading && !medians.data),
    error: regions.error ?? (document ? medians.error : undefined),
  };
}
