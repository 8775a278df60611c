import { nlNationalReport } from '../../i18n/nl.nationalReport';
import { RouterLink } from '../../ui/Link';

/** The public national report ("Jaarrapport") in the main navigation. */
export function NationalReportNavItem() {
  return (
    <li>
      <RouterLink to="/jaarrapport" markCurrent="prefix" className="monitor-nav__link">
        {nlNationalReport.nav}
      </RouterLink>
    </li>
  );
}
