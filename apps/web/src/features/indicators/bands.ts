import { BAND_LABELS, formatNumberNl, type Band } from '@monitor/domain';
import { nl } from '../../i18n/nl';

/** Band colours (contrast at least 4.5:1 on white); the band is always written out as well. */
export const BAND_COLORS: Record<Band | 'NONE', string> = {
  LOW: '#b3261e',
  PARTIAL: '#8a5a00',
  HIGH: '#1a7f37',
  NONE: '#6b6b6b',
};

export const bandText = (band: Band | null | undefined, label?: string | null) => (band ? (label ?? BAND_LABELS[band]) : nl.indicators.noValue);

export const formatValue = (value: number | null | undefined) =>
  value === null || value === undefined ? nl.indicators.noValue : formatNumberNl(value, 1);

/** "+8 punten t.o.v. 2025", "gelijk aan 2025" or "geen vergelijking met vorig jaar". */
export function changeText(change: number | null | undefined, previousYear: number | null | undefined): string {
  const t = nl.indicators;
  if (change === null || change === undefined || !previousYear) return t.noPrevious;
  if (change === 0) return t.noChange(previousYear);
  return t.change(change, previousYear);
}
