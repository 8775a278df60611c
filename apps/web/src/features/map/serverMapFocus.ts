/*
 * Keyboard focus on the map the server drew survives the app replacing it: main.tsx watches the
 * server's markup, and the app's map, once mounted, focuses the same municipality again when the
 * focus was lost with the replaced markup.
 */

let focusedCode: string | null = null;
let stop: (() => void) | null = null;

/** Follows which area of the server's map has the focus (until taken). */
export function watchServerMapFocus(container: HTMLElement): void {
  const onFocusIn = (event: FocusEvent) => {
    focusedCode = event.target instanceof Element ? event.target.getAttribute('data-code') : null;
  };
  container.addEventListener('focusin', onFocusIn);
  stop = () => container.removeEventListener('focusin', onFocusIn);
}

/** The code of the area focused last on the server's map, once; null when there was none. Stops watching. */
export function takeServerMapFocus(): string | null {
  const code = focusedCode;
  focusedCode = null;
  stop?.();
  stop = null;
  return code;
}
