import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { INDICATORS_2026 } from '@monitor/domain';
import { KnowledgeArticleDocument, type KnowledgeArticleQuery } from '../../gql/__generated__/graphql';
import { nlKnowledge } from '../../i18n/nl.knowledge';
import { useSession } from '../../app/session/useSession';
import { PracticeExamplesLink } from '../../app/practice/PracticeExamplesLink';
import { DataList } from '../../ui/DataList';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { Link, RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { mayEditKnowledge } from './knowledgeAccess';
import './knowledge.css';

const t = nlKnowledge.article;
const INDICATOR_LABELS = new Map(INDICATORS_2026.map((indicator) => [indicator.key, indicator.label]));

type Article = NonNullable<KnowledgeArticleQuery['knowledgeArticle']>;

/** /kennisbank/:slug: the article (sanitised HTML from the server), its indicators, sources and history. */
export default function KnowledgeArticlePage() {
  const { slug = '' } = useParams();
  const { me, loading: sessionLoading } = useSession();
  const { data, loading, error, refetch } = useQuery(KnowledgeArticleDocument, {
    variables: { slug, signedIn: Boolean(me) },
    skip: sessionLoading,
    // an editor comes back here after saving: show the new revision, not the cached one
    fetchPolicy: 'cache-and-network',
  });
  const article = data?.knowledgeArticle ?? null;
  useDocumentTitle(article?.title ?? nlKnowledge.list.title);

  if (sessionLoading || (loading && !data)) return <LoadingStatus />;
  if (error) return <ErrorMessage onRetry={() => void refetch()} />;
  if (!article) {
    return (
      <>
        <Heading level={1}>{nlKnowledge.list.title}</Heading>
        <Paragraph>{t.notFound}</Paragraph>
        <Paragraph>
          <RouterLink to="/kennisbank">{t.back}</RouterLink>
        </Paragraph>
      </>
    );
  }
  return (
    <article className="monitor-knowledge-article">
      <Paragraph>
        <RouterLink to="/kennisbank">{t.back}</RouterLink>
      </Paragraph>
      <Heading level={1}>{article.title}</Heading>
      <DataList
        items={[
          { key: 'theme', label: t.theme, value: article.theme },
          { key: 'updated', label: t.updated, value: `${t.date(article.updatedAt)} (${t.revision.toLowerCase()} ${article.revision})` },
        ]}
      />
      {mayEditKnowledge(me?.role) && (
        <Paragraph>
          <RouterLink to={`/kennisbank/${article.slug}/bewerken`}>{t.edit}</RouterLink>
        </Paragraph>
      )}
      {article.summary && <Paragraph className="monitor-knowledge-article__summary">{article.summary}</Paragraph>}
      {/* sanitised on the server (markdown-it without raw HTML, then sanitize-html with an allow-list) */}
      <div className="monitor-knowledge-article__body" dangerouslySetInnerHTML={{ __html: article.html }} />
      <IndicatorLinks keys={article.indicatorKeys} />
      <Sources sources={article.sources} />
      <History article={article} showAuthors={Boolean(me)} />
    </article>
  );
}

function IndicatorLinks({ keys }: { keys: string[] }) {
  const labels = keys.map((key) => INDICATOR_LABELS.get(key)).filter((label): label is string => Boolean(label));
  if (labels.length === 0) return null;
  return (
    <section aria-labelledby="kennisbank-indicatoren">
      <Heading level={2} id="kennisbank-indicatoren">
        {t.indicators}
      </Heading>
      <ul>
        {keys
          .filter((key) => INDICATOR_LABELS.has(key))
          .map((key) => (
            <li key={key}>
              {INDICATOR_LABELS.get(key)}
              <PracticeExamplesLink indicatorKey={key} indicatorLabel={INDICATOR_LABELS.get(key)!} />
            </li>
          ))}
      </ul>
    </section>
  );
}

function Sources({ sources }: { sources: Article['sources'] }) {
  return (
    <section aria-labelledby="kennisbank-bronnen">
      <Heading level={2} id="kennisbank-bronnen">
        {t.sources}
      </Heading>
      {sources.length === 0 ? (
        <Paragraph>{t.noSources}</Paragraph>
      ) : (
        <ul className="monitor-knowledge-article__sources">
          {sources.map((source) => (
            <li key={`${source.title}-${source.publisher}`}>
              {source.url ? <Link href={source.url}>{source.title}</Link> : <cite>{source.title}</cite>}. {source.publisher}
              {source.year ? `, ${source.year}` : ''}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function History({ article, showAuthors }: { article: Article; showAuthors: boolean }) {
  return (
    <section aria-labelledby="kennisbank-geschiedenis">
      <Heading level={2} id="kennisbank-geschiedenis">
        {t.history}
      </Heading>
      <Table id="kennisbank-versies" caption={t.historyCaption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell numeric>{t.columnRevision}</TableHeaderCell>
            <TableHeaderCell>{t.columnDate}</TableHeaderCell>
            {showAuthors && <TableHeaderCell>{t.columnAuthor}</TableHeaderCell>}
            <TableHeaderCell>{t.columnNote}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {article.revisions.map((revision) => (
            <TableRow key={revision.revision}>
              <TableCell numeric>{revision.revision}</TableCell>
              <TableCell>{t.dateTime(revision.createdAt)}</TableCell>
              {showAuthors && <TableCell>{revision.authorName}</TableCell>}
              <TableCell>{revision.note ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
