import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import {
  EffectPublicationsArgs,
  EffectPublicationType,
  EffectScoresArgs,
  EffectScoreType,
  EffectTrajectoryInput,
  EffectUploadResult,
  UploadEffectScoresArgs,
} from './effect.types';

@Resolver()
export class EffectResolver {
  @Query(() => [EffectPublicationType], {
    description:
      'Effect monitoring: released figures (change in safety per rater, agreement between raters) per intervention and district, through the release ledger; groups below the minimum of 10 trajectories are PROTECTED without figures. Public.',
  })
  effectPublications(@Args() args: EffectPublicationsArgs, @Ctx() ctx: Context): Promise<EffectPublicationType[]> {
    return ctx.services.effects.publications(ctx, args);
  }

  @Query(() => [EffectScoreType], {
    description: 'A municipality’s stored effect scores (pseudonymised trajectories), newest first. The municipality itself and NJi staff only.',
  })
  effectScores(@Args() { municipalityCode, first }: EffectScoresArgs, @Ctx() ctx: Context): Promise<EffectScoreType[]> {
    return ctx.services.effects.scores(ctx, municipalityCode, first);
  }

  @Mutation(() => EffectUploadResult, {
    description:
      'Uploads safety-scale scores as CSV (docs/effect-scores-csv.md). All or nothing: any bad line (including a BSN-like number, a date or a name) stores nothing; the error names the line (extensions.line) and field.',
  })
  uploadEffectScores(@Args() { municipalityCode, csv }: UploadEffectScoresArgs, @Ctx() ctx: Context): Promise<EffectUploadResult> {
    return ctx.services.effects.uploadCsv(ctx, municipalityCode, csv);
  }

  @Mutation(() => EffectUploadResult, { description: 'Stores the scores of one trajectory entered in the form (same rules as the CSV upload).' })
  saveEffectTrajectory(
    @Arg('input', () => EffectTrajectoryInput, { description: 'The trajectory and its scores.' }) input: EffectTrajectoryInput,
    @Ctx() ctx: Context,
  ): Promise<EffectUploadResult> {
    return ctx.services.effects.saveTrajectory(ctx, input);
  }
}
