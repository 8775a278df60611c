import { UAParser } from 'ua-parser-js';

/**
 * Names a session's device for its owner: "Firefox op Windows", "Safari op iOS", "Chrome" when the
 * system is unknown; null when the user agent says nothing recognisable (a script, an empty header).
 */
export function deviceLabel(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const { browser, os } = UAParser(userAgent);
  if (!browser.name) return null;
  const system = os.name === 'Mac OS' ? 'macOS' : os.name; // ua-parser-js 1.x still says "Mac OS"
  return system ? `${browser.name} op ${system}` : browser.name;
}
