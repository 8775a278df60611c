import { useQuery } from '@apollo/client/react';
import { ForumReportsDocument } from '../../gql/__generated__/graphql';
import { nlForum } from '../../i18n/nl.forum';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';

const t = nlForum.reports;

/** Open reports of posts, for moderators; each links to the thread, where they hide or lock. */
export function ForumReportsSection() {
  const { data, loading, error, refetch } = useQuery(ForumReportsDocument, { fetchPolicy: 'cache-and-network' });
  const reports = data?.forumReports ?? [];
  return (
    <section aria-labelledby="forum-meldingen-kop">
      <Heading level={2} id="forum-meldingen-kop">
        {t.heading}
      </Heading>
      {loading && !data && <LoadingStatus />}
      {error && !data && <ErrorMessage onRetry={() => void refetch()} />}
      {data && reports.length === 0 && <Paragraph>{t.none}</Paragraph>}
      <ul className="monitor-forum__list">
        {reports.map((report) => (
          <li key={report.id} className="monitor-card">
            <Heading level={3}>
              <RouterLink to={`/forum/vraag/${report.threadId}#bericht-${report.postId}`}>{report.threadTitle}</RouterLink>
            </Heading>
            <Paragraph className="monitor-forum__meta">{t.item(report.reporterName, nlForum.dateTime(report.createdAt))}</Paragraph>
            <Paragraph>
              {t.reason}: {report.reason}
            </Paragraph>
            <blockquote className="monitor-forum__body">{report.excerpt}</blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}
