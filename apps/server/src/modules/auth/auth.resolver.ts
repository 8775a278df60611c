import { IsEmail, MaxLength, MinLength } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { DemoAccount } from '../demo/demo.types';
import { Session } from '../session/session.types';
import { User } from '../user/user.entity';

@ArgsType()
class LoginArgs {
  @Field({ description: 'E-mail address.' })
  @MaxLength(254, { message: 'email mag hoogstens 254 tekens hebben' })
  @MinLength(3, { message: 'email: vul uw e-mailadres in' })
  email: string;

  @Field({ description: 'Password.' })
  @MinLength(1, { message: 'password: vul uw wachtwoord in' })
  @MaxLength(256, { message: 'password mag hoogstens 256 tekens hebben' })
  password: string;
}

@ArgsType()
class ChangePasswordArgs {
  @Field({ description: 'The current password.' })
  @MaxLength(256)
  currentPassword: string;

  @Field({ description: 'The new password, at least 12 characters.' })
  @MaxLength(256, { message: 'newPassword mag hoogstens 256 tekens hebben' })
  newPassword: string;
}

@ArgsType()
class RequestResetArgs {
  @Field({ description: 'E-mail address of the account.' })
  @IsEmail({}, { message: 'email: vul een geldig e-mailadres in' })
  email: string;
}

@ArgsType()
class ResetPasswordArgs {
  @Field({ description: 'The token from the e-mailed link.' })
  @MaxLength(200, { message: 'token is ongeldig' })
  token: string;

  @Field({ description: 'The new password, at least 12 characters.' })
  @MaxLength(256, { message: 'newPassword mag hoogstens 256 tekens hebben' })
  newPassword: string;
}

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user (or the owner of the API token); null when anonymous.' })
  me(@Ctx() ctx: Context): Promise<User | null> {
    return ctx.services.auth.me(ctx);
  }

  @Query(() => [DemoAccount], {
    description:
      'The demo accounts with their password; empty unless demo mode is on. The demo administrator only for a client on the server itself while no real administrator exists.',
  })
  demoAccounts(@Ctx() ctx: Context): Promise<DemoAccount[]> {
    return ctx.services.demo.accounts(ctx);
  }

  @Mutation(() => User, { description: 'Signs in with e-mail address and password; sets the session cookie.' })
  login(@Args() { email, password }: LoginArgs, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.auth.login(ctx, email, password);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.logout(ctx);
  }

  @Mutation(() => Int, { description: 'Ends all sessions of the current user, on every device; returns how many ended.' })
  logoutEverywhere(@Ctx() ctx: Context): Promise<number> {
    return ctx.services.auth.logoutEverywhere(ctx);
  }

  @Mutation(() => Boolean, { description: 'Changes the password; other sessions end.' })
  changePassword(@Args() { currentPassword, newPassword }: ChangePasswordArgs, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.changePassword(ctx, currentPassword, newPassword);
  }

  @Mutation(() => Boolean, { description: 'Sends a single-use reset link when the address has an account; always answers true.' })
  requestPasswordReset(@Args() { email }: RequestResetArgs, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.requestPasswordReset(ctx, email);
  }

  @Mutation(() => Boolean, { description: 'Sets a new password with a reset token; all sessions end.' })
  resetPassword(@Args() { token, newPassword }: ResetPasswordArgs, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.resetPassword(ctx, token, newPassword);
  }

  @Query(() => [Session], { description: 'The live sessions of the current user.' })
  sessions(@Ctx() ctx: Context): Promise<Session[]> {
    return ctx.services.auth.listSessions(ctx);
  }

  @Mutation(() => Boolean, { description: 'Ends one of the current user\u2019s sessions.' })
  revokeSession(@Arg('id', () => ID, { description: 'Session id.' }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.revokeSession(ctx, id);
  }
}
