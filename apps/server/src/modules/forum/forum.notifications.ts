import { mentionHandles } from '@monitor/domain';
import type { EntityManager } from 'typeorm';
import type { MailService } from '../mail/mail.service';
import type { ForumRepository, NewNotification, Recipient } from './forum.repository';

/** A new post (or an accepted answer) to tell people about, inside the transaction that wrote it. */
export interface ForumEvent {
  kind: NewNotification['kind'];
  threadId: number;
  threadTitle: string;
  postId: number;
  actorId: string;
  actorName: string;
  body: string;
}

const SUBJECTS: Record<NewNotification['kind'], (title: string) => string> = {
  ANSWER: (title) => `Nieuw antwoord op "${title}"`,
  MENTION: (title) => `U bent genoemd in "${title}"`,
  ACCEPTED: (title) => `Uw antwoord op "${title}" is geaccepteerd`,
};

function mailBody(kind: NewNotification['kind'], event: ForumEvent, link: string): string {
  const what =
    kind === 'ANSWER'
      ? `${event.actorName} heeft een antwoord gegeven op een vraag die u volgt.`
      : kind === 'MENTION'
        ? `${event.actorName} heeft u genoemd in het forum van de monitor.`
        : `${event.actorName} heeft uw antwoord als beste antwoord gekozen.`;
  return `${what}\n\nLees het op ${link}\n\nU krijgt dit bericht omdat u deelneemt aan het forum. Een vraag niet meer volgen kan op de pagina van de vraag.`;
}

/**
 * In-app notifications plus an e-mail through the outbox, for the people an event concerns: the
 * mentioned participants (MENTION), the other followers of the thread (ANSWER), or the author of an
 * accepted answer (ACCEPTED). The actor is never notified; nobody gets two notifications for one post.
 */
export async function notifyParticipants(
  manager: EntityManager,
  deps: { repository: ForumRepository; mail: MailService; publicUrl: string },
  event: ForumEvent,
  acceptedAuthorId?: string,
): Promise<void> {
  const recipients = new Map<string, { recipient: Recipient; kind: NewNotification['kind'] }>();
  if (event.kind === 'ACCEPTED' && acceptedAuthorId) {
    const author = await deps.repository.recipient(manager, acceptedAuthorId);
    if (author) recipients.set(author.id, { recipient: author, kind: 'ACCEPTED' });
  } else {
    for (const mentioned of await deps.repository.participantsByHandles(manager, mentionHandles(event.body))) {
      recipients.set(mentioned.id, { recipient: mentioned, kind: 'MENTION' });
    }
    if (event.kind === 'ANSWER') {
      for (const follower of await deps.repository.followersOf(manager, event.threadId)) {
        if (!recipients.has(follower.id)) recipients.set(follower.id, { recipient: follower, kind: 'ANSWER' });
      }
    }
  }
  recipients.delete(event.actorId);
  const list = [...recipients.values()];
  const fresh = await deps.repository.insertNotifications(
    manager,
    list.map(({ recipient, kind }) => ({ userId: recipient.id, kind, threadId: event.threadId, postId: event.postId })),
  );
  const link = `${deps.publicUrl}/forum/vraag/${event.threadId}`;
  for (const { recipient, kind } of list.filter((entry) => fresh.has(entry.recipient.id))) {
    await deps.mail.send({ to: recipient.email, subject: SUBJECTS[kind](event.threadTitle), body: mailBody(kind, event, link) }, manager);
  }
}
