import type { QuestionnaireDefinition } from '@monitor/domain';
import { YEAR_MAX, YEAR_MIN } from '@monitor/domain';
import { IsOptional, Matches, Max, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, ArgsType, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { definitionProblems } from './questionnaire.validation';
import { toQuestionnaire } from './questionnaire.service';
import { Questionnaire } from './questionnaire.types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
class YearArgs {
  @Field(() => Int, { description: 'Year of the questionnaire.' })
  @Min(YEAR_MIN.monitor, { message: `year moet ${YEAR_MIN.monitor} of later zijn` })
  @Max(YEAR_MAX, { message: `year moet ${YEAR_MAX} of eerder zijn` })
  year: number;
}

@ArgsType()
class CloneArgs {
  @Field(() => Int, { description: 'Year to copy from.' })
  @Min(YEAR_MIN.monitor)
  @Max(YEAR_MAX)
  fromYear: number;

  @Field(() => Int, { description: 'Year of the new draft.' })
  @Min(YEAR_MIN.monitor, { message: `toYear moet ${YEAR_MIN.monitor} of later zijn` })
  @Max(YEAR_MAX, { message: `toYear moet ${YEAR_MAX} of eerder zijn` })
  toYear: number;
}

@InputType({ description: 'Changes to a draft questionnaire.' })
class QuestionnaireChanges {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The whole definition: { year, title, introduction, sections: [...] }.' })
  @IsOptional()
  definition?: QuestionnaireDefinition;

  @Field({ nullable: true, description: 'Opening date, YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE, { message: 'opensOn moet een datum zijn als 2027-01-15' })
  opensOn?: string;

  @Field({ nullable: true, description: 'Closing date, YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE, { message: 'closesOn moet een datum zijn als 2027-12-31' })
  closesOn?: string;
}

@Resolver(() => Questionnaire)
export class QuestionnaireResolver {
  @Query(() => Questionnaire, { nullable: true, description: 'The questionnaire of a year; null when there is none.' })
  async questionnaire(@Args() { year }: YearArgs, @Ctx() ctx: Context): Promise<Questionnaire | null> {
    const stored = await ctx.services.questionnaires.get(ctx, year);
    return stored ? toQuestionnaire(stored) : null;
  }

  @Query(() => [Questionnaire], { description: 'All questionnaire versions, newest first.' })
  async questionnaires(@Ctx() ctx: Context): Promise<Questionnaire[]> {
    return (await ctx.services.questionnaires.list(ctx)).map(toQuestionnaire);
  }

  @Mutation(() => Questionnaire, { description: 'Copies a version into a draft for a new year (administrators).' })
  async cloneQuestionnaire(@Args() { fromYear, toYear }: CloneArgs, @Ctx() ctx: Context): Promise<Questionnaire> {
    return toQuestionnaire(await ctx.services.questionnaires.clone(ctx, fromYear, toYear));
  }

  @Mutation(() => Questionnaire, { description: 'Edits a draft questionnaire (administrators); opened versions cannot change.' })
  async updateQuestionnaire(
    @Args() { year }: YearArgs,
    @Arg('changes', () => QuestionnaireChanges, { description: 'What to change.' }) changes: QuestionnaireChanges,
    @Ctx() ctx: Context,
  ): Promise<Questionnaire> {
    return toQuestionnaire(await ctx.services.questionnaires.update(ctx, year, changes, definitionProblems));
  }

  @Mutation(() => Questionnaire, { description: 'Opens a draft: from then on it is immutable (administrators).' })
  async openQuestionnaire(@Args() { year }: YearArgs, @Ctx() ctx: Context): Promise<Questionnaire> {
    return toQuestionnaire(await ctx.services.questionnaires.open(ctx, year));
  }
}
