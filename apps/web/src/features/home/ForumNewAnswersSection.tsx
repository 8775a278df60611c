import { useQuery } from '@apollo/client/react';
import { HomeForumNewAnswersDocument } from '../../gql/__generated__/graphql';
import { nlForum } from '../../i18n/nl.forum';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';

const t = nlForum.home;

/** "Nieuwe antwoorden": recent answers by others in forum threads the user follows. */
export function ForumNewAnswersSection() {
  const { data, loading, error, refetch } = useQuery(HomeForumNewAnswersDocument, { fetchPolicy: 'cache-and-network' });
  const answers = data?.forumNewAnswers ?? [];
  return (
    <section aria-labelledby="home-forum-kop">
      <Heading level={2} id="home-forum-kop">
        {t.heading}
      </Heading>
      {loading && !data && <LoadingStatus />}
      {error && !data && <ErrorMessage onRetry={() => void refetch()} />}
      {data && answers.length === 0 && <Paragraph>{t.none}</Paragraph>}
      <ul className="monitor-link-list">
        {answers.map((answer) => (
          <li key={answer.postId}>
            <RouterLink to={`/forum/vraag/${answer.threadId}#bericht-${answer.postId}`}>{answer.threadTitle}</RouterLink>{' '}
            <span>({t.item(answer.authorName, nlForum.dateTime(answer.createdAt))})</span>
          </li>
        ))}
        <li>
          <RouterLink to="/forum">{t.toForum}</RouterLink>
        </li>
      </ul>
    </section>
  );
}
