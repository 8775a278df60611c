import { missingRequired, overallProgress, sectionProgress } from '@monitor/domain';
import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Municipality } from '../municipality/municipality.entity';
import { toQuestionnaire } from '../questionnaire/questionnaire.service';
import { Questionnaire } from '../questionnaire/questionnaire.types';
import { ReopenArgs, ResponseArgs, SaveAnswersInput } from './response.inputs';
import { answersOf, type ResponseView, type StoredAnswer } from './response.service';
import { AnswerType, PrefillResult, ResponseChange, ResponseProgress, ResponseType, toResponseType } from './response.types';

@ArgsType()
class HistoryArgs {
  @Field(() => Int, { nullable: true, defaultValue: 100, description: 'Number of entries, newest first (1-1000).' })
  @Min(1, { message: 'first moet minstens 1 zijn' })
  @Max(1000, { message: 'first mag hoogstens 1000 zijn' })
  first: number;
}

@Resolver(() => ResponseType)
export class ResponseResolver {
  @Query(() => ResponseType, {
    description: 'The response of a municipality to the questionnaire of a year (empty draft when nothing was saved yet).',
  })
  async response(@Args() { municipalityCode, year }: ResponseArgs, @Ctx() ctx: Context): Promise<ResponseType> {
    return toResponseType(await ctx.services.responses.view(ctx, municipalityCode, year));
  }

  @Mutation(() => ResponseType, {
    description: 'Saves a batch of answers, all or nothing. A stale expectedVersion gives CONFLICT with both values in extensions.conflicts.',
  })
  async saveAnswers(
    @Arg('input', () => SaveAnswersInput, { description: 'The answers.' }) input: SaveAnswersInput,
    @Ctx() ctx: Context,
  ): Promise<ResponseType> {
    return toResponseType(await ctx.services.responses.save(ctx, input));
  }

  @Mutation(() => ResponseType, { description: 'Submits the response: every visible required question must be answered; then it is locked.' })
  async submitResponse(@Args() { municipalityCode, year }: ResponseArgs, @Ctx() ctx: Context): Promise<ResponseType> {
    return toResponseType(await ctx.services.responses.submit(ctx, municipalityCode, year));
  }

  @Mutation(() => ResponseType, { description: 'Reopens a submitted response with a reason (administrators).' })
  async reopenResponse(@Args() { municipalityCode, year, reason }: ReopenArgs, @Ctx() ctx: Context): Promise<ResponseType> {
    return toResponseType(await ctx.services.responses.reopen(ctx, municipalityCode, year, reason));
  }

  @Mutation(() => PrefillResult, { description: 'Fills empty answers with last year\u2019s answers to the same questions (by key).' })
  async prefillFromPreviousYear(@Args() { municipalityCode, year }: ResponseArgs, @Ctx() ctx: Context): Promise<PrefillResult> {
    const { state, copied } = await ctx.services.responses.prefillFromPreviousYear(ctx, municipalityCode, year);
    return { response: toResponseType(state), copied };
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The municipality.' })
  municipality(@Root() response: ResponseType, @Ctx() ctx: Context): Promise<Municipality | null> {
    return ctx.loaders.municipalityById.load(response.state.municipalityId);
  }

  @FieldResolver(() => Questionnaire, { description: 'The questionnaire version this response answers.' })
  questionnaire(@Root() response: ResponseType): Questionnaire {
    return toQuestionnaire(response.state.questionnaire);
  }

  @FieldResolver(() => [AnswerType], { description: 'Current answers, including cleared ones (value null) with their version.' })
  answers(@Root() response: ResponseType, @Ctx() ctx: Context): Promise<StoredAnswer[]> {
    return answersOfView(response.state, ctx);
  }

  @FieldResolver(() => ResponseProgress, { description: 'Progress over the visible questions.' })
  async progress(@Root() response: ResponseType, @Ctx() ctx: Context): Promise<ResponseProgress> {
    const { definition } = response.state.questionnaire;
    const answers = answersOf({ answers: await answersOfView(response.state, ctx) });
    return {
      percentage: overallProgress(definition, answers),
      sections: sectionProgress(definition, answers),
      missingRequired: missingRequired(definition, answers),
    };
  }

  @FieldResolver(() => [ResponseChange], { description: 'Full history: who changed which answer when, submissions and reopenings.' })
  async history(@Root() response: ResponseType, @Args() { first }: HistoryArgs, @Ctx() ctx: Context): Promise<ResponseChange[]> {
    if (response.state.id === null) return [];
    return (await ctx.loaders.responseHistory.load(response.state.id)).slice(0, first);
  }
}

/** The answers a mutation already read, or (Query.response) those of the request's loader. */
function answersOfView(state: ResponseView, ctx: Context): Promise<StoredAnswer[]> {
  if (state.answers !== null) return Promise.resolve(state.answers);
  return state.id === null ? Promise.resolve([]) : ctx.loaders.answers.load(state.id);
}
