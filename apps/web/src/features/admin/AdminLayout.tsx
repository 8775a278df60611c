import { Outlet } from 'react-router';
import { nl } from '../../i18n/nl';
import { nlDisclosure } from '../../i18n/nl.disclosure';
import { nlQuestionnaireAdmin } from '../../i18n/nl.questionnaireAdmin';
import { vt } from '../../i18n/nl.veiligThuis';
import { RouterLink } from '../../ui/Link';
import { RequireSignIn } from '../../app/session/RequireSignIn';

const SECTIONS = [
  ['/beheer/aanmeldingen', nl.admin.registrations],
  ['/beheer/gebruikers', nl.admin.users],
  ['/beheer/vragenlijsten', nlQuestionnaireAdmin.navLabel],
  ['/beheer/audit', nl.admin.audit],
  ['/beheer/e-mail', nl.admin.mail],
  ['/beheer/cbs-import', vt.import.title],
  ['/beheer/openbaarmaking', nlDisclosure.navLabel],
] as const;

/** The administration pages: administrators only, with their own navigation. */
export default function AdminLayout() {
  return (
    <RequireSignIn role="ADMIN">
      <nav aria-label={nl.admin.navLabel} className="monitor-subnav">
        <ul className="monitor-subnav__list">
          {SECTIONS.map(([to, label]) => (
            <li key={to}>
              <RouterLink to={to} markCurrent={to === '/beheer/vragenlijsten' ? 'prefix' : true}>
                {label}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </RequireSignIn>
  );
}
