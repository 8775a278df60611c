import { YEAR_MAX, YEAR_MIN } from '@monitor/domain';
import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AccessError } from '../../auth/auth.errors';
import type { Context } from '../../context';
import { ProposeSharingAgreementInput, SharedIndicatorValue, SharingAgreementType } from './sharing.types';

/** IDs arrive as strings; anything that is not a whole number simply does not exist. */
function toAgreementId(id: unknown): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) throw AccessError.notFound('Afspraak');
  return n;
}

@ArgsType()
class SharedIndicatorsArgs {
  @Field(() => ID, { description: 'Agreement id.' })
  agreementId: number;

  @Field(() => Int, { description: 'Year.' })
  @Min(YEAR_MIN.monitor)
  @Max(YEAR_MAX)
  year: number;
}

@Resolver(() => SharingAgreementType)
export class SharingResolver {
  @Query(() => [SharingAgreementType], { description: 'Agreements of the own municipality (administrators: all).' })
  sharingAgreements(@Ctx() ctx: Context): Promise<SharingAgreementType[]> {
    return ctx.services.sharing.list(ctx);
  }

  @Query(() => [SharedIndicatorValue], { description: 'Indicator scores by name of the members of an active agreement (members and NJi only).' })
  sharedIndicators(@Args() { agreementId, year }: SharedIndicatorsArgs, @Ctx() ctx: Context): Promise<SharedIndicatorValue[]> {
    return ctx.services.sharing.sharedIndicators(ctx, toAgreementId(agreementId), year);
  }

  @Mutation(() => SharingAgreementType, { description: 'Proposes an agreement to municipalities of the same Veilig Thuis region or safety region.' })
  proposeSharingAgreement(
    @Arg('input', () => ProposeSharingAgreementInput, { description: 'The proposal.' }) input: ProposeSharingAgreementInput,
    @Ctx() ctx: Context,
  ): Promise<SharingAgreementType> {
    return ctx.services.sharing.propose(ctx, input);
  }

  @Mutation(() => SharingAgreementType, { description: 'Accepts or declines an invitation for the own municipality.' })
  respondToSharingAgreement(
    @Arg('id', () => ID, { description: 'Agreement id.' }) id: number,
    @Arg('accept', { description: 'True to accept, false to decline.' }) accept: boolean,
    @Ctx() ctx: Context,
  ): Promise<SharingAgreementType> {
    return ctx.services.sharing.respond(ctx, toAgreementId(id), accept);
  }

  @Mutation(() => SharingAgreementType, { description: 'Withdraws the own municipality, effective immediately.' })
  withdrawFromSharingAgreement(
    @Arg('id', () => ID, { description: 'Agreement id.' }) id: number,
    @Ctx() ctx: Context,
  ): Promise<SharingAgreementType> {
    return ctx.services.sharing.withdraw(ctx, toAgreementId(id));
  }
}
