import { nl } from '../../i18n/nl';

export interface AuditDetail {
  label: string;
  value: string;
}

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One value in words: roles, scopes and coded outcomes by their Dutch name, moments as dates, lists joined. */
function describe(key: string, value: unknown): string {
  const t = nl.auditDetails;
  if (value === null || value === undefined || value === '') return t.none;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? t.none : value.map((item) => describe(key, item)).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${t.labels[k] ?? k}: ${describe(k, v)}`)
      .join('; ');
  }
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? t.none);
  if (key === 'scopes' && text in nl.scopes) return nl.scopes[text as keyof typeof nl.scopes];
  if (text in nl.roles) return nl.roles[text as keyof typeof nl.roles];
  if (text in t.values) return t.values[text];
  if (ISO_MOMENT.test(text)) return nl.dateTime(text);
  return text;
}

/** The details of an audit event as labelled lines in Dutch, never as raw JSON. */
export function auditDetails(details: Record<string, unknown> | null | undefined): AuditDetail[] {
  return Object.entries(details ?? {}).map(([key, value]) => ({ label: nl.auditDetails.labels[key] ?? key, value: describe(key, value) }));
}
