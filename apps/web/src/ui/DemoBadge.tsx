import { nl } from '../i18n/nl';

/** True when the name itself already says it is a demo account ("Demo-lezer Amsterdam"). */
export function nameSaysDemo(name: string): boolean {
  return /(^|[^a-z])demo([^a-z]|$)/i.test(name);
}

/**
 * The "demo" badge after an account's name, unless the name already says so: no "(NJi)demo" or
 * "Demo-lezer … demo" for screen readers and copied text. A space keeps it a separate word.
 */
export function DemoBadge({ name, isDemo, inverse = false }: { name: string; isDemo: boolean; inverse?: boolean }) {
  if (!isDemo || nameSaysDemo(name)) return null;
  return (
    <>
      {' '}
      <span className={inverse ? 'monitor-badge monitor-badge--inverse' : 'monitor-badge'}>{nl.nav.demo}</span>
    </>
  );
}
