import type { Role } from '@monitor/domain';
import { MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { RegistrationStatusEnum, RoleEnum, type RegistrationStatus } from '../../auth/auth.enums';
import type { Context } from '../../context';
import { Municipality } from '../municipality/municipality.entity';
import { Registration } from './registration.entity';
import { RegisterInput } from './registration.inputs';

@ObjectType({ description: 'The answer to a registration; the same for every address.' })
class RegistrationReceipt {
  @Field({ description: 'What happens next (Dutch).' })
  message: string;
}

@ArgsType()
class RejectArgs {
  @Field(() => ID, { description: 'Registration id.' })
  id: string;

  @Field({ description: 'Why it is rejected; sent to the applicant.' })
  @MaxLength(1000, { message: 'reason mag hoogstens 1000 tekens hebben' })
  reason: string;
}

@Resolver(() => Registration)
export class RegistrationResolver {
  @Mutation(() => RegistrationReceipt, { description: 'Applies for an account (aanmelden); pending until an administrator decides.' })
  async register(@Arg('input', () => RegisterInput, { description: 'The application.' }) input: RegisterInput, @Ctx() ctx: Context) {
    return { message: await ctx.services.registrations.register(ctx, input) };
  }

  @Query(() => [Registration], { description: 'Applications, oldest first; optionally of one state.' })
  registrations(
    @Arg('status', () => RegistrationStatusEnum, { nullable: true, description: 'Only applications in this state.' })
    status: RegistrationStatus | undefined,
    @Ctx() ctx: Context,
  ): Promise<Registration[]> {
    return ctx.services.registrations.list(ctx, status ?? undefined);
  }

  @Mutation(() => Registration, { description: 'Approves an application with the chosen role; creates the account.' })
  approveRegistration(
    @Arg('id', () => ID, { description: 'Registration id.' }) id: string,
    @Arg('role', () => RoleEnum, { description: 'Role to grant: MUNICIPAL_EDITOR or MUNICIPAL_VIEWER.' }) role: Role,
    @Ctx() ctx: Context,
  ): Promise<Registration> {
    return ctx.services.registrations.approve(ctx, id, role);
  }

  @Mutation(() => Registration, { description: 'Rejects an application with a reason.' })
  rejectRegistration(@Args() { id, reason }: RejectArgs, @Ctx() ctx: Context): Promise<Registration> {
    return ctx.services.registrations.reject(ctx, id, reason);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The municipality the applicant works for.' })
  municipality(@Root() registration: Registration, @Ctx() ctx: Context): Promise<Municipality | null> {
    return ctx.loaders.municipalityById.load(registration.municipalityId);
  }
}
