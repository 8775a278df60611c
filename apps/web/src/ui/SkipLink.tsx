import { SkipLink as NlSkipLink } from '@nl-design-system-candidate/skip-link-react';
import '@nl-design-system-candidate/skip-link-css/skip-link.css';

export function SkipLink({ href, children }: { href: string; children: string }) {
  return (
    <NlSkipLink href={href} className="nl-skip-link--visible-on-focus">
      {children}
    </NlSkipLink>
  );
}
