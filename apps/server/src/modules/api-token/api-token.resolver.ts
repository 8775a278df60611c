import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ApiToken, CreateApiTokenInput, CreatedApiToken } from './api-token.types';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => [ApiToken], { description: 'The API tokens of the current user, newest first.' })
  apiTokens(@Ctx() ctx: Context): Promise<ApiToken[]> {
    return ctx.services.apiTokens.list(ctx);
  }

  @Mutation(() => CreatedApiToken, { description: 'Creates an API token; its secret is shown only in this answer.' })
  createApiToken(
    @Arg('input', () => CreateApiTokenInput, { description: 'Name, scopes and lifetime.' }) input: CreateApiTokenInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedApiToken> {
    return ctx.services.apiTokens.create(ctx, input);
  }

  @Mutation(() => ApiToken, { description: 'Revokes one of the current user\u2019s API tokens, effective at once.' })
  revokeApiToken(@Arg('id', () => ID, { description: 'Token id.' }) id: string, @Ctx() ctx: Context): Promise<ApiToken> {
    return ctx.services.apiTokens.revoke(ctx, id);
  }
}
