import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('MailMessage', { description: 'An e-mail in the outbox (sent via SMTP when configured).' })
export class MailMessage {
  @Field(() => ID, { description: 'Sequence number.' })
  id: string;

  @Field({ description: 'Recipient.' })
  to: string;

  @Field({ description: 'Subject.' })
  subject: string;

  @Field({ description: 'Plain-text body.' })
  body: string;

  @Field({ description: 'When it was queued.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When SMTP accepted it; null when not sent (no SMTP configured, or failed).' })
  sentAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Last SMTP error.' })
  error: string | null;
}
