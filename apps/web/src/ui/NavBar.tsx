import type { ReactNode } from 'react';
import { NavBar as UtrechtNavBar } from '@utrecht/nav-bar-react';
import '@utrecht/nav-bar-css/dist/index.css';

/** Site navigation: a <nav> landmark with its own name inside the NL DS nav bar. */
export function NavBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <UtrechtNavBar>
      <nav aria-label={label} className="monitor-nav">
        {children}
      </nav>
    </UtrechtNavBar>
  );
}
