import { useEffect, useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { VeiligThuisContextDocument, VeiligThuisStatisticsDocument, type VeiligThuisContextQuery } from '../../gql/__generated__/graphql';
import { comparePeriods, type Statistic } from '../../app/figures/figures';

export const ADVIEZEN = 'gestarte_adviezen';
export const MELDINGEN = 'ontvangen_meldingen';
export const NATION = 'NL01';
export const AARD_TABLE = '84851NED';

/** The melder (who reported) categories of 84849NED, in this order, where the data has them. */
export const MELDER_CATEGORIES = [
  'Niet beroepsmatig totaal',
  'Beroepsmatig totaal',
  'Gezondheidszorg: totaal',
  'Geestelijke gezondheidszorg: totaal',
  'Kinderopvang',
  'Onderwijs: totaal',
  'Bureau Leerplicht',
  'Jeugdzorg: totaal',
  'Justitie en veiligheid: totaal',
  'J en V: politie: totaal',
  'Andere organisatie: anders',
  'Rol/functie onbekend',
];

/**
 * The "aard van het geweld" categories CBS shows for 84851NED. They are asked for only when figures
 * from that table are loaded, and only figures from that table are used.
 */
export const AARD_CATEGORIES = [
  'Kindermishandeling',
  'Geweld tegen ouders',
  '(Ex-)Partnergeweld',
  'Ouderenmishandeling (ouder dan 65 jaar)',
  'Huiselijk geweld overig',
  'Geen kindermishandeling/huiselijk geweld',
  'Onbekend',
];

type Measure = VeiligThuisContextQuery['statisticMeasures'][number];

export function veiligThuisRegionOf(municipality: VeiligThuisContextQuery['municipality']) {
  return municipality?.regions.find((r) => r.type === 'VEILIG_THUIS_REGION') ?? null;
}

/** The latest period in which a region has a figure (published or not). */
export function latestPeriod(figures: readonly Statistic[]): string | null {
  const periods = [...new Set(figures.map((f) => f.period))].sort(comparePeriods);
  return periods.at(-1) ?? null;
}

/** Categories of a measure that the data has, in the order of `wanted`. */
export function availableCategories(measures: readonly Measure[], measure: string, wanted: readonly string[]): string[] {
  const have = new Set(measures.find((m) => m.key === measure)?.categories ?? []);
  return wanted.filter((c) => have.has(c));
}

export const hasTable = (measures: readonly Measure[], tableId: string) => measures.some((m) => m.tables.includes(tableId));

/** The figures of one measure for some regions (all periods unless given). */
export function useStatistics(measure: string, regionCodes: string[], periods?: string[] | null, skip = false) {
  const { data, loading, error } = useQuery(VeiligThuisStatisticsDocument, {
    variables: { measure, regionCodes, periods: periods ?? null, category: null },
    skip: skip || regionCodes.length === 0,
  });
  return { figures: data?.statistics ?? null, loading, error };
}

/**
 * One request per category (the API answers one category at a time), all at once; `figures` holds
 * every answer, in the order of `categories`.
 */
export function useCategoryStatistics(measure: string, regionCode: string, period: string | null, categories: readonly string[], skip = false) {
  const client = useApolloClient();
  const key = categories.join('\u0000');
  const [state, setState] = useState<{ key: string; figures: Statistic[] | null; error: boolean }>({
    key: '',
    figures: null,
    error: false,
  });
  const requestKey = `${measure}|${regionCode}|${period}|${key}`;

  useEffect(() => {
    if (skip || !period || categories.length === 0) return;
    let active = true;
    Promise.all(
      categories.map((category) =>
        client.query({
          query: VeiligThuisStatisticsDocument,
          variables: { measure, regionCodes: [regionCode], periods: [period], category },
        }),
      ),
    )
      .then((results) => {
        if (!active) return;
        const figures = results.flatMap((r) => r.data?.statistics ?? []);
        setState({ key: requestKey, figures, error: results.some((r) => r.error) });
      })
      .catch(() => {
        if (active) setState({ key: requestKey, figures: null, error: true });
      });
    return () => {
      active = false;
    };
    // `categories` is represented by `key`.
  }, [client, requestKey, skip]);

  const idle = skip || !period || categories.length === 0;
  const current = state.key === requestKey;
  return useMemo(
    () => ({
      figures: idle ? [] : current ? state.figures : null,
      loading: !idle && !current,
      error: current && state.error,
    }),
    [idle, current, state],
  );
}

export function useVeiligThuisContext(code: string, skip = false) {
  const { data, loading, error } = useQuery(VeiligThuisContextDocument, { variables: { code }, skip });
  return {
    municipality: data?.municipality ?? null,
    measures: data?.statisticMeasures ?? [],
    loading,
    error,
    notFound: !loading && !error && data !== undefined && data.municipality === null,
  };
}
