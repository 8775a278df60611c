/**
 * CBS periods. Keys (OData): "yyyy" + 2-letter type + 2-digit index ("2023JJ00", "2025HJ01"). Titles (StatLine,
 * CSV): "2023", "1e halfjaar 2025", with "*" (voorlopig) or "**" (nader voorlopig) appended when provisional.
 * The monitor supports years ("2023") and half-years ("2025-H1", "2025-H2").
 */

const PERIOD_TYPE_NAMES: Record<string, string> = {
  KW: 'kwartaal',
  MM: 'maand',
  SJ: 'schooljaar e.d.',
};

export type PeriodKeyResult = { period: string } | { problem: string };

/** "2023JJ00" -> { period: "2023" }, "2025HJ01" -> { period: "2025-H1" }; other types or malformed keys -> { problem }. */
export function periodFromKey(key: string): PeriodKeyResult {
  const trimmed = key.trim();
  const match = /^(\d{4})([A-Z][A-Z0-9])(\d{2})$/.exec(trimmed);
  if (!match) return { problem: `periodesleutel "${key}" is ongeldig; verwacht bijvoorbeeld "2023JJ00" of "2025HJ01"` };
  const [, year, type, index] = match;
  if (type === 'JJ') {
    if (index !== '00') return { problem: `periodesleutel "${key}" is ongeldig: een jaar eindigt op JJ00` };
    return { period: year };
  }
  if (type === 'HJ') {
    if (index !== '01' && index !== '02') {
      return { problem: `periodesleutel "${key}" is ongeldig: een halfjaar is HJ01 of HJ02` };
    }
    return { period: `${year}-H${index === '01' ? 1 : 2}` };
  }
  const name = PERIOD_TYPE_NAMES[type];
  return {
    problem: `periodetype ${type} wordt niet ondersteund${name ? ` (${name})` : ''}; alleen jaren (JJ) en halfjaren (HJ)`,
  };
}

/**
 * "2023*" -> { period: "2023", provisional: true }; "1e halfjaar 2025*" -> { period: "2025-H1", provisional: true };
 * "2e halfjaar 2020" -> { period: "2020-H2", provisional: false }; "2024**" -> provisional. Unknown -> undefined.
 */
export function periodFromTitle(title: string): { period: string; provisional: boolean } | undefined {
  const match = /^(?:(1e|2e) halfjaar )?(\d{4})(\*{0,2})$/.exec(title.trim());
  if (!match) return undefined;
  const [, half, year, stars] = match;
  return { period: half ? `${year}-H${half === '1e' ? 1 : 2}` : year, provisional: stars.length > 0 };
}

/** Why a period title is not supported, for problem messages. */
export function describeUnsupportedPeriodTitle(title: string): string {
  const t = title.trim();
  if (/^\d{4} \d+e kwartaal\*{0,2}$/.test(t)) return `periode "${title}": kwartalen worden niet ondersteund; alleen jaren en halfjaren`;
  if (/^\d{4} [a-z]+\*{0,2}$/.test(t)) return `periode "${title}": maanden worden niet ondersteund; alleen jaren en halfjaren`;
  return `onbekende periode "${title}"; verwacht bijvoorbeeld "2023", "2023*" of "1e halfjaar 2025*"`;
}

/** "2025-H1" -> "1e halfjaar 2025", "2023" -> "2023"; anything else is returned unchanged. */
export function periodLabel(period: string): string {
  const match = /^(\d{4})-H([12])$/.exec(period);
  if (match) return `${match[2]}e halfjaar ${match[1]}`;
  return period;
}
