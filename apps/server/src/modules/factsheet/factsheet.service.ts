import { ErrorCode, isFactsheetSlug, isReservedFactsheetSlug } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { AccessError, authError } from '../../auth/auth.errors';
import type { Context } from '../../context';
import { badUserInput } from '../../graphql/errors';
import { problemWith, resolveBlocks, type FigureSources } from './factsheet.figures';
import type { PagePrinter } from '../../http/page-printer';
import { FactsheetRepository, type BlockDefinition, type DraftRow, type PublicationRow } from './factsheet.repository';
import type { FactsheetType, SaveFactsheetInput } from './factsheet.types';

/** The web page a factsheet's PDF is printed from (the same page visitors see). */
export const factsheetPagePath = (slug: string) => `/factsheets/${slug}`;

/**
 * Factsheets: composed by NJi staff, published by administrators, read by everyone. Every figure
 * comes from the service that owns it, asked as an anonymous visitor (`asPublic`), so a factsheet
 * can never show more than the public pages do; publishing keeps the figures of that moment.
 */
export class FactsheetService {
  private readonly repository: FactsheetRepository;

  constructor(
    dataSource: DataSource,
    private readonly sources: FigureSources,
    private readonly asPublic: (ctx: Context) => Context,
    private readonly printer: PagePrinter,
  ) {
    this.repository = new FactsheetRepository(dataSource);
  }

  async published(ctx: Context, first: number): Promise<FactsheetType[]> {
    requireAccess(ctx, 'factsheet.read');
    return (await this.repository.latestPublications(first)).map(fromPublication);
  }

  async publishedBySlug(ctx: Context, slug: string): Promise<FactsheetType | null> {
    requireAccess(ctx, 'factsheet.read');
    const publication = isFactsheetSlug(slug) ? await this.repository.latestPublication(slug) : null;
    return publication ? fromPublication(publication) : null;
  }

  /** Drafts with their definitions only (no figures): the list of the composing page. */
  async drafts(ctx: Context, first: number): Promise<FactsheetType[]> {
    requireAccess(ctx, 'factsheet.compose');
    return (await this.repository.drafts(first)).map((draft) => fromDraft(draft, draft.blocks.map(definitionOnly)));
  }

  /** A draft with its figures as the public services give them now (the preview before publishing). */
  async draft(ctx: Context, slug: string): Promise<FactsheetType | null> {
    requireAccess(ctx, 'factsheet.compose');
    const draft = isFactsheetSlug(slug) ? await this.repository.draft(slug) : null;
    return draft ? fromDraft(draft, await resolveBlocks(this.asPublic(ctx), this.sources, draft.blocks, draft.year)) : null;
  }

  async save(ctx: Context, input: SaveFactsheetInput): Promise<FactsheetType> {
    requireAccess(ctx, 'factsheet.compose');
    const content = validated(input);
    await this.requireKnownMapLayers(ctx, content.blocks);
    const saved = await this.repository.saveDraft({ ...content, authorId: ctx.caller.userId }, input.expectedVersion);
    if (!saved)
      throw authError(
        ErrorCode.CONFLICT,
        input.expectedVersion === 0
          ? 'Er bestaat al een factsheet met dit adres; kies een ander adres.'
          : 'Iemand anders heeft deze factsheet intussen opgeslagen. Laad de nieuwste versie en breng uw wijziging opnieuw aan.',
        { field: input.expectedVersion === 0 ? 'input.slug' : 'input.expectedVersion' },
      );
    return (await this.draft(ctx, content.slug))!;
  }

  /** Publishes the draft as it is now, with the figures the public services give now; returns the publication. */
  async publish(ctx: Context, slug: string): Promise<FactsheetType> {
    requireAccess(ctx, 'factsheet.publish');
    const draft = isFactsheetSlug(slug) ? await this.repository.draft(slug) : null;
    if (!draft) throw AccessError.notFound('Factsheet');
    const blocks = await resolveBlocks(this.asPublic(ctx), this.sources, draft.blocks, draft.year);
    const revision = await this.repository.publish(draft, blocks, ctx.caller.userId);
    if (revision === null) throw authError(ErrorCode.CONFLICT, 'De factsheet is intussen gewijzigd. Bekijk de nieuwste versie en publiceer opnieuw.');
    return fromPublication((await this.repository.latestPublication(slug))!);
  }

  /** Takes the factsheet offline: the public list, page and PDF no longer show it; publishing again puts it back. */
  async unpublish(ctx: Context, slug: string): Promise<FactsheetType> {
    requireAccess(ctx, 'factsheet.publish');
    const draft = isFactsheetSlug(slug) ? await this.repository.draft(slug) : null;
    if (!draft) throw AccessError.notFound('Factsheet');
    if (!(await this.repository.unpublish(slug, ctx.caller.userId)))
      throw authError(ErrorCode.CONFLICT, 'Deze factsheet staat niet online: hij is nooit gepubliceerd of al offline gehaald.');
    return (await this.draft(ctx, slug))!;
  }

  /** Map layers are known only to the map-layer service: a block must name one the public map offers. */
  private async requireKnownMapLayers(ctx: Context, blocks: BlockDefinition[]): Promise<void> {
    if (!blocks.some((block) => block.kind === 'MAP_LAYER')) return;
    const keys = new Set((await this.sources.mapLayers.layers(this.asPublic(ctx))).map((layer) => layer.key));
    const index = blocks.findIndex((block) => block.kind === 'MAP_LAYER' && !keys.has(block.measure));
    if (index >= 0) throw badUserInput(`input.blocks.${index}.measure`, 'onbekende kaartlaag; kies een laag van de kaart');
  }

  /** The PDF of the latest publication, printed from its web page once and then kept with the publication. */
  async pdf(ctx: Context, slug: string, webBaseUrl: string): Promise<{ filename: string; body: Buffer } | null> {
    requireAccess(ctx, 'factsheet.read');
    const publication = isFactsheetSlug(slug) ? await this.repository.latestPublication(slug) : null;
    if (!publication) return null;
    const filename = `factsheet-${slug}-${publication.revision}.pdf`;
    const kept = await this.repository.pdf(publication.id);
    if (kept) return { filename, body: kept };
    const body = await this.printer.print(`${webBaseUrl}${factsheetPagePath(slug)}`);
    // the page printed may already show a newer publication than the one read above; keep it only when still the latest
    if ((await this.repository.latestPublication(slug))?.id === publication.id) await this.repository.storePdf(publication.id, body);
    return { filename, body };
  }
}

function validated(input: SaveFactsheetInput) {
  if (!isFactsheetSlug(input.slug))
    throw badUserInput('input.slug', 'gebruik 3 tot 80 kleine letters en cijfers, woorden gescheiden door een streepje');
  if (isReservedFactsheetSlug(input.slug))
    throw badUserInput('input.slug', `het adres "${input.slug}" gebruikt de monitor zelf voor een eigen pagina; kies een ander adres`);
  const title = input.title.trim();
  if (!title) throw badUserInput('input.title', 'een titel is verplicht');
  const blocks = input.blocks.map((block, index): BlockDefinition => {
    const definition = {
      kind: block.kind,
      measure: block.measure.trim(),
      period: block.period?.trim() || null,
      title: block.title?.trim() || null,
      textMarkdown: block.textMarkdown ?? '',
    };
    const problem = problemWith(definition);
    if (problem) throw badUserInput(`input.blocks.${index}.measure`, problem);
    if (definition.period !== null && !/^\d{4}(-H[12])?$/.test(definition.period))
      throw badUserInput(`input.blocks.${index}.period`, 'gebruik een jaar (2024) of een halfjaar (2025-H1)');
    return definition;
  });
  return { slug: input.slug, title, year: input.year, introMarkdown: input.introMarkdown, conclusionMarkdown: input.conclusionMarkdown, blocks };
}

/** A block as the composer defined it, before any figure is read. */
function definitionOnly(block: BlockDefinition): FactsheetType['blocks'][number] {
  return { ...block, title: block.title ?? '', textMarkdown: block.textMarkdown ?? '', unit: '', decimals: 0, source: '', note: null, figures: [] };
}

function fromPublication(row: PublicationRow): FactsheetType {
  return {
    slug: row.slug,
    status: 'PUBLISHED',
    title: row.title,
    year: row.year,
    introMarkdown: row.intro_markdown,
    conclusionMarkdown: row.conclusion_markdown,
    // publications from before blocks had text have none
    blocks: row.blocks.map((block) => ({ ...block, textMarkdown: block.textMarkdown ?? '' })),
    revision: row.revision,
    publishedAt: row.published_at,
    version: 0,
    publishedRevision: row.revision,
    unpublishedAt: null,
  };
}

function fromDraft(row: DraftRow, blocks: FactsheetType['blocks']): FactsheetType {
  return {
    slug: row.slug,
    status: 'DRAFT',
    title: row.title,
    year: row.year,
    introMarkdown: row.intro_markdown,
    conclusionMarkdown: row.conclusion_markdown,
    blocks,
    revision: null,
    publishedAt: null,
    version: row.version,
    publishedRevision: row.published_revision,
    unpublishedAt: row.unpublished_at,
  };
}
