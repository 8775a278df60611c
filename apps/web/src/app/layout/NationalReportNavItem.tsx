import { navLabels } from '../../i18n/nl.nav';
import { RouterLink } from '../../ui/Link';

/** The public national report ("Jaarrapport") in the main navigation. */
export function NationalReportNavItem() {
  return (
    <li>
      <RouterLink to="/jaarrapport" markCurrent="prefix" className="monitor-nav__link">
        {navLabels.nationalReport}
      </RouterLink>
    </li>
  );
}
