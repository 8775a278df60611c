/**
 * The ?terug= target after login: only a relative path on this site ("/…", not "//host" or "/\host"),
 * so the login page cannot be used to send people elsewhere. Without one: the home page "Mijn gemeente".
 */
export function safeReturnPath(value: string | null | undefined, fallback = '/mijn-gemeente'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this check rejects
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  try {
    const url = new URL(value, 'http://monitor.invalid');
    if (url.origin !== 'http://monitor.invalid') return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** Pages the server serves itself (not routes of this app): open them with a full page load. */
export function isServerPage(path: string): boolean {
  return /^\/(playground|graphql|export|healthz)(\/|\?|#|$)/.test(path);
}
