import {
  ErrorCode,
  INDICATORS_2026,
  isKnowledgeSlug,
  isKnowledgeTheme,
  isReservedKnowledgeSlug,
  KNOWLEDGE_THEMES,
  type KnowledgeSource,
} from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { authError } from '../../auth/auth.errors';
import type { Context } from '../../context';
import { badUserInput } from '../../graphql/errors';
import { renderArticleMarkdown } from './knowledge.markdown';
import { KnowledgeRepository } from './knowledge.repository';
import type { KnowledgeArticleType, KnowledgeSourceInput, SaveKnowledgeArticleInput } from './knowledge.types';

const INDICATOR_KEYS = new Set(INDICATORS_2026.map((indicator) => indicator.key));

/** Reading is open to everyone (public knowledge; the access matrix says who); writing is for knowledge editors and administrators. */
export class KnowledgeService {
  private readonly repository: KnowledgeRepository;

  constructor(dataSource: DataSource) {
    this.repository = new KnowledgeRepository(dataSource);
  }

  list(
    ctx: Context,
    filter: { theme?: string | null; indicatorKey?: string | null; search?: string | null; first: number },
  ): Promise<KnowledgeArticleType[]> {
    requireAccess(ctx, 'knowledge.read');
    const search = filter.search?.trim() || null;
    return this.repository.list({ theme: filter.theme ?? null, indicatorKey: filter.indicatorKey ?? null, search, first: filter.first });
  }

  bySlug(ctx: Context, slug: string): Promise<KnowledgeArticleType | null> {
    requireAccess(ctx, 'knowledge.read');
    return isKnowledgeSlug(slug) ? this.repository.bySlug(slug) : Promise.resolve(null);
  }

  /** The sanitised HTML of a Markdown text, as the published pages show it (the preview of every Markdown editor). */
  preview(ctx: Context, markdown: string): string {
    requireAccess(ctx, 'markdown.preview');
    return renderArticleMarkdown(markdown);
  }

  async save(ctx: Context, input: SaveKnowledgeArticleInput): Promise<KnowledgeArticleType> {
    requireAccess(ctx, 'knowledge.write');
    const revision = validated(input);
    const saved = await this.repository.appendRevision({ ...revision, authorId: ctx.caller.userId }, input.expectedRevision);
    if (!saved) {
      throw authError(
        ErrorCode.CONFLICT,
        input.expectedRevision === 0
          ? 'Er bestaat al een artikel met dit adres; kies een ander adres.'
          : 'Iemand anders heeft dit artikel intussen opgeslagen. Laad de nieuwste versie en breng uw wijziging opnieuw aan.',
        { field: input.expectedRevision === 0 ? 'input.slug' : 'input.expectedRevision' },
      );
    }
    return (await this.repository.bySlug(input.slug))!;
  }
}

function validated(input: SaveKnowledgeArticleInput) {
  if (!isKnowledgeSlug(input.slug))
    throw badUserInput('input.slug', 'gebruik 3 tot 80 kleine letters en cijfers, woorden gescheiden door een streepje');
  if (isReservedKnowledgeSlug(input.slug))
    throw badUserInput('input.slug', `het adres "${input.slug}" gebruikt de monitor zelf (/kennisbank/${input.slug}); kies een ander adres`);
  if (!isKnowledgeTheme(input.theme)) throw badUserInput('input.theme', `kies een van: ${KNOWLEDGE_THEMES.join(', ')}`);
  const title = input.title.trim();
  if (!title) throw badUserInput('input.title', 'een titel is verplicht');
  const unknown = input.indicatorKeys.filter((key) => !INDICATOR_KEYS.has(key));
  if (unknown.length > 0) throw badUserInput('input.indicatorKeys', `onbekende indicator: ${unknown.join(', ')}`);
  return {
    slug: input.slug,
    theme: input.theme,
    title,
    summary: input.summary.trim(),
    bodyMarkdown: input.bodyMarkdown,
    indicatorKeys: [...new Set(input.indicatorKeys)],
    sources: input.sources.map((source, index) => validSource(source, index)),
    note: input.note?.trim() || null,
  };
}

function validSource(source: KnowledgeSourceInput, index: number): KnowledgeSource {
  const field = `input.sources.${index}`;
  if (!source.title.trim()) throw badUserInput(`${field}.title`, 'een titel is verplicht');
  if (!source.publisher.trim()) throw badUserInput(`${field}.publisher`, 'een uitgever of auteur is verplicht');
  const url = source.url?.trim() || null;
  if (url !== null && !isWebAddress(url)) throw badUserInput(`${field}.url`, 'geef een webadres dat begint met https:// of http://');
  return { title: source.title.trim(), publisher: source.publisher.trim(), year: source.year ?? null, url };
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
