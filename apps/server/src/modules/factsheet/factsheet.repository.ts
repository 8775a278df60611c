import type { DataSource } from 'typeorm';
import { rowsOf } from '../../db/sql';
import type { FactsheetBlockType } from './factsheet.types';

/** What a block of a draft asks for (stored as JSON in factsheet.blocks). */
export interface BlockDefinition {
  kind: FactsheetBlockType['kind'];
  measure: string;
  period: string | null;
  title: string | null;
  /** absent in drafts saved before blocks had text */
  textMarkdown?: string;
}

export interface DraftRow {
  id: number;
  slug: string;
  title: string;
  year: number;
  intro_markdown: string;
  conclusion_markdown: string;
  blocks: BlockDefinition[];
  version: number;
  published_revision: number | null;
  unpublished_at: Date | null;
}

export interface PublicationRow {
  id: number;
  slug: string;
  revision: number;
  title: string;
  year: number;
  intro_markdown: string;
  conclusion_markdown: string;
  /** the blocks with their figures as published (without text when published before blocks had text) */
  blocks: (Omit<FactsheetBlockType, 'textMarkdown'> & { textMarkdown?: string })[];
  published_at: Date;
}

export interface DraftContent {
  slug: string;
  title: string;
  year: number;
  introMarkdown: string;
  conclusionMarkdown: string;
  blocks: BlockDefinition[];
  authorId: string | null;
}

const DRAFT_COLUMNS = `f.id, f.slug, f.title, f.year, f.intro_markdown, f.conclusion_markdown, f.blocks, f.version, f.unpublished_at,
  (SELECT max(p.revision) FROM factsheet_publication p WHERE p.factsheet_id = f.id) AS published_revision`;

/** The latest publication of every factsheet (or of one) that is online (not taken offline by an administrator). */
const LATEST_PUBLICATIONS = `SELECT DISTINCT ON (p.factsheet_id) p.id, f.slug, p.revision, p.title, p.year, p.intro_markdown,
    p.conclusion_markdown, p.blocks, p.published_at
  FROM factsheet_publication p JOIN factsheet f ON f.id = p.factsheet_id AND f.unpublished_at IS NULL`;

export class FactsheetRepository {
  constructor(private readonly dataSource: DataSource) {}

  async latestPublications(first: number): Promise<PublicationRow[]> {
    return rowsOf<PublicationRow>(
      this.dataSource.manager,
      `SELECT * FROM (${LATEST_PUBLICATIONS} ORDER BY p.factsheet_id, p.revision DESC) latest ORDER BY published_at DESC, slug LIMIT $1`,
      [first],
    );
  }

  async latestPublication(slug: string): Promise<PublicationRow | null> {
    const rows = await rowsOf<PublicationRow>(
      this.dataSource.manager,
      `${LATEST_PUBLICATIONS} WHERE f.slug = $1 ORDER BY p.factsheet_id, p.revision DESC`,
      [slug],
    );
    return rows[0] ?? null;
  }

  async drafts(first: number): Promise<DraftRow[]> {
    return rowsOf<DraftRow>(this.dataSource.manager, `SELECT ${DRAFT_COLUMNS} FROM factsheet f ORDER BY f.updated_at DESC, f.slug LIMIT $1`, [first]);
  }

  async draft(slug: string): Promise<DraftRow | null> {
    const rows = await rowsOf<DraftRow>(this.dataSource.manager, `SELECT ${DRAFT_COLUMNS} FROM factsheet f WHERE f.slug = $1`, [slug]);
    return rows[0] ?? null;
  }

  /** Creates (expectedVersion 0) or updates the draft; false when the slug is taken or someone saved in between. */
  async saveDraft(content: DraftContent, expectedVersion: number): Promise<boolean> {
    const values = [
      content.slug,
      content.title,
      content.year,
      content.introMarkdown,
      content.conclusionMarkdown,
      JSON.stringify(content.blocks),
      content.authorId,
    ];
    const rows =
      expectedVersion === 0
        ? await rowsOf<{ id: number }>(
            this.dataSource.manager,
            `INSERT INTO factsheet (slug, title, year, intro_markdown, conclusion_markdown, blocks, updated_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (slug) DO NOTHING RETURNING id`,
            values,
          )
        : await rowsOf<{ id: number }>(
            this.dataSource.manager,
            `UPDATE factsheet SET title = $2, year = $3, intro_markdown = $4, conclusion_markdown = $5, blocks = $6, updated_by = $7,
               updated_at = now(), version = version + 1
             WHERE slug = $1 AND version = $8 RETURNING id`,
            [...values, expectedVersion],
          );
    return rows.length > 0;
  }

  /** Stores a publication of the draft (as it was at `version`) with its figures; null when the draft changed meanwhile. */
  async publish(draft: DraftRow, blocks: FactsheetBlockType[], publisherId: string | null): Promise<number | null> {
    return this.dataSource.transaction(async (manager) => {
      const [locked] = await rowsOf<{ version: number }>(manager, 'SELECT version FROM factsheet WHERE id = $1 FOR UPDATE', [draft.id]);
      if (!locked || locked.version !== draft.version) return null;
      const [row] = await rowsOf<{ revision: number }>(
        manager,
        `INSERT INTO factsheet_publication (factsheet_id, revision, title, year, intro_markdown, conclusion_markdown, blocks, published_by)
         SELECT $1, coalesce(max(revision), 0) + 1, $2, $3, $4, $5, $6, $7 FROM factsheet_publication WHERE factsheet_id = $1
         RETURNING revision`,
        [draft.id, draft.title, draft.year, draft.intro_markdown, draft.conclusion_markdown, JSON.stringify(blocks), publisherId],
      );
      await manager.query('UPDATE factsheet SET unpublished_at = NULL, unpublished_by = NULL WHERE id = $1', [draft.id]);
      return row.revision;
    });
  }

  /** Takes a published factsheet offline; false when it has no publication or is offline already. */
  async unpublish(slug: string, userId: string | null): Promise<boolean> {
    const rows = await rowsOf<{ id: number }>(
      this.dataSource.manager,
      `UPDATE factsheet f SET unpublished_at = now(), unpublished_by = $2
        WHERE f.slug = $1 AND f.unpublished_at IS NULL AND EXISTS (SELECT 1 FROM factsheet_publication p WHERE p.factsheet_id = f.id)
        RETURNING f.id`,
      [slug, userId],
    );
    return rows.length > 0;
  }

  async pdf(publicationId: number): Promise<Buffer | null> {
    const rows = await rowsOf<{ pdf: Buffer }>(this.dataSource.manager, 'SELECT pdf FROM factsheet_pdf WHERE publication_id = $1', [publicationId]);
    return rows[0]?.pdf ?? null;
  }

  async storePdf(publicationId: number, pdf: Buffer): Promise<void> {
    await this.dataSource.query('INSERT INTO factsheet_pdf (publication_id, pdf) VALUES ($1, $2) ON CONFLICT (publication_id) DO NOTHING', [
      publicationId,
      pdf,
    ]);
  }
}
