import type { BenchmarkFigures_BenchmarkFragment, BenchmarkGroupInput, BenchmarkGroupType } from '../../gql/__generated__/graphql';
import { nlBenchmark } from '../../i18n/nl.benchmark';

export type Figures = Pick<BenchmarkFigures_BenchmarkFragment, 'published' | 'withheldReason' | 'n' | 'p10' | 'q1' | 'median' | 'q3' | 'p90'>;

/** One bar of a distribution chart: a group's (or an indicator's) figures and the own value. */
export interface DistributionRow {
  key: string;
  label: string;
  figures: Figures;
  own: number | null;
}

export const GROUP_TYPES: BenchmarkGroupType[] = ['ALL', 'PROVINCE', 'VEILIG_THUIS_REGION', 'SAFETY_REGION', 'SIZE_CLASS'];

/** "?groep=PROVINCE" or "?groep=CUSTOM:3" → the group input; anything else → all municipalities. */
export function parseGroup(value: string | null): BenchmarkGroupInput {
  if (!value) return { type: 'ALL' };
  if (value.startsWith('CUSTOM:') && /^CUSTOM:\d+$/.test(value)) return { type: 'CUSTOM', code: value.slice('CUSTOM:'.length) };
  if ((GROUP_TYPES as string[]).includes(value)) return { type: value as BenchmarkGroupType };
  return { type: 'ALL' };
}

export const groupParam = (group: BenchmarkGroupInput) => (group.type === 'CUSTOM' ? `CUSTOM:${group.code}` : group.type);

/** "vt:gestarte_adviezen:2023" → a Dutch label; other keys are indicator keys. */
export function vtMeasure(key: string): { measure: string; period: string } | null {
  const match = /^vt:([a-z_]+):(\d{4}(?:-H[12])?)$/.exec(key);
  return match ? { measure: match[1], period: match[2] } : null;
}

export const isWithheld = (f: Figures) => !f.published;

export const withheldText = (f: Figures) => nlBenchmark.withheld(f.withheldReason);

/** The newest computedAt of a set of benchmarks (they are computed together). */
export function newestComputedAt(list: Array<{ computedAt: string | null }>): string | null {
  return list.reduce<string | null>((newest, b) => (b.computedAt && (!newest || b.computedAt > newest) ? b.computedAt : newest), null);
}
