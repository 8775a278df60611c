import type { MouseEvent } from 'react';
import { Link as NlLink, type LinkProps as NlLinkProps } from '@nl-design-system-candidate/link-react';
import { useHref, useLinkClickHandler, useLocation } from 'react-router';
import '@nl-design-system-candidate/link-css/link.css';

type LinkProps = Omit<NlLinkProps, 'href'> & { href: string };

/** A link to another document (full page load), e.g. /playground or an external site. */
export function Link(props: LinkProps) {
  return <NlLink {...props} />;
}

type RouterLinkProps = Omit<NlLinkProps, 'href'> & {
  to: string;
  /**
   * Mark the link aria-current="page" when its target is the current location; with 'prefix', also
   * on pages below it (e.g. /vragenlijst for /vragenlijst/GM0363/2026).
   */
  markCurrent?: boolean | 'prefix';
};

/** A link inside the single-page app: client-side navigation, still a real <a href>. */
export function RouterLink({ to, markCurrent = false, onClick, current, ...rest }: RouterLinkProps) {
  const href = useHref(to);
  const location = useLocation();
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  // A target with a query (?status=…) is current only with that same query.
  const isCurrent =
    markCurrent === 'prefix'
      ? location.pathname === to || location.pathname.startsWith(`${to}/`)
      : markCurrent && (to.includes('?') ? `${location.pathname}${location.search}` === to : location.pathname === to);
  return (
    <NlLink
      {...rest}
      href={href}
      current={current ?? (isCurrent ? 'page' : undefined)}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) navigate(event);
      }}
    />
  );
}
