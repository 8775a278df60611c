import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Session', { description: 'A signed-in browser session of the current user.' })
export class Session {
  @Field(() => ID, { description: 'Public identifier (not the cookie value).' })
  id: string;

  @Field({ description: 'When the session started (login).' })
  createdAt: Date;

  @Field({ description: 'Last request in this session.' })
  lastSeenAt: Date;

  @Field({ description: 'When the session ends at the latest, whatever the activity.' })
  expiresAt: Date;

  @Field(() => String, { nullable: true, description: 'Client address at login.' })
  clientAddress: string | null;

  @Field(() => String, { nullable: true, description: 'Browser (user agent) at login.' })
  userAgent: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Browser and operating system read from the user agent, in Dutch ("Firefox op Windows"); null when unrecognised.',
  })
  deviceLabel: string | null;

  @Field({ description: 'True for the session making this request.' })
  current: boolean;

  ownerUserId: string;
}
