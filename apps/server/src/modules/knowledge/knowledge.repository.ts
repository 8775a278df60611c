import type { KnowledgeSource } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { rowsOf } from '../../db/sql';
import type { KnowledgeArticleType, KnowledgeRevisionType } from './knowledge.types';

/** The SQL of the knowledge base: articles, their append-only revisions and Dutch full-text search. */

interface ArticleRow {
  article_id: number;
  slug: string;
  theme: string;
  title: string;
  summary: string;
  body_markdown: string;
  indicator_keys: string[];
  sources: KnowledgeSource[];
  revision: number;
  created_at: Date;
  rank: number | null;
}

interface RevisionRow {
  article_id: number;
  revision: number;
  title: string;
  note: string | null;
  author_name: string;
  created_at: Date;
}

export interface ArticleFilter {
  theme: string | null;
  indicatorKey: string | null;
  search: string | null;
  first: number;
}

export interface NewRevision {
  slug: string;
  theme: string;
  title: string;
  summary: string;
  bodyMarkdown: string;
  indicatorKeys: string[];
  sources: KnowledgeSource[];
  note: string | null;
  authorId: string;
}

/** Latest revision per article: the one no later revision of the same article follows. */
const LATEST = `NOT EXISTS (SELECT 1 FROM knowledge_revision later WHERE later.article_id = r.article_id AND later.revision > r.revision)`;
const ARTICLE_COLUMNS = `a.id AS article_id, a.slug, r.theme, r.title, r.summary, r.body_markdown, r.indicator_keys, r.sources, r.revision, r.created_at`;

function toArticle(row: ArticleRow): KnowledgeArticleType {
  return {
    articleId: row.article_id,
    slug: row.slug,
    theme: row.theme,
    title: row.title,
    summary: row.summary,
    bodyMarkdown: row.body_markdown,
    indicatorKeys: row.indicator_keys,
    sources: row.sources.map((s) => ({ title: s.title, publisher: s.publisher, year: s.year ?? null, url: s.url ?? null })),
    revision: row.revision,
    updatedAt: row.created_at,
    ...(row.rank === null ? {} : { rank: row.rank }),
  };
}

export class KnowledgeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Current articles, filtered; with a search text ranked by ts_rank (Dutch stemming), otherwise by theme and title. */
  async list({ theme, indicatorKey, search, first }: ArticleFilter): Promise<KnowledgeArticleType[]> {
    const rows = await this.dataSource.query<ArticleRow[]>(
      `SELECT ${ARTICLE_COLUMNS},
              CASE WHEN $3::text IS NULL THEN NULL ELSE ts_rank(r.search, websearch_to_tsquery('dutch', $3)) END AS rank
         FROM knowledge_revision r JOIN knowledge_article a ON a.id = r.article_id
        WHERE ${LATEST}
          AND ($1::text IS NULL OR r.theme = $1)
          AND ($2::text IS NULL OR $2 = ANY (r.indicator_keys))
          AND ($3::text IS NULL OR r.search @@ websearch_to_tsquery('dutch', $3))
        ORDER BY rank DESC NULLS LAST, r.theme, r.title, a.slug
        LIMIT $4`,
      [theme, indicatorKey, search, first],
    );
    return rows.map(toArticle);
  }

  async bySlug(slug: string, manager: EntityManager = this.dataSource.manager): Promise<KnowledgeArticleType | null> {
    const [row] = await rowsOf<ArticleRow>(
      manager,
      `SELECT ${ARTICLE_COLUMNS}, NULL::real AS rank
         FROM knowledge_revision r JOIN knowledge_article a ON a.id = r.article_id
        WHERE a.slug = $1 AND ${LATEST}`,
      [slug],
    );
    return row ? toArticle(row) : null;
  }

  /** Revisions of several articles, newest first, at most `first` per article. */
  async revisions(articleIds: readonly number[], first: number): Promise<Map<number, KnowledgeRevisionType[]>> {
    const rows = await this.dataSource.query<RevisionRow[]>(
      `SELECT article_id, revision, title, note, author_name, created_at FROM (
         SELECT r.*, row_number() OVER (PARTITION BY r.article_id ORDER BY r.revision DESC) AS position
           FROM knowledge_revision r WHERE r.article_id = ANY($1)
       ) ranked WHERE position <= $2 ORDER BY article_id, revision DESC`,
      [[...articleIds], first],
    );
    const byArticle = new Map<number, KnowledgeRevisionType[]>();
    for (const row of rows) {
      const list = byArticle.get(row.article_id) ?? [];
      list.push({ revision: row.revision, title: row.title, note: row.note, authorName: row.author_name, createdAt: row.created_at });
      byArticle.set(row.article_id, list);
    }
    return byArticle;
  }

  /**
   * Appends a revision; creates the article when `expectedRevision` is 0. Returns null when the
   * latest revision is not `expectedRevision` (someone else saved in between, or the slug is taken).
   * The article row is locked, so two saves of one article are serialised.
   */
  async appendRevision(revision: NewRevision, expectedRevision: number): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      let articleId: number;
      if (expectedRevision === 0) {
        const created = await rowsOf<{ id: number }>(
          manager,
          'INSERT INTO knowledge_article (slug) VALUES ($1) ON CONFLICT (slug) DO NOTHING RETURNING id',
          [revision.slug],
        );
        if (created.length === 0) return false;
        articleId = created[0].id;
      } else {
        const [locked] = await rowsOf<{ id: number; latest: number }>(
          manager,
          `SELECT a.id, (SELECT max(revision) FROM knowledge_revision WHERE article_id = a.id) AS latest
             FROM knowledge_article a WHERE a.slug = $1 FOR UPDATE`,
          [revision.slug],
        );
        if (!locked || locked.latest !== expectedRevision) return false;
        articleId = locked.id;
      }
      await manager.query(
        `INSERT INTO knowledge_revision (article_id, revision, theme, title, summary, body_markdown, sources, indicator_keys, note, author_id, author_name)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, u.id, u.name FROM app_user u WHERE u.id = $10`,
        [
          articleId,
          expectedRevision + 1,
          revision.theme,
          revision.title,
          revision.summary,
          revision.bodyMarkdown,
          JSON.stringify(revision.sources),
          revision.indicatorKeys,
          revision.note,
          revision.authorId,
        ],
      );
      return true;
    });
  }
}
