import { IsOptional, MaxLength, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { renderArticleMarkdown } from '../knowledge/knowledge.markdown';
import { PracticeExampleContentInput, PracticeExamplesArgs, PracticeExampleType, PublishPracticeExampleInput } from './practice.types';

@ArgsType()
class PracticeExampleIdArgs {
  @Field(() => Int, { description: 'Number of the example.' })
  @Min(1)
  id: number;
}

@ArgsType()
class HidePracticeExampleArgs extends PracticeExampleIdArgs {
  @Field({ description: 'true hides the example, false shows it again.' })
  hidden: boolean;

  @Field(() => String, { nullable: true, description: 'Why it is hidden (required when hiding); the municipality sees it.' })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
}

@Resolver(() => PracticeExampleType)
export class PracticeResolver {
  @Query(() => [PracticeExampleType], {
    description: 'Practice examples of municipalities, by indicator, theme, municipality or Dutch full-text search. Signed-in participants only.',
  })
  practiceExamples(@Args() args: PracticeExamplesArgs, @Ctx() ctx: Context): Promise<PracticeExampleType[]> {
    return ctx.services.practice.list(ctx, args);
  }

  @Query(() => PracticeExampleType, {
    nullable: true,
    description: 'One practice example, or null when there is none (or it is hidden). Signed-in participants only.',
  })
  practiceExample(@Args() { id }: PracticeExampleIdArgs, @Ctx() ctx: Context): Promise<PracticeExampleType | null> {
    return ctx.services.practice.byId(ctx, id);
  }

  @Mutation(() => PracticeExampleType, {
    description: 'Publishes a practice example of the editor’s own municipality; the band of the indicator at this moment is kept with it. Audited.',
  })
  publishPracticeExample(
    @Arg('input', () => PublishPracticeExampleInput, { description: 'The example.' }) input: PublishPracticeExampleInput,
    @Ctx() ctx: Context,
  ): Promise<PracticeExampleType> {
    return ctx.services.practice.publish(ctx, input);
  }

  @Mutation(() => PracticeExampleType, { description: 'Changes the text and contact of an example; editors of its municipality only. Audited.' })
  updatePracticeExample(
    @Args() { id }: PracticeExampleIdArgs,
    @Arg('input', () => PracticeExampleContentInput, { description: 'The new text.' }) input: PracticeExampleContentInput,
    @Ctx() ctx: Context,
  ): Promise<PracticeExampleType> {
    return ctx.services.practice.update(ctx, id, input);
  }

  @Mutation(() => PracticeExampleType, { description: 'Hides an example or shows it again; administrators only. Audited.' })
  setPracticeExampleHidden(@Args() { id, hidden, reason }: HidePracticeExampleArgs, @Ctx() ctx: Context): Promise<PracticeExampleType> {
    return ctx.services.practice.setHidden(ctx, id, hidden, reason ?? null);
  }

  @FieldResolver(() => String, { description: 'The text as HTML: Markdown rendered without raw HTML, then sanitised (as knowledge articles).' })
  html(@Root() example: PracticeExampleType): string {
    return renderArticleMarkdown(example.bodyMarkdown);
  }
}
