import { nl } from '../../i18n/nl';
import { Button } from '../../ui/Button';
import { RouterLink } from '../../ui/Link';
import { DemoBadge } from '../../ui/DemoBadge';
import { useLogout } from '../session/useLogout';
import { useSession } from '../session/useSession';

/** In the page header: "Inloggen", or who is signed in with their account links and "Uitloggen". */
export function UserMenu() {
  const { me, loading } = useSession();
  const { logout, loading: loggingOut } = useLogout();
  if (loading) return null;
  return (
    <nav aria-label={nl.nav.accountLabel} className="monitor-user-menu">
      {me ? (
        <ul className="monitor-user-menu__list">
          <li className="monitor-user-menu__who">
            <span className="monitor-visually-hidden">{nl.nav.signedInAs} </span>
            <span className="monitor-user-menu__name">{me.name}</span>
            <DemoBadge name={me.name} isDemo={me.isDemo} inverse />
          </li>
          <li>
            <RouterLink to="/mijn-gemeente" markCurrent>
              {me.municipality ? nl.nav.myMunicipality : nl.nav.overview}
            </RouterLink>
          </li>
          <li>
            <RouterLink to="/account" markCurrent>
              {nl.nav.account}
            </RouterLink>
          </li>
          {me.role === 'ADMIN' && (
            <li>
              <RouterLink to="/beheer/aanmeldingen">{nl.nav.admin}</RouterLink>
            </li>
          )}
          <li>
            <Button className="monitor-user-menu__logout" disabled={loggingOut} onClick={() => void logout()}>
              {nl.nav.logout}
            </Button>
          </li>
        </ul>
      ) : (
        <ul className="monitor-user-menu__list">
          <li>
            <RouterLink to="/inloggen" markCurrent>
              {nl.nav.login}
            </RouterLink>
          </li>
        </ul>
      )}
    </nav>
  );
}
