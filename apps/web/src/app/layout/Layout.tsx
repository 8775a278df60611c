import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { nl } from '../../i18n/nl';
import { navLabels } from '../../i18n/nl.nav';
import { Link, RouterLink } from '../../ui/Link';
import { NavBar } from '../../ui/NavBar';
import { PageBody } from '../../ui/PageBody';
import { PageFooter } from '../../ui/PageFooter';
import { PageHeader } from '../../ui/PageHeader';
import { Paragraph } from '../../ui/Paragraph';
import { SkipLink } from '../../ui/SkipLink';
import { MAIN_CONTENT_ID } from '../../ui/useHashTarget';
import { mayUsePlayground, useSession } from '../session/useSession';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { UserMenu } from './UserMenu';
import { ForumNavItem } from './ForumNavItem';
import { NationalReportNavItem } from './NationalReportNavItem';

/** The main navigation: the public pages, the signed-in ones, and the playground where allowed. */
function MainNav() {
  const { me, demoMode } = useSession();
  return (
    <NavBar label={nl.nav.label}>
      <ul className="monitor-nav__list">
        <li>
          <RouterLink to="/" markCurrent className="monitor-nav__link">
            {nl.nav.map}
          </RouterLink>
        </li>
        <li>
          <RouterLink to="/gemeenten" markCurrent className="monitor-nav__link">
            {nl.nav.municipalities}
          </RouterLink>
        </li>
        {me && (
          <>
            <li>
              <RouterLink to="/vragenlijst" markCurrent="prefix" className="monitor-nav__link">
                {nl.nav.questionnaire}
              </RouterLink>
            </li>
            <li>
              <RouterLink to="/indicatoren" markCurrent="prefix" className="monitor-nav__link">
                {nl.nav.indicators}
              </RouterLink>
            </li>
            <li>
              <RouterLink to="/vergelijken" markCurrent="prefix" className="monitor-nav__link">
                {navLabels.benchmark}
              </RouterLink>
            </li>
            <li>
              <RouterLink to="/afspraken" markCurrent="prefix" className="monitor-nav__link">
                {navLabels.agreements}
              </RouterLink>
            </li>
            <li>
              <RouterLink to="/aanbod" markCurrent="prefix" className="monitor-nav__link">
                {navLabels.supply}
              </RouterLink>
            </li>
            <ForumNavItem />
          </>
        )}
        <li>
          <RouterLink to="/kennisbank" markCurrent="prefix" className="monitor-nav__link">
            {navLabels.knowledge}
          </RouterLink>
        </li>
        {me && (
          <li>
            <RouterLink to="/praktijkvoorbeelden" markCurrent="prefix" className="monitor-nav__link">
              {navLabels.practice}
            </RouterLink>
          </li>
        )}
        <li>
          <RouterLink to="/factsheets" markCurrent="prefix" className="monitor-nav__link">
            {navLabels.factsheets}
          </RouterLink>
        </li>
        <NationalReportNavItem />
        <li>
          <RouterLink to="/effectmonitoring" markCurrent="prefix" className="monitor-nav__link">
            {navLabels.effects}
          </RouterLink>
        </li>
        {mayUsePlayground(me?.role, demoMode) && (
          <li>
            <Link href="/playground" className="monitor-nav__link">
              {nl.nav.playground}
            </Link>
          </li>
        )}
      </ul>
    </NavBar>
  );
}

export function Layout() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname, hash } = useLocation();
  const firstRender = useRef(true);
  const { demoMode } = useSession();

  // After client-side navigation, move focus to the new content so screen readers announce it
  // (to an address with a #fragment, the page moves focus itself once its content is there: useHashTarget).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (hash.length < 2) mainRef.current?.focus();
  }, [pathname]); // a new page moves focus, a new fragment on the same page does not

  return (
    <div className="monitor-theme monitor-app">
      <SkipLink href={`#${MAIN_CONTENT_ID}`}>{nl.skipLink}</SkipLink>
      <PageHeader className="monitor-header">
        <div className="monitor-header__bar">
          <RouterLink to="/" className="monitor-header__title">
            {nl.appName}
          </RouterLink>
          <UserMenu />
        </div>
        {demoMode && <p className="monitor-demo-banner">{nl.demoBanner}</p>}
      </PageHeader>
      <MainNav />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} ref={mainRef}>
        <PageBody>
          <Suspense fallback={<LoadingStatus />}>
            <Outlet />
          </Suspense>
        </PageBody>
      </main>
      <PageFooter className="monitor-footer">
        <Paragraph>{nl.footer.sources}</Paragraph>
        <Paragraph>
          <RouterLink to="/toegankelijkheid">{nl.footer.accessibility}</RouterLink>
        </Paragraph>
        <Paragraph>
          <RouterLink to="/ontwikkelaars">API voor ontwikkelaars</RouterLink>
        </Paragraph>
      </PageFooter>
    </div>
  );
}
