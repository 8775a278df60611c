import { TOKEN_SCOPES, type TokenScope } from '@monitor/domain';
import { ArrayMaxSize, ArrayMinSize, IsIn, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { TokenScopeEnum } from '../../auth/auth.enums';

@ObjectType('ApiToken', { description: 'A named API token of the current user, for third-party tools (Authorization: Bearer).' })
export class ApiToken {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Name given by the owner, e.g. the tool that uses it.' })
  name: string;

  @Field({ description: 'First characters of the token, to recognise it; the token itself is shown only once.' })
  prefix: string;

  @Field(() => [TokenScopeEnum], { description: 'What the token may do.' })
  scopes: TokenScope[];

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  @Field({ description: 'When it stops working.' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'First use.' })
  firstUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Latest use.' })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked.' })
  revokedAt: Date | null;

  @Field({ description: 'True while it works: not revoked and not expired.' })
  active: boolean;

  ownerUserId: string;
}

@ObjectType({ description: 'A new API token. The secret is shown only in this response; store it safely.' })
export class CreatedApiToken {
  @Field(() => ApiToken, { description: 'The stored token.' })
  token: ApiToken;

  @Field({ description: 'The secret to send as "Authorization: Bearer <secret>". It cannot be retrieved later.' })
  secret: string;
}

export const MAX_TOKEN_DAYS = 365;

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field({ description: 'A name that says where the token is used.' })
  @MinLength(1, { message: 'name mag niet leeg zijn' })
  @MaxLength(100, { message: 'name mag hoogstens 100 tekens hebben' })
  name: string;

  @Field(() => [TokenScopeEnum], { description: 'What the token may do (at least one scope).' })
  @ArrayMinSize(1, { message: 'scopes: kies minstens één bevoegdheid' })
  @ArrayMaxSize(TOKEN_SCOPES.length)
  @IsIn(TOKEN_SCOPES, { each: true })
  scopes: TokenScope[];

  @Field(() => Int, { description: `Days until the token expires, 1-${MAX_TOKEN_DAYS}.` })
  @Min(1, { message: 'expiresInDays moet minstens 1 zijn' })
  @Max(MAX_TOKEN_DAYS, { message: `expiresInDays mag hoogstens ${MAX_TOKEN_DAYS} zijn` })
  expiresInDays: number;
}
