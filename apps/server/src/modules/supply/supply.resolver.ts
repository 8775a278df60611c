import { MUNICIPALITY_CODE_PATTERN } from '@monitor/domain';
import { Matches } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { CareOffer, CareOfferInput, Intervention, InterventionInput, SupplyAnalysis } from './supply.types';

@ArgsType()
class SupplyArgs {
  @Field({ description: 'CBS code of the municipality, e.g. GM0344.' })
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: 'municipalityCode moet een CBS-gemeentecode zijn, zoals GM0363' })
  municipalityCode: string;
}

@ArgsType()
class DeleteCareOfferArgs extends SupplyArgs {
  @Field(() => ID, { description: 'The offer.' })
  id: string;
}

@Resolver()
export class SupplyResolver {
  @Query(() => [Intervention], {
    description: 'The intervention catalogue (databank and recognition level as entered by NJi administrators). Public.',
  })
  interventions(@Ctx() ctx: Context): Promise<Intervention[]> {
    return ctx.services.supply.interventions(ctx);
  }

  @Mutation(() => Intervention, { description: 'Adds or changes a catalogue entry. NJi administrators only.' })
  saveIntervention(
    @Arg('input', () => InterventionInput, { description: 'The entry.' }) input: InterventionInput,
    @Ctx() ctx: Context,
  ): Promise<Intervention> {
    return ctx.services.supply.saveIntervention(ctx, input);
  }

  @Query(() => SupplyAnalysis, {
    description:
      'Demand and supply of a municipality per district and target group: need, offers, coverage, gaps, youth care and expected-versus-observed youth care. The municipality, sharing partners and NJi staff.',
  })
  supplyAnalysis(@Args() { municipalityCode }: SupplyArgs, @Ctx() ctx: Context): Promise<SupplyAnalysis> {
    return ctx.services.supply.analysis(ctx, municipalityCode);
  }

  @Mutation(() => CareOffer, { description: 'Adds or changes an offer of a municipality. Its editors only.' })
  saveCareOffer(@Arg('input', () => CareOfferInput, { description: 'The offer.' }) input: CareOfferInput, @Ctx() ctx: Context): Promise<CareOffer> {
    return ctx.services.supply.saveCareOffer(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Removes an offer of a municipality; false when it has no such offer. Its editors only.' })
  deleteCareOffer(@Args() { municipalityCode, id }: DeleteCareOfferArgs, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.supply.deleteCareOffer(ctx, municipalityCode, id);
  }
}
