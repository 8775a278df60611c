import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Moves to the element the address's `#fragment` names once the page's content is there (`ready`):
 * scrolled into view and focused, so keyboard and screen-reader users land on it too. The browser
 * cannot do this itself, because the element only exists after the page's data has arrived. Once
 * per visit of the address; without such an element, focus goes to the main content as after any
 * other navigation.
 */
export function useHashTarget(ready: boolean): void {
  const { hash, key } = useLocation();
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || hash.length < 2 || handled.current === key) return;
    handled.current = key;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) {
      document.getElementById(MAIN_CONTENT_ID)?.focus();
      return;
    }
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  }, [ready, hash, key]);
}

/** The main landmark's id (the skip link's target). */
export const MAIN_CONTENT_ID = 'inhoud';
