import { ErrorCode } from '@monitor/domain';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import {
  AnswerForumQuestionDocument,
  FollowForumThreadDocument,
  ForumThreadDocument,
  LockForumThreadDocument,
  type ForumThreadDetailFragment,
} from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { nlForum } from '../../i18n/nl.forum';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { Textarea } from '../../ui/Textarea';
import { useFormErrors } from '../../ui/forms/useFormErrors';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { apiError } from '../../ui/forms/apiError';
import { ForumPost } from './ForumPost';
import './forum.css';

const t = nlForum.thread;
const FIELD_IDS = { 'input.bodyMarkdown': 'antwoord-tekst', 'input.threadId': 'antwoord-tekst' };

function AnswerForm({ threadId }: { threadId: number }) {
  const [body, setBody] = useState('');
  const form = useFormErrors(FIELD_IDS);
  const [answer, { loading }] = useMutation(AnswerForumQuestionDocument);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (form.report({ 'input.bodyMarkdown': body.trim() ? undefined : t.answerEmpty })) return;
    try {
      await answer({ variables: { input: { threadId, bodyMarkdown: body } } });
      setBody('');
    } catch (error) {
      form.reportApiError(error);
    }
  };
  const f = form.field('input.bodyMarkdown');
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="monitor-forum__form" aria-labelledby="antwoord-kop">
      <Heading level={2} id="antwoord-kop">
        {t.yourAnswer}
      </Heading>
      <ErrorSummary ref={form.summaryRef} headingLevel={3} heading={nl.forms.summaryHeading} general={form.general} items={form.items} />
      <FormField inputId={f.id} label={t.yourAnswer} description={t.answerHint} descriptionId="antwoord-hint" error={f.error} errorId={f.errorId}>
        <Textarea
          id={f.id}
          value={body}
          rows={6}
          required
          invalid={f.invalid}
          aria-describedby={describedBy('antwoord-hint', f.error && f.errorId)}
          onChange={(e) => setBody(e.target.value)}
        />
      </FormField>
      <Button type="submit" appearance="primary-action-button" disabled={loading}>
        {t.submitAnswer}
      </Button>
    </form>
  );
}

function ThreadControls({ thread }: { thread: ForumThreadDetailFragment }) {
  const [follow, following] = useMutation(FollowForumThreadDocument);
  const [lock, locking] = useMutation(LockForumThreadDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const run = (work: Promise<unknown>) => void work.then(() => setProblem(null)).catch((error: unknown) => setProblem(apiError(error).message));
  return (
    <>
      <Paragraph>{thread.followed ? t.following : t.notFollowing}</Paragraph>
      <div className="monitor-forum__actions">
        <Button disabled={following.loading} onClick={() => run(follow({ variables: { threadId: thread.id, follow: !thread.followed } }))}>
          {thread.followed ? t.unfollow : t.follow}
        </Button>
        {thread.mayModerate && (
          <Button disabled={locking.loading} onClick={() => run(lock({ variables: { threadId: thread.id, locked: !thread.locked } }))}>
            {thread.locked ? t.unlock : t.lock}
          </Button>
        )}
      </div>
      {problem && (
        <Alert type="error" role="alert">
          {problem}
        </Alert>
      )}
    </>
  );
}

function Thread({ thread }: { thread: ForumThreadDetailFragment }) {
  useDocumentTitle(thread.title);
  const [question, ...answers] = thread.posts;
  return (
    <>
      <Paragraph>
        <RouterLink to={`/forum?categorie=${thread.categorySlug}`}>{thread.categoryName}</RouterLink>
      </Paragraph>
      <Heading level={1}>{thread.title}</Heading>
      <ThreadControls thread={thread} />
      {thread.locked && <Alert type="warning">{t.locked}</Alert>}
      {question && <ForumPost post={question} thread={thread} />}
      <section aria-labelledby="antwoorden-kop">
        <Heading level={2} id="antwoorden-kop">
          {t.answersHeading(answers.length)}
        </Heading>
        <div className="monitor-forum__posts">
          {answers.map((post) => (
            <ForumPost key={post.id} post={post} thread={thread} />
          ))}
        </div>
      </section>
      {!thread.locked && <AnswerForm threadId={thread.id} />}
      <Paragraph>
        <RouterLink to="/forum">{t.back}</RouterLink>
      </Paragraph>
    </>
  );
}

function ThreadNotFound() {
  useDocumentTitle(nl.notFound.title);
  return (
    <>
      <Heading level={1}>{nl.notFound.title}</Heading>
      <Paragraph>{t.notFound}</Paragraph>
      <Paragraph>
        <RouterLink to="/forum">{t.back}</RouterLink>
      </Paragraph>
    </>
  );
}

function ThreadLoader() {
  const threadId = Number(useParams().id);
  const valid = Number.isSafeInteger(threadId) && threadId > 0;
  const { data, loading, error, refetch } = useQuery(ForumThreadDocument, { variables: { threadId }, skip: !valid });
  if (loading && !data) return <LoadingStatus />;
  if (!valid || (error && apiError(error).code === ErrorCode.NOT_FOUND)) return <ThreadNotFound />;
  if (error && !data) return <ErrorMessage onRetry={() => void refetch()} />;
  return data ? <Thread thread={data.forumThread} /> : null;
}

/** /forum/vraag/:id: the question, its answers, following, answering, accepting and (for moderators) moderation. */
export default function ForumThreadPage() {
  return (
    <RequireSignIn>
      <ThreadLoader />
    </RequireSignIn>
  );
}
