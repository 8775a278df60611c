import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { renderArticleMarkdown } from '../knowledge/knowledge.markdown';
import { FactsheetArgs, FactsheetBlockType, FactsheetsArgs, FactsheetType, SaveFactsheetInput } from './factsheet.types';

@Resolver(() => FactsheetType)
export class FactsheetResolver {
  @Query(() => [FactsheetType], { description: 'Published factsheets (their latest publication), newest first. Public.' })
  factsheets(@Args() { first }: FactsheetsArgs, @Ctx() ctx: Context): Promise<FactsheetType[]> {
    return ctx.services.factsheets.published(ctx, first);
  }

  @Query(() => FactsheetType, { nullable: true, description: 'The latest publication of a factsheet, or null when it was never published. Public.' })
  factsheet(@Args() { slug }: FactsheetArgs, @Ctx() ctx: Context): Promise<FactsheetType | null> {
    return ctx.services.factsheets.publishedBySlug(ctx, slug);
  }

  @Query(() => [FactsheetType], { description: 'Every factsheet as its draft (block definitions, no figures), last changed first. NJi staff.' })
  factsheetDrafts(@Args() { first }: FactsheetsArgs, @Ctx() ctx: Context): Promise<FactsheetType[]> {
    return ctx.services.factsheets.drafts(ctx, first);
  }

  @Query(() => FactsheetType, {
    nullable: true,
    description: 'The draft of a factsheet with its figures as an anonymous visitor would get them now (withheld ones withheld). NJi staff.',
  })
  factsheetDraft(@Args() { slug }: FactsheetArgs, @Ctx() ctx: Context): Promise<FactsheetType | null> {
    return ctx.services.factsheets.draft(ctx, slug);
  }

  @Mutation(() => FactsheetType, { description: 'Creates or changes the draft of a factsheet (NJi staff); what is published does not change.' })
  saveFactsheet(
    @Arg('input', () => SaveFactsheetInput, { description: 'The draft.' }) input: SaveFactsheetInput,
    @Ctx() ctx: Context,
  ): Promise<FactsheetType> {
    return ctx.services.factsheets.save(ctx, input);
  }

  @Mutation(() => FactsheetType, {
    description: 'Publishes the draft with the figures the public services give now, as a new revision (administrators).',
  })
  publishFactsheet(@Args() { slug }: FactsheetArgs, @Ctx() ctx: Context): Promise<FactsheetType> {
    return ctx.services.factsheets.publish(ctx, slug);
  }

  @Mutation(() => FactsheetType, {
    description:
      'Takes a published factsheet offline (administrators): the public list, page and PDF no longer show it; its publications are kept and publishing again puts it back. Returns the draft.',
  })
  unpublishFactsheet(@Args() { slug }: FactsheetArgs, @Ctx() ctx: Context): Promise<FactsheetType> {
    return ctx.services.factsheets.unpublish(ctx, slug);
  }

  @FieldResolver(() => String, { description: 'The introduction as sanitised HTML (the knowledge base\u2019s Markdown rules).' })
  introHtml(@Root() factsheet: FactsheetType): string {
    return renderArticleMarkdown(factsheet.introMarkdown);
  }

  @FieldResolver(() => String, { description: 'The conclusion as sanitised HTML.' })
  conclusionHtml(@Root() factsheet: FactsheetType): string {
    return renderArticleMarkdown(factsheet.conclusionMarkdown);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Address of the PDF of this publication (printed from the web page); null for a draft.',
  })
  pdfUrl(@Root() factsheet: FactsheetType): string | null {
    return factsheet.status === 'PUBLISHED' ? `/pdf/factsheets/${factsheet.slug}.pdf` : null;
  }
}

@Resolver(() => FactsheetBlockType)
export class FactsheetBlockResolver {
  @FieldResolver(() => String, {
    description: 'The block\u2019s text as sanitised HTML (the knowledge base\u2019s Markdown rules); empty when there is none.',
  })
  textHtml(@Root() block: FactsheetBlockType): string {
    return block.textMarkdown ? renderArticleMarkdown(block.textMarkdown) : '';
  }
}
