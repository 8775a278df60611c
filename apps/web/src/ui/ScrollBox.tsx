import type { ReactNode } from 'react';

type ScrollBoxName = { label: string; labelledBy?: never } | { labelledBy: string; label?: never };

/**
 * A box that scrolls its content sideways instead of widening the page (a wide table on a phone).
 * It is a named, focusable region, so keyboard users can reach it and scroll it with the arrow keys.
 */
export function ScrollBox({ children, label, labelledBy }: ScrollBoxName & { children: ReactNode }) {
  return (
    <div className="monitor-table-container" tabIndex={0} role="region" aria-label={label} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
