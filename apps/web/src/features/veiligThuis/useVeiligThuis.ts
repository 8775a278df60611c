import { useQuery } from '@apollo/client/react';
import { VeiligThuisStatisticsDocument } from '../../gql/__generated__/graphql';
import { comparePeriods, type Statistic } from '../../app/figures/figures';

export const ADVIEZEN = 'gestarte_adviezen';
export const MELDINGEN = 'ontvangen_meldingen';
export const NATION = 'NL01';
export const AARD_TABLE = '84851NED';

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

/** The latest period in which a region has a figure (published or not). */
export function latestPeriod(figures: readonly Statistic[]): string | null {
  const periods = [...new Set(figures.map((f) => f.period))].sort(comparePeriods);
  return periods.at(-1) ?? null;
}

/** The figures of one measure for some regions (all periods unless given). */
export function useStatistics(measure: string, regionCodes: string[], periods?: string[] | null, skip = false) {
  const { data, loading, error } = useQuery(VeiligThuisStatisticsDocument, {
    variables: { measure, regionCodes, periods: periods ?? null, category: null },
    skip: skip || regionCodes.length === 0,
  });
  return { figures: data?.statistics ?? null, loading, error };
}
