import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { connectionTypes } from '../../graphql/pagination';

@ObjectType('AuditEvent', { description: 'One entry of the append-only audit log of security-relevant events.' })
export class AuditEvent {
  @Field(() => ID, { description: 'Sequence number; higher is later.' })
  id: string;

  @Field({ description: 'When it happened.' })
  occurredAt: Date;

  @Field({ description: 'What happened, e.g. LOGIN_SUCCEEDED, REGISTRATION_APPROVED, TOKEN_REVOKED.' })
  type: string;

  @Field({ description: 'Who did it: name and e-mail address, "anoniem", or "systeem".' })
  actorLabel: string;

  @Field(() => String, { nullable: true, description: 'Kind of object it concerns, e.g. User, Registration, ApiToken.' })
  subjectType: string | null;

  @Field(() => String, { nullable: true, description: 'Identifier of that object.' })
  subjectId: string | null;

  @Field(() => String, { nullable: true, description: 'Readable description of that object.' })
  subjectLabel: string | null;

  @Field(() => String, { nullable: true, description: 'Client (IP) address of the request.' })
  clientAddress: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Further details (never passwords or secrets).' })
  details: Record<string, unknown>;
}

@InputType({ description: 'Narrows the audit log.' })
export class AuditEventFilter {
  @Field({ nullable: true, description: 'Only events of this type.' })
  @IsOptional()
  @MaxLength(60)
  type?: string;

  @Field({ nullable: true, description: 'Part of the actor (name or e-mail address).' })
  @IsOptional()
  @MaxLength(200)
  actor?: string;

  @Field({ nullable: true, description: 'Only events at or after this moment.' })
  @IsOptional()
  from?: Date;

  @Field({ nullable: true, description: 'Only events before this moment.' })
  @IsOptional()
  to?: Date;
}

export const { ConnectionType: AuditEventConnection } = connectionTypes(AuditEvent, 'AuditEvent', 'Audit events');
