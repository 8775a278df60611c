import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { KNOWLEDGE_THEMES } from '@monitor/domain';
import { KnowledgeArticlesDocument } from '../../gql/__generated__/graphql';
import { nlKnowledge } from '../../i18n/nl.knowledge';
import { useSession } from '../../app/session/useSession';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { TextInput } from '../../ui/TextInput';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { mayEditKnowledge } from './knowledgeAccess';
import './knowledge.css';

const t = nlKnowledge.list;

/** /kennisbank: search box, themes, and the articles (search results ranked best first). */
export default function KnowledgeListPage() {
  useDocumentTitle(t.title);
  const [params, setParams] = useSearchParams();
  const search = params.get('zoek')?.trim() || null;
  const theme = params.get('thema') || null;
  const [text, setText] = useState(search ?? '');
  const { me } = useSession();
  const { data, loading, error, refetch } = useQuery(KnowledgeArticlesDocument, { variables: { search, theme, first: 100 } });

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (text.trim()) next.set('zoek', text.trim());
    if (theme) next.set('thema', theme);
    setParams(next);
  };

  const articles = data?.knowledgeArticles ?? [];
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      {mayEditKnowledge(me?.role) && (
        <Paragraph>
          <RouterLink to="/kennisbank/nieuw">{t.newArticle}</RouterLink>
        </Paragraph>
      )}
      <div className="monitor-knowledge__search">
        <form role="search" onSubmit={onSearch}>
          <FormField inputId="kennisbank-zoek" label={t.searchLabel} description={t.searchHint} descriptionId="kennisbank-zoek-hint">
            <TextInput
              id="kennisbank-zoek"
              type="search"
              value={text}
              aria-describedby="kennisbank-zoek-hint"
              onChange={(e) => setText(e.target.value)}
            />
          </FormField>
          <Button type="submit">{t.searchButton}</Button>
        </form>
      </div>
      <nav aria-label={t.themes} className="monitor-knowledge__themes">
        <ul>
          <li>
            <RouterLink to={search ? `/kennisbank?zoek=${encodeURIComponent(search)}` : '/kennisbank'} current={theme ? undefined : 'page'}>
              {t.allThemes}
            </RouterLink>
          </li>
          {KNOWLEDGE_THEMES.map((name) => (
            <li key={name}>
              <RouterLink to={themeLink(name, search)} current={theme === name ? 'page' : undefined}>
                {name}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>
      <div aria-live="polite" className="monitor-knowledge__status">
        {search && data && <Paragraph>{t.results(articles.length, search)}</Paragraph>}
        {!search && theme && data && <Paragraph>{t.inTheme(articles.length, theme)}</Paragraph>}
      </div>
      {loading && !data && <LoadingStatus />}
      {error && <ErrorMessage onRetry={() => void refetch()} />}
      {data && !search && articles.length === 0 && <Paragraph>{t.none}</Paragraph>}
      <ul className="monitor-knowledge__list">
        {articles.map((article) => (
          <li key={article.slug} className="monitor-card">
            <Heading level={2}>
              <RouterLink to={`/kennisbank/${article.slug}`}>{article.title}</RouterLink>
            </Heading>
            <Paragraph className="monitor-knowledge__meta">
              {article.theme} · {t.updated(article.updatedAt)}
            </Paragraph>
            {article.summary && <Paragraph>{article.summary}</Paragraph>}
          </li>
        ))}
      </ul>
    </>
  );
}

function themeLink(theme: string, search: string | null): string {
  const params = new URLSearchParams({ thema: theme });
  if (search) params.set('zoek', search);
  return `/kennisbank?${params.toString()}`;
}
