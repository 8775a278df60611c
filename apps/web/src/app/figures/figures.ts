import { formatFigureOf, NOT_PUBLISHED, type FigureKind } from '@monitor/domain';
import type {
  DisclosureHiddenReason,
  PublishedStatus,
  VeiligThuis_AreaFigureFragment,
  VeiligThuis_StatisticFragment,
} from '../../gql/__generated__/graphql';

export type Statistic = VeiligThuis_StatisticFragment;
export type AreaFigure = VeiligThuis_AreaFigureFragment;

/** The symbols for figures that are not shown, as CBS prints them (explained in StatusLegend). */
export const STATUS_SYMBOL: Record<Exclude<PublishedStatus, 'PUBLISHED'>, string> = {
  SUPPRESSED: '–',
  UNKNOWN: '.',
  NOT_APPLICABLE: 'x',
};

export const PROVISIONAL_MARK = '*';

/**
 * A published value in Dutch notation, or the symbol of its status; never a hidden number. Counts
 * (fractionDigits 0) and rates or percentages (1) go through the one formatter of @monitor/domain,
 * so a figure reads the same on every page.
 */
export function formatFigure(value: number | null | undefined, status: PublishedStatus, fractionDigits = 0): string {
  if (status !== 'PUBLISHED') return STATUS_SYMBOL[status];
  const kind: FigureKind = fractionDigits === 0 ? 'count' : 'rate';
  return formatFigureOf(value, kind) ?? STATUS_SYMBOL.UNKNOWN;
}

/** Why a figure is not shown, in words (the table says it; the symbol alone is not enough). */
export const WITHHELD_REASON: Record<DisclosureHiddenReason, string> = {
  PRIMARY: 'te klein aantal',
  SECONDARY: 'zou een ander verborgen cijfer verraden',
  SOURCE: 'geheim of onbekend bij CBS',
  DERIVED: 'teller of noemer niet gepubliceerd',
};

/** A figure of any unit ("aantal" or "%"), or "niet gepubliceerd (reason)" when it is withheld. */
export function figureText(figure: Pick<AreaFigure, 'value' | 'status' | 'unit' | 'withheldReason'>): string {
  if (figure.status === 'NOT_APPLICABLE') return STATUS_SYMBOL.NOT_APPLICABLE;
  const shown = figure.status === 'PUBLISHED' ? formatFigureOf(figure.value, figure.unit === '%' ? 'percent' : 'count') : null;
  if (shown !== null) return shown;
  return figure.withheldReason ? `${NOT_PUBLISHED} (${WITHHELD_REASON[figure.withheldReason]})` : NOT_PUBLISHED;
}

/** The value a chart may draw: only published numbers. */
export const publishedValue = (value: number | null | undefined, status: PublishedStatus): number | null =>
  status === 'PUBLISHED' && typeof value === 'number' ? value : null;

/** "2023*" for a provisional period. */
export const periodText = (label: string, provisional: boolean) => (provisional ? `${label}${PROVISIONAL_MARK}` : label);

/** Sort key of a period ("2023", "2025-H1", "2025-H2"): by the end of the period, whole years after H2. */
export function periodOrder(period: string): number {
  const match = /^(\d{4})(?:-H([12]))?$/.exec(period);
  if (!match) return Number.MAX_SAFE_INTEGER;
  const year = Number(match[1]);
  return year * 10 + (match[2] ? Number(match[2]) * 3 : 7);
}

export const isHalfYear = (period: string) => /-H[12]$/.test(period);

export const comparePeriods = (a: string, b: string) => periodOrder(a) - periodOrder(b);

/** Which statuses occur, so a legend can explain just those (it always explains them all, in order). */
export function usedMarks(cells: { status: PublishedStatus; provisional?: boolean }[]) {
  return {
    SUPPRESSED: cells.some((c) => c.status === 'SUPPRESSED'),
    UNKNOWN: cells.some((c) => c.status === 'UNKNOWN'),
    NOT_APPLICABLE: cells.some((c) => c.status === 'NOT_APPLICABLE'),
    provisional: cells.some((c) => c.provisional),
  };
}

/** The tables and the latest import time behind some figures, for the source line. */
export function sourcesOf(figures: readonly Statistic[]): { tableIds: string[]; importedAt: string | null } {
  const tableIds = [...new Set(figures.map((f) => f.source.tableId))].sort();
  const importedAt = figures.reduce<string | null>(
    (latest, f) => (latest === null || f.source.importedAt > latest ? f.source.importedAt : latest),
    null,
  );
  return { tableIds, importedAt };
}

/** Whole numbers without grouping and a decimal comma: what Dutch spreadsheets read from a ;-separated file. */
export function csvNumber(value: number | null | undefined, status: PublishedStatus, fractionDigits = 0): string {
  if (status !== 'PUBLISHED') return STATUS_SYMBOL[status];
  if (value === null || value === undefined) return STATUS_SYMBOL.UNKNOWN;
  return value.toFixed(fractionDigits).replace('.', ',');
}
