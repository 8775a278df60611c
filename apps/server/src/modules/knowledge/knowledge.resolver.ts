import { MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { renderArticleMarkdown } from './knowledge.markdown';
import {
  KnowledgeArticlesArgs,
  KnowledgeArticleType,
  KnowledgeRevisionsArgs,
  KnowledgeRevisionType,
  MAX_ARTICLE_LENGTH,
  SaveKnowledgeArticleInput,
} from './knowledge.types';

@ArgsType()
class KnowledgeArticleArgs {
  @Field({ description: 'Address of the article.' })
  @MaxLength(80)
  slug: string;
}

@ArgsType()
class PreviewArgs {
  @Field({ description: 'Markdown text.' })
  @MaxLength(MAX_ARTICLE_LENGTH)
  markdown: string;
}

@Resolver(() => KnowledgeArticleType)
export class KnowledgeResolver {
  @Query(() => [KnowledgeArticleType], {
    description: 'Knowledge-base articles (their latest revisions), by theme, by indicator or by Dutch full-text search. Public.',
  })
  knowledgeArticles(@Args() args: KnowledgeArticlesArgs, @Ctx() ctx: Context): Promise<KnowledgeArticleType[]> {
    return ctx.services.knowledge.list(ctx, args);
  }

  @Query(() => KnowledgeArticleType, { nullable: true, description: 'One article by its address, or null when there is none. Public.' })
  knowledgeArticle(@Args() { slug }: KnowledgeArticleArgs, @Ctx() ctx: Context): Promise<KnowledgeArticleType | null> {
    return ctx.services.knowledge.bySlug(ctx, slug);
  }

  @Query(() => String, {
    description:
      'The sanitised HTML of a Markdown text, exactly as the published pages (articles, practice examples, factsheets) show it: the preview of every Markdown editor.',
  })
  knowledgeMarkdownPreview(@Args() { markdown }: PreviewArgs, @Ctx() ctx: Context): string {
    return ctx.services.knowledge.preview(ctx, markdown);
  }

  @Mutation(() => KnowledgeArticleType, {
    description: 'Saves a new revision of an article (or creates it). Knowledge editors and administrators only; earlier revisions are kept.',
  })
  saveKnowledgeArticle(
    @Arg('input', () => SaveKnowledgeArticleInput, { description: 'The new revision.' }) input: SaveKnowledgeArticleInput,
    @Ctx() ctx: Context,
  ): Promise<KnowledgeArticleType> {
    return ctx.services.knowledge.save(ctx, input);
  }

  @FieldResolver(() => String, { description: 'The text as HTML: Markdown rendered without raw HTML, then sanitised with an allow-list.' })
  html(@Root() article: KnowledgeArticleType): string {
    return renderArticleMarkdown(article.bodyMarkdown);
  }

  @FieldResolver(() => [KnowledgeRevisionType], { description: 'Revision history, newest first: number, title, note, author and time.' })
  revisions(@Root() article: KnowledgeArticleType, @Args() { first }: KnowledgeRevisionsArgs, @Ctx() ctx: Context): Promise<KnowledgeRevisionType[]> {
    return ctx.loaders.knowledgeRevisions(first).load(article.articleId);
  }
}
