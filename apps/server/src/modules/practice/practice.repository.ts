import type { Band } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The SQL of practice examples. The reads join `municipality` (its current name by code) in the
 * same statement (docs/architecture.md, "Cross-module reads").
 */

export interface PracticeRow {
  id: number;
  municipality_code: string;
  municipality_name: string | null;
  indicator_key: string;
  theme: string;
  title: string;
  measure: string;
  body_markdown: string;
  band: Band | null;
  /** numeric comes back as text from pg */
  band_value: string | null;
  band_year: number | null;
  contact_consent: boolean;
  contact_name: string | null;
  contact_email: string | null;
  source_note: string | null;
  author_name: string;
  published_at: Date;
  updated_at: Date;
  hidden_at: Date | null;
  hidden_reason: string | null;
}

export interface PracticeFilter {
  indicatorKey: string | null;
  theme: string | null;
  municipalityCode: string | null;
  search: string | null;
  /** hidden examples: none, all (administrators), or those of this municipality (its own users) */
  hidden: { kind: 'none' } | { kind: 'all' } | { kind: 'own'; municipalityCode: string };
  first: number;
}

export interface PracticeContent {
  title: string;
  measure: string;
  bodyMarkdown: string;
  contactConsent: boolean;
  contactName: string | null;
  contactEmail: string | null;
}

export interface NewPracticeExample extends PracticeContent {
  municipalityCode: string;
  indicatorKey: string;
  theme: string;
  band: { band: Band; value: number; year: number } | null;
  authorId: string;
}

const COLUMNS = `p.id, p.municipality_code, m.name AS municipality_name, p.indicator_key, p.theme, p.title, p.measure, p.body_markdown,
  p.band, p.band_value::text AS band_value, p.band_year, p.contact_consent, p.contact_name, p.contact_email, p.source_note,
  p.author_name, p.published_at, p.updated_at, p.hidden_at, p.hidden_reason`;
const FROM = 'practice_example p LEFT JOIN municipality m ON m.code = p.municipality_code AND m.valid_to IS NULL';

export class PracticeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Filtered examples; with a search text ranked by ts_rank (Dutch stemming), otherwise newest first. */
  async list(filter: PracticeFilter): Promise<PracticeRow[]> {
    const hiddenAll = filter.hidden.kind === 'all';
    const hiddenOwn = filter.hidden.kind === 'own' ? filter.hidden.municipalityCode : null;
    return this.dataSource.query<PracticeRow[]>(
      `SELECT ${COLUMNS} FROM ${FROM}
        WHERE ($1::text IS NULL OR p.indicator_key = $1)
          AND ($2::text IS NULL OR p.theme = $2)
          AND ($3::text IS NULL OR p.municipality_code = $3)
          AND ($4::text IS NULL OR p.search @@ websearch_to_tsquery('dutch', $4))
          AND (p.hidden_at IS NULL OR $5::boolean OR p.municipality_code = $6)
        ORDER BY CASE WHEN $4::text IS NULL THEN NULL ELSE ts_rank(p.search, websearch_to_tsquery('dutch', $4)) END DESC NULLS LAST,
                 p.published_at DESC, p.id DESC
        LIMIT $7`,
      [filter.indicatorKey, filter.theme, filter.municipalityCode, filter.search, hiddenAll, hiddenOwn, filter.first],
    );
  }

  async byId(id: number, manager: EntityManager = this.dataSource.manager): Promise<PracticeRow | null> {
    const [row] = await manager.query<PracticeRow[]>(`SELECT ${COLUMNS} FROM ${FROM} WHERE p.id = $1`, [id]);
    return row ?? null;
  }

  /** Inserts the example with the author's current name; the audit entry is written in the same transaction. */
  async insert(example: NewPracticeExample, manager: EntityManager): Promise<number> {
    const [row] = await manager.query<{ id: number }[]>(
      `INSERT INTO practice_example (municipality_code, indicator_key, theme, title, measure, body_markdown, band, band_value, band_year,
                                     contact_consent, contact_name, contact_email, author_id, author_name)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, u.id, u.name FROM app_user u WHERE u.id = $13
       RETURNING id`,
      [
        example.municipalityCode,
        example.indicatorKey,
        example.theme,
        example.title,
        example.measure,
        example.bodyMarkdown,
        example.band?.band ?? null,
        example.band?.value ?? null,
        example.band?.year ?? null,
        example.contactConsent,
        example.contactName,
        example.contactEmail,
        example.authorId,
      ],
    );
    return row.id;
  }

  /** Changes the text and contact; the band stays the one of publication. */
  async update(id: number, content: PracticeContent, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE practice_example SET title = $2, measure = $3, body_markdown = $4, contact_consent = $5, contact_name = $6, contact_email = $7,
              updated_at = now() WHERE id = $1`,
      [id, content.title, content.measure, content.bodyMarkdown, content.contactConsent, content.contactName, content.contactEmail],
    );
  }

  async setHidden(id: number, hidden: boolean, reason: string | null, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE practice_example SET hidden_at = CASE WHEN $2 THEN coalesce(hidden_at, now()) END, hidden_reason = CASE WHEN $2 THEN $3 END WHERE id = $1`,
      [id, hidden, reason],
    );
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
