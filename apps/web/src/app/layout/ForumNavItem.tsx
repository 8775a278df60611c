import { useQuery } from '@apollo/client/react';
import { ForumUnreadCountDocument } from '../../gql/__generated__/graphql';
import { navLabels } from '../../i18n/nl.nav';
import { RouterLink } from '../../ui/Link';

/** "Forum" in the main navigation, with the number of unread forum notifications (signed-in people only). */
export function ForumNavItem() {
  const { data } = useQuery(ForumUnreadCountDocument, { fetchPolicy: 'cache-and-network' });
  const unread = data?.forumUnreadCount ?? 0;
  return (
    <li>
      <RouterLink to="/forum" markCurrent="prefix" className="monitor-nav__link" aria-label={unread > 0 ? navLabels.forumUnread(unread) : undefined}>
        {navLabels.forum}
        {unread > 0 && (
          <span className="monitor-nav__count" aria-hidden="true">
            {' '}
            ({unread})
          </span>
        )}
      </RouterLink>
    </li>
  );
}
