import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { useSession } from '../../app/session/useSession';
import { ForumOverviewDocument, type ForumThreadListItemFragment } from '../../gql/__generated__/graphql';
import { nlForum } from '../../i18n/nl.forum';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { TextInput } from '../../ui/TextInput';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ForumReportsSection } from './ForumReportsSection';
import { mayModerateForum } from './forumAccess';
import './forum.css';

const t = nlForum.list;

function listLink(category: string | null, search: string | null): string {
  const params = new URLSearchParams();
  if (category) params.set('categorie', category);
  if (search) params.set('zoek', search);
  const query = params.toString();
  return query ? `/forum?${query}` : '/forum';
}

function SearchForm({ search, category }: { search: string | null; category: string | null }) {
  const [text, setText] = useState(search ?? '');
  const [, setParams] = useSearchParams();
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (category) next.set('categorie', category);
    if (text.trim()) next.set('zoek', text.trim());
    setParams(next);
  };
  return (
    <div className="monitor-forum__search">
      <form role="search" onSubmit={onSearch}>
        <FormField inputId="forum-zoek" label={t.searchLabel} description={t.searchHint} descriptionId="forum-zoek-hint">
          <TextInput id="forum-zoek" type="search" value={text} aria-describedby="forum-zoek-hint" onChange={(e) => setText(e.target.value)} />
        </FormField>
        <Button type="submit">{t.searchButton}</Button>
      </form>
    </div>
  );
}

function ThreadItem({ thread }: { thread: ForumThreadListItemFragment }) {
  return (
    <li className="monitor-card">
      <Heading level={2}>
        <RouterLink to={`/forum/vraag/${thread.id}`}>{thread.title}</RouterLink>
      </Heading>
      <Paragraph className="monitor-forum__meta">
        {thread.answered && <span className="monitor-forum__badge">{t.answered}</span>}
        {thread.locked && <span className="monitor-forum__badge">{t.locked}</span>}
        {thread.hidden && <span className="monitor-forum__badge">{t.hidden}</span>}
        {t.meta(thread.categoryName, thread.authorName, thread.answerCount, nlForum.dateTime(thread.lastActivityAt))}
      </Paragraph>
    </li>
  );
}

function ForumOverview() {
  useDocumentTitle(t.title);
  const [params] = useSearchParams();
  const search = params.get('zoek')?.trim() || null;
  const category = params.get('categorie') || null;
  const { me } = useSession();
  const { data, loading, error, refetch } = useQuery(ForumOverviewDocument, {
    variables: { search, categorySlug: category },
    fetchPolicy: 'cache-and-network',
  });
  const threads = data?.forumThreads ?? [];
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <ul className="monitor-forum__actions">
        <li>
          <RouterLink to="/forum/nieuw">{t.ask}</RouterLink>
        </li>
        <li>
          <RouterLink to="/forum/meldingen">{t.notifications}</RouterLink>
        </li>
      </ul>
      <SearchForm key={search ?? ''} search={search} category={category} />
      <nav aria-label={t.categories} className="monitor-forum__categories">
        <ul>
          <li>
            <RouterLink to={listLink(null, search)} current={category ? undefined : 'page'}>
              {t.allCategories}
            </RouterLink>
          </li>
          {(data?.forumCategories ?? []).map((c) => (
            <li key={c.slug}>
              <RouterLink to={listLink(c.slug, search)} current={category === c.slug ? 'page' : undefined}>
                {`${c.name} (${c.threadCount})`}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>
      <div aria-live="polite">{search && data && <Paragraph>{t.results(threads.length, search)}</Paragraph>}</div>
      {loading && !data && <LoadingStatus />}
      {error && !data && <ErrorMessage onRetry={() => void refetch()} />}
      {data && !search && threads.length === 0 && <Paragraph>{t.none}</Paragraph>}
      <ul className="monitor-forum__list">
        {threads.map((thread) => (
          <ThreadItem key={thread.id} thread={thread} />
        ))}
      </ul>
      {mayModerateForum(me?.role) && <ForumReportsSection />}
    </>
  );
}

/** /forum: categories, search and the threads (search results ranked best first); participants only. */
export default function ForumListPage() {
  return (
    <RequireSignIn>
      <ForumOverview />
    </RequireSignIn>
  );
}
