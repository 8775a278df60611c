import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  AcceptForumAnswerDocument,
  HideForumPostDocument,
  ReportForumPostDocument,
  type ForumThreadDetailFragment,
} from '../../gql/__generated__/graphql';
import { nlForum } from '../../i18n/nl.forum';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { TextInput } from '../../ui/TextInput';
import { apiError } from '../../ui/forms/apiError';

const t = nlForum.thread;
type Post = ForumThreadDetailFragment['posts'][number];

function ReportForm({ postId }: { postId: number }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [report, { loading }] = useMutation(ReportForumPostDocument);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await report({ variables: { postId, reason } });
      setMessage({ ok: true, text: t.reported });
      setOpen(false);
    } catch (error) {
      setMessage({ ok: false, text: apiError(error).message });
    }
  };
  return (
    <>
      {message && (
        <Alert type={message.ok ? 'ok' : 'error'} role="status">
          {message.text}
        </Alert>
      )}
      {!open && !message?.ok && (
        <Button onClick={() => setOpen(true)} aria-expanded={false}>
          {t.report}
        </Button>
      )}
      {open && (
        <form onSubmit={(event) => void onSubmit(event)}>
          <FormField inputId={`melding-${postId}`} label={t.reportReason}>
            <TextInput id={`melding-${postId}`} value={reason} required maxLength={500} onChange={(e) => setReason(e.target.value)} />
          </FormField>
          <Button type="submit" disabled={loading || !reason.trim()}>
            {t.reportSend}
          </Button>
        </form>
      )}
    </>
  );
}

function PostActions({ post, thread }: { post: Post; thread: ForumThreadDetailFragment }) {
  const [accept, accepting] = useMutation(AcceptForumAnswerDocument);
  const [hide, hiding] = useMutation(HideForumPostDocument);
  const mayAccept = thread.mine && !post.isQuestion && !post.accepted && !post.hidden && !thread.locked;
  return (
    <div className="monitor-forum__actions">
      {mayAccept && (
        <Button appearance="primary-action-button" disabled={accepting.loading} onClick={() => void accept({ variables: { postId: post.id } })}>
          {t.accept}
        </Button>
      )}
      {!post.mine && !post.hidden && <ReportForm postId={post.id} />}
      {thread.mayModerate && (
        <Button disabled={hiding.loading} onClick={() => void hide({ variables: { postId: post.id, hidden: !post.hidden } })}>
          {post.hidden ? t.show : t.hide}
        </Button>
      )}
    </div>
  );
}

/** One question or answer: author, text (HTML sanitised on the server) and what the caller may do with it. */
export function ForumPost({ post, thread }: { post: Post; thread: ForumThreadDetailFragment }) {
  const classes = [
    'monitor-card',
    'monitor-forum__post',
    post.accepted && 'monitor-forum__post--accepted',
    post.hidden && 'monitor-forum__post--hidden',
  ];
  return (
    <article id={`bericht-${post.id}`} className={classes.filter(Boolean).join(' ')} aria-labelledby={`bericht-${post.id}-kop`}>
      <Heading level={post.isQuestion ? 2 : 3} id={`bericht-${post.id}-kop`}>
        {post.isQuestion ? t.question : post.accepted ? t.accepted : post.authorName}
      </Heading>
      <Paragraph className="monitor-forum__meta">{t.by(post.authorName, post.authorOrganisation, nlForum.dateTime(post.createdAt))}</Paragraph>
      {post.hidden && <Alert type="warning">{t.hiddenNotice(post.hiddenReason)}</Alert>}
      {/* sanitised on the server (markdown-it without raw HTML, then sanitize-html with an allow-list) */}
      <div className="monitor-forum__body" dangerouslySetInnerHTML={{ __html: post.html }} />
      <PostActions post={post} thread={thread} />
    </article>
  );
}
