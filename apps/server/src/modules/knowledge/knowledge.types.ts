import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';

/** Longest Markdown text of one article (the database refuses longer). */
export const MAX_ARTICLE_LENGTH = 50_000;
export const MAX_SOURCES = 20;
export const MAX_INDICATOR_LINKS = 30;
export const MAX_ARTICLES_PAGE = 100;
export const MAX_REVISIONS_PAGE = 200;

@ObjectType('KnowledgeSource', { description: 'A public source an article is based on.' })
export class KnowledgeSourceType {
  @Field({ description: 'Title of the publication or page.' })
  title: string;

  @Field({ description: 'Publisher or authors.' })
  publisher: string;

  @Field(() => Int, { nullable: true, description: 'Year of publication, when known.' })
  year: number | null;

  @Field(() => String, { nullable: true, description: 'Web address (http or https), only when certain.' })
  url: string | null;
}

@ObjectType('KnowledgeRevision', { description: 'One saved version of a knowledge article; revisions are never changed or deleted.' })
export class KnowledgeRevisionType {
  @Field(() => Int, { description: 'Revision number: 1 for the first version, counting up.' })
  revision: number;

  @Field({ description: 'Title in this revision.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'What the editor changed, in their own words.' })
  note: string | null;

  @Field({ description: 'Who saved this revision (the name at the time). Signed-in participants only.' })
  authorName: string;

  @Field({ description: 'When this revision was saved.' })
  createdAt: Date;
}

/** An article as its latest revision. `articleId` is internal (for the revisions loader). */
@ObjectType('KnowledgeArticle', {
  description: 'A knowledge-base article about a theme or indicator of the monitor. Its text is that of its latest revision.',
})
export class KnowledgeArticleType {
  articleId: number;

  @Field({ description: 'Stable address of the article: lower-case words joined by hyphens.' })
  slug: string;

  @Field({ description: 'Theme (one of the indicator themes, or "Achtergrond en cijfers").' })
  theme: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'Short summary (plain text), shown in lists and search results.' })
  summary: string;

  @Field({ description: 'The text as Markdown (raw HTML is not rendered).' })
  bodyMarkdown: string;

  @Field(() => [String], { description: 'Keys of the questionnaire indicators this article explains; their tips link to it.' })
  indicatorKeys: string[];

  @Field(() => [KnowledgeSourceType], { description: 'Public sources the article is based on.' })
  sources: KnowledgeSourceType[];

  @Field(() => Int, { description: 'Number of the latest revision.' })
  revision: number;

  @Field({ description: 'When the latest revision was saved.' })
  updatedAt: Date;

  /** Set by search only: how well the article matches (ts_rank). */
  rank?: number;
}

@InputType({ description: 'A source of an article.' })
export class KnowledgeSourceInput {
  @Field({ description: 'Title of the publication or page.' })
  @MinLength(1)
  @MaxLength(300)
  title: string;

  @Field({ description: 'Publisher or authors.' })
  @MinLength(1)
  @MaxLength(300)
  publisher: string;

  @Field(() => Int, { nullable: true, description: 'Year of publication.' })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Web address, http or https.' })
  @IsOptional()
  @MaxLength(1000)
  url?: string | null;
}

@InputType({ description: 'A new revision of an article, or the first revision of a new one.' })
export class SaveKnowledgeArticleInput {
  @Field({ description: 'Address of the article; a new slug creates a new article.' })
  @MaxLength(80)
  slug: string;

  @Field(() => Int, {
    description: 'The revision the editor started from: 0 for a new article. Saving fails with CONFLICT when someone saved in between.',
  })
  @Min(0)
  expectedRevision: number;

  @Field({ description: 'Theme.' })
  @MaxLength(100)
  theme: string;

  @Field({ description: 'Title.' })
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @Field({ description: 'Short plain-text summary.' })
  @MaxLength(1000)
  summary: string;

  @Field({ description: 'The text as Markdown.' })
  @MaxLength(MAX_ARTICLE_LENGTH)
  bodyMarkdown: string;

  @Field(() => [String], { description: 'Indicator keys this article explains.' })
  @ArrayMaxSize(MAX_INDICATOR_LINKS)
  indicatorKeys: string[];

  @Field(() => [KnowledgeSourceInput], { description: 'Sources.' })
  @ArrayMaxSize(MAX_SOURCES)
  @ValidateNested({ each: true })
  sources: KnowledgeSourceInput[];

  @Field(() => String, { nullable: true, description: 'What changed, for the revision history.' })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@ArgsType()
export class KnowledgeArticlesArgs {
  @Field(() => String, { nullable: true, description: 'Only articles of this theme.' })
  @IsOptional()
  @MaxLength(100)
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'Only articles linked to this indicator key.' })
  @IsOptional()
  @MaxLength(100)
  indicatorKey?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Dutch full-text search (words are stemmed: "meldingen" finds "melding"; quotes and OR and - work as in web search). Results are ranked best first.',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => Int, { defaultValue: 50, description: `At most this many articles (1-${MAX_ARTICLES_PAGE}).` })
  @Min(1)
  @Max(MAX_ARTICLES_PAGE)
  first: number;
}

@ArgsType()
export class KnowledgeRevisionsArgs {
  @Field(() => Int, { defaultValue: 50, description: `At most this many revisions, newest first (1-${MAX_REVISIONS_PAGE}).` })
  @Min(1)
  @Max(MAX_REVISIONS_PAGE)
  first: number;
}
