import type { Role } from '@monitor/domain';
import { MUNICIPALITY_CODE_PATTERN } from '@monitor/domain';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RoleEnum } from '../../auth/auth.enums';
import type { Context } from '../../context';
import { Municipality } from '../municipality/municipality.entity';
import { User } from './user.entity';

@ArgsType()
class UsersArgs {
  @Field({ nullable: true, description: 'Part of the name or e-mail address.' })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => RoleEnum, { nullable: true, description: 'Only users with this role.' })
  @IsOptional()
  role?: Role;

  @Field({ nullable: true, description: 'Only active (true) or deactivated (false) users.' })
  @IsOptional()
  active?: boolean;
}

@ArgsType()
class ChangeRoleArgs {
  @Field(() => ID, { description: 'User id.' })
  userId: string;

  @Field(() => RoleEnum, { description: 'The new role.' })
  role: Role;

  @Field({ nullable: true, description: 'Municipality for a municipal role (CBS code); default: the current one.' })
  @IsOptional()
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: 'municipalityCode moet een CBS-gemeentecode zijn, zoals GM0363' })
  municipalityCode?: string;
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => [User], { description: 'All users (at most 1000), by name.' })
  users(@Args() args: UsersArgs, @Ctx() ctx: Context): Promise<User[]> {
    return ctx.services.users.list(ctx, args);
  }

  @Mutation(() => User, { description: 'Changes the role (and for municipal roles the municipality) of a user.' })
  changeUserRole(@Args() { userId, role, municipalityCode }: ChangeRoleArgs, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.users.changeRole(ctx, userId, role, municipalityCode);
  }

  @Mutation(() => User, { description: 'Deactivates a user: their sessions and API tokens end at once.' })
  deactivateUser(@Arg('userId', () => ID, { description: 'User id.' }) userId: string, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.users.setActive(ctx, userId, false);
  }

  @Mutation(() => User, { description: 'Reactivates a deactivated user (old sessions and tokens stay ended).' })
  reactivateUser(@Arg('userId', () => ID, { description: 'User id.' }) userId: string, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.users.setActive(ctx, userId, true);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The municipality of a municipal user; null for NJi staff.' })
  municipality(@Root() user: User, @Ctx() ctx: Context): Promise<Municipality | null> {
    return user.municipalityId === null ? Promise.resolve(null) : ctx.loaders.municipalityById.load(user.municipalityId);
  }
}
