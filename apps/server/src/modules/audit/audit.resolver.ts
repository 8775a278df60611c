import { IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import type { Connection } from '../../graphql/pagination';
import { MailMessage } from '../mail/mail.types';
import { AuditEvent, AuditEventConnection, AuditEventFilter } from './audit.types';

@ArgsType()
class AuditEventsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'Page size, 1-200.' })
  @Min(1, { message: 'first moet minstens 1 zijn' })
  @Max(200, { message: 'first mag hoogstens 200 zijn' })
  first: number;

  @Field({ nullable: true, description: 'Return the events after this cursor (older ones).' })
  @IsOptional()
  @MaxLength(200, { message: 'after is geen geldige cursor' })
  after?: string;

  @Field(() => AuditEventFilter, { nullable: true, description: 'Conditions on the events.' })
  @IsOptional()
  @ValidateNested()
  filter?: AuditEventFilter;
}

@ArgsType()
class OutboxArgs {
  @Field(() => Int, { nullable: true, defaultValue: 100, description: 'Number of messages, newest first (1-500).' })
  @Min(1, { message: 'first moet minstens 1 zijn' })
  @Max(500, { message: 'first mag hoogstens 500 zijn' })
  first: number;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first.' })
  auditEvents(@Args() { first, after, filter }: AuditEventsArgs, @Ctx() ctx: Context): Promise<Connection<AuditEvent>> {
    return ctx.services.audit.list(ctx, filter, first, after);
  }

  @Query(() => [MailMessage], { description: 'The mail outbox, newest first: every e-mail the monitor produced.' })
  mailOutbox(@Args() { first }: OutboxArgs, @Ctx() ctx: Context): Promise<MailMessage[]> {
    return ctx.services.mail.outbox(ctx, first);
  }
}
