import { useMutation, useQuery } from '@apollo/client/react';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { ForumNotificationsDocument, MarkForumNotificationsReadDocument } from '../../gql/__generated__/graphql';
import { nlForum } from '../../i18n/nl.forum';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import './forum.css';

const t = nlForum.notifications;

function Notifications() {
  useDocumentTitle(t.title);
  const { data, loading, error, refetch } = useQuery(ForumNotificationsDocument, { fetchPolicy: 'cache-and-network' });
  const [markRead, marking] = useMutation(MarkForumNotificationsReadDocument, { refetchQueries: ['ForumNotifications', 'ForumUnreadCount'] });
  const notifications = data?.forumNotifications ?? [];
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      {loading && !data && <LoadingStatus />}
      {error && !data && <ErrorMessage onRetry={() => void refetch()} />}
      {data && (
        <div aria-live="polite">
          <Paragraph>{t.unread(data.forumUnreadCount)}</Paragraph>
        </div>
      )}
      {data && data.forumUnreadCount > 0 && (
        <Button disabled={marking.loading} onClick={() => void markRead({ variables: { ids: null } })}>
          {t.markAll}
        </Button>
      )}
      {data && notifications.length === 0 && <Paragraph>{t.none}</Paragraph>}
      <ul className="monitor-forum__list">
        {notifications.map((n) => (
          <li key={n.id} className={n.read ? 'monitor-card' : 'monitor-card monitor-forum__unread'}>
            <Paragraph>
              {!n.read && <span className="monitor-forum__badge">{t.unreadLabel}</span>}
              {t.kind[n.kind](n.actorName)}{' '}
              <RouterLink to={`/forum/vraag/${n.threadId}#bericht-${n.postId}`} onClick={() => void markRead({ variables: { ids: [n.id] } })}>
                {n.threadTitle}
              </RouterLink>
            </Paragraph>
            <Paragraph className="monitor-forum__meta">{nlForum.dateTime(n.createdAt)}</Paragraph>
            {!n.read && (
              <Button disabled={marking.loading} onClick={() => void markRead({ variables: { ids: [n.id] } })}>
                {t.markOne}
                <span className="monitor-visually-hidden">: {n.threadTitle}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
      <Paragraph>
        <RouterLink to="/forum">{nlForum.thread.back}</RouterLink>
      </Paragraph>
    </>
  );
}

/** /forum/meldingen: the caller's notifications, unread first in weight, with mark-as-read. */
export default function ForumNotificationsPage() {
  return (
    <RequireSignIn>
      <Notifications />
    </RequireSignIn>
  );
}
