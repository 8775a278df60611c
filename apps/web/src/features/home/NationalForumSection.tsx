import { useQuery } from '@apollo/client/react';
import { FORUM_MODERATORS } from '@monitor/domain';
import { HomeForumActivityDocument, HomeForumReportsDocument, type Role } from '../../gql/__generated__/graphql';
import { nlForum } from '../../i18n/nl.forum';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';

const t = nlForum.national;
const SHOWN = 5;

/** NJi staff's view of the forum: new questions nobody answered yet, recent answers and (moderators) open reports. */
export function NationalForumSection({ role }: { role: Role }) {
  const { data, loading, error, refetch } = useQuery(HomeForumActivityDocument, { fetchPolicy: 'cache-and-network' });
  const threads = (data?.forumThreads ?? []).filter((thread) => !thread.hidden);
  const unanswered = threads
    .filter((thread) => thread.answerCount === 0)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, SHOWN);
  const answered = threads.filter((thread) => thread.answerCount > 0).slice(0, SHOWN);
  return (
    <section aria-labelledby="home-forum-nationaal-kop">
      <Heading level={2} id="home-forum-nationaal-kop">
        {t.heading}
      </Heading>
      {loading && !data && <LoadingStatus />}
      {error && !data && <ErrorMessage onRetry={() => void refetch()} />}
      {data && (
        <>
          <Heading level={3}>{t.unansweredHeading}</Heading>
          {unanswered.length === 0 ? (
            <Paragraph>{t.unansweredNone}</Paragraph>
          ) : (
            <ul className="monitor-link-list">
              {unanswered.map((thread) => (
                <li key={thread.id}>
                  <RouterLink to={`/forum/vraag/${thread.id}`}>{thread.title}</RouterLink>{' '}
                  <span>({t.asked(thread.categoryName, nlForum.dateTime(thread.createdAt))})</span>
                </li>
              ))}
            </ul>
          )}
          <Heading level={3}>{t.answeredHeading}</Heading>
          {answered.length === 0 ? (
            <Paragraph>{t.answeredNone}</Paragraph>
          ) : (
            <ul className="monitor-link-list">
              {answered.map((thread) => (
                <li key={thread.id}>
                  <RouterLink to={`/forum/vraag/${thread.id}`}>{thread.title}</RouterLink>{' '}
                  <span>({t.answered(thread.answerCount, nlForum.dateTime(thread.lastActivityAt))})</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {FORUM_MODERATORS.includes(role) && <OpenReports />}
      <Paragraph>
        <RouterLink to="/forum">{nlForum.home.toForum}</RouterLink>
      </Paragraph>
    </section>
  );
}

function OpenReports() {
  const { data, error, refetch } = useQuery(HomeForumReportsDocument, { fetchPolicy: 'cache-and-network' });
  const reports = data?.forumReports ?? [];
  return (
    <>
      <Heading level={3}>{t.reportsHeading}</Heading>
      {error && !data && <ErrorMessage onRetry={() => void refetch()} />}
      {data && reports.length === 0 && <Paragraph>{t.reportsNone}</Paragraph>}
      {reports.length > 0 && (
        <ul className="monitor-link-list">
          {reports.map((report) => (
            <li key={report.id}>
              <RouterLink to={`/forum/vraag/${report.threadId}#bericht-${report.postId}`}>{report.threadTitle}</RouterLink>{' '}
              <span>({t.report(report.reason, nlForum.dateTime(report.createdAt))})</span>
            </li>
          ))}
          <li>
            <RouterLink to="/forum#forum-meldingen-kop">{t.toModeration}</RouterLink>
          </li>
        </ul>
      )}
    </>
  );
}
