import { ErrorCode, forumBodyProblem, forumTitleProblem, isForumModerator, ROLE_LABELS, type Caller } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { AccessError, authError } from '../../auth/auth.errors';
import type { Context } from '../../context';
import type { RateLimitStore } from '../../graphql/limits/rate-limit';
import { badUserInput } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { MailService } from '../mail/mail.service';
import { notifyParticipants, type ForumEvent } from './forum.notifications';
import { ForumRepository, type PostRow, type PostTarget, type ThreadRow } from './forum.repository';
import {
  ForumNotificationKind,
  type AnswerForumQuestionInput,
  type AskForumQuestionInput,
  type ForumAnswerSummaryType,
  type ForumCategoryType,
  type ForumNotificationType,
  type ForumPostType,
  type ForumReportType,
  type ForumThreadSummaryType,
  type ForumThreadType,
} from './forum.types';

const HOUR_MS = 3_600_000;

type Participant = Exclude<Caller, { kind: 'anonymous' }>;

export interface ForumDependencies {
  audit: AuditService;
  mail: MailService;
  counters: RateLimitStore;
  publicUrl: string;
  postsPerHour: number;
}

/**
 * The forum of participants (signed-in people in the browser; no API tokens): questions, answers,
 * one accepted answer chosen by the asker, follows, mentions and notifications (in the app and by
 * e-mail through the outbox). Moderators (administrators, knowledge editors) see reports, hide posts
 * and lock threads; every moderation step is audited.
 */
export class ForumService {
  private readonly repository: ForumRepository;

  constructor(
    dataSource: DataSource,
    private readonly deps: ForumDependencies,
  ) {
    this.repository = new ForumRepository(dataSource);
  }

  async categories(ctx: Context): Promise<ForumCategoryType[]> {
    requireAccess(ctx, 'forum.participate');
    const rows = await this.repository.categories(isForumModerator(ctx.caller.role));
    return rows.map((row) => ({ slug: row.slug, name: row.name, description: row.description, threadCount: row.thread_count }));
  }

  async threads(ctx: Context, filter: { categorySlug?: string | null; search?: string | null; first: number }): Promise<ForumThreadSummaryType[]> {
    requireAccess(ctx, 'forum.participate');
    const rows = await this.repository.threads({
      viewerId: ctx.caller.userId,
      moderator: isForumModerator(ctx.caller.role),
      categorySlug: filter.categorySlug ?? null,
      search: filter.search?.trim() || null,
      first: filter.first,
    });
    return rows.map(toSummary);
  }

  /** NOT_FOUND both for a thread that does not exist and for one whose question a moderator hid. */
  async thread(ctx: Context, threadId: number, manager?: EntityManager): Promise<ForumThreadType> {
    requireAccess(ctx, 'forum.participate');
    const moderator = isForumModerator(ctx.caller.role);
    const row = await this.repository.thread(ctx.caller.userId, moderator, threadId, manager);
    if (!row) throw AccessError.notFound('Vraag');
    const posts = await this.repository.posts(ctx.caller.userId, moderator, threadId, manager);
    return { ...toSummary(row), posts: posts.map(toPost), mine: row.author_id === ctx.caller.userId, mayModerate: moderator };
  }

  async ask(ctx: Context, input: AskForumQuestionInput): Promise<ForumThreadType> {
    requireAccess(ctx, 'forum.participate');
    const title = input.title.trim();
    const titleProblem = forumTitleProblem(title);
    if (titleProblem) throw badUserInput('input.title', titleProblem);
    const bodyProblem = forumBodyProblem(input.bodyMarkdown);
    if (bodyProblem) throw badUserInput('input.bodyMarkdown', bodyProblem);
    await this.withinPostingLimit(ctx.caller, 'post');
    const threadId = await this.repository.transaction(async (manager) => {
      const categoryId = await this.repository.categoryId(manager, input.categorySlug);
      if (categoryId === null) throw badUserInput('input.categorySlug', 'onbekende categorie');
      const created = await this.repository.insertThread(manager, categoryId, title, ctx.caller.userId, input.bodyMarkdown);
      const event = { kind: 'MENTION', threadId: created.threadId, threadTitle: title, postId: created.postId, body: input.bodyMarkdown } as const;
      await this.notify(manager, ctx.caller, event);
      return created.threadId;
    });
    return this.thread(ctx, threadId);
  }

  async answer(ctx: Context, input: AnswerForumQuestionInput): Promise<ForumThreadType> {
    requireAccess(ctx, 'forum.participate');
    const bodyProblem = forumBodyProblem(input.bodyMarkdown);
    if (bodyProblem) throw badUserInput('input.bodyMarkdown', bodyProblem);
    await this.withinPostingLimit(ctx.caller, 'post');
    await this.repository.transaction(async (manager) => {
      const question = await this.visibleQuestion(ctx.caller, manager, input.threadId);
      if (question.thread_locked) throw locked('input.threadId');
      const postId = await this.repository.insertPost(manager, question.thread_id, ctx.caller.userId, input.bodyMarkdown, false);
      const event = { kind: 'ANSWER', threadId: question.thread_id, threadTitle: question.thread_title, postId, body: input.bodyMarkdown } as const;
      await this.notify(manager, ctx.caller, event);
    });
    return this.thread(ctx, input.threadId);
  }

  /** Only the asker accepts, one answer at a time (accepting another replaces it); not in a locked thread. */
  async accept(ctx: Context, postId: number): Promise<ForumThreadType> {
    requireAccess(ctx, 'forum.participate');
    const threadId = await this.repository.transaction(async (manager) => {
      const post = await this.visiblePost(ctx.caller, manager, postId, 'postId');
      if (post.thread_author_id !== ctx.caller.userId) {
        throw authError(ErrorCode.FORBIDDEN, 'Alleen wie de vraag stelde, kan een antwoord accepteren.', { field: 'postId' });
      }
      if (post.is_question) throw badUserInput('postId', 'kies een antwoord, niet de vraag zelf');
      if (post.thread_locked) throw locked('postId');
      await this.repository.setAccepted(manager, post.thread_id, post.id);
      const event = { kind: 'ACCEPTED', threadId: post.thread_id, threadTitle: post.thread_title, postId: post.id, body: '' } as const;
      await this.notify(manager, ctx.caller, event, post.author_id);
      return post.thread_id;
    });
    return this.thread(ctx, threadId);
  }

  async follow(ctx: Context, threadId: number, follow: boolean): Promise<ForumThreadType> {
    requireAccess(ctx, 'forum.participate');
    await this.repository.transaction(async (manager) => {
      await this.visibleQuestion(ctx.caller, manager, threadId);
      await this.repository.follow(manager, ctx.caller.userId, threadId, follow);
    });
    return this.thread(ctx, threadId);
  }

  async notifications(ctx: Context, first: number, unreadOnly: boolean): Promise<ForumNotificationType[]> {
    requireAccess(ctx, 'forum.participate');
    const rows = await this.repository.notifications(ctx.caller.userId, first, unreadOnly);
    return rows.map((row) => ({
      id: row.id,
      kind: ForumNotificationKind[row.kind],
      threadId: row.thread_id,
      threadTitle: row.thread_title,
      postId: row.post_id,
      actorName: row.actor_name,
      createdAt: row.created_at,
      read: row.read,
    }));
  }

  unreadCount(ctx: Context): Promise<number> {
    requireAccess(ctx, 'forum.participate');
    return this.repository.unreadCount(ctx.caller.userId);
  }

  /** Marks the caller's own notifications as read (others' ids are ignored); returns the unread count left. */
  async markRead(ctx: Context, ids: string[] | null): Promise<number> {
    requireAccess(ctx, 'forum.participate');
    if (ids?.some((id) => !/^\d{1,18}$/.test(id))) throw badUserInput('ids', 'onbekende melding');
    await this.repository.markRead(ctx.caller.userId, ids);
    return this.repository.unreadCount(ctx.caller.userId);
  }

  async newAnswers(ctx: Context, first: number): Promise<ForumAnswerSummaryType[]> {
    requireAccess(ctx, 'forum.participate');
    const rows = await this.repository.newAnswers(ctx.caller.userId, first);
    return rows.map((row) => ({
      postId: row.post_id,
      threadId: row.thread_id,
      threadTitle: row.thread_title,
      authorName: row.author_name,
      createdAt: row.created_at,
    }));
  }

  /** A participant asks the moderators to look at a post; audited. Reporting the same post twice changes nothing. */
  async report(ctx: Context, postId: number, reasonInput: string): Promise<boolean> {
    requireAccess(ctx, 'forum.participate');
    const reason = reasonInput.trim();
    if (!reason) throw badUserInput('reason', 'geef aan wat er mis is met dit bericht');
    await this.withinPostingLimit(ctx.caller, 'report');
    await this.repository.transaction(async (manager) => {
      const post = await this.visiblePost(ctx.caller, manager, postId, 'postId');
      if (!(await this.repository.insertReport(manager, post.id, ctx.caller.userId, reason))) return;
      await this.deps.audit.record({ type: 'FORUM_POST_REPORTED', actor: ctx.caller, ...subject(post), details: { reason } }, manager);
    });
    return true;
  }

  async reports(ctx: Context, first: number): Promise<ForumReportType[]> {
    requireAccess(ctx, 'forum.moderate');
    const rows = await this.repository.openReports(first);
    return rows.map((row) => ({
      id: row.id,
      postId: row.post_id,
      threadId: row.thread_id,
      threadTitle: row.thread_title,
      excerpt: row.excerpt,
      reason: row.reason,
      reporterName: row.reporter_name,
      createdAt: row.created_at,
      postHidden: row.post_hidden,
    }));
  }

  /** Hides a post (hiding the question hides the thread) or shows it again; audited. */
  async hide(ctx: Context, postId: number, hidden: boolean, reason: string | null): Promise<ForumThreadType> {
    requireAccess(ctx, 'forum.moderate');
    const threadId = await this.repository.transaction(async (manager) => {
      const post = await this.repository.postTarget(manager, postId);
      if (!post) throw AccessError.notFound('Bericht');
      await this.repository.setHidden(manager, post.id, hidden, reason?.trim() || null);
      const type = hidden ? 'FORUM_POST_HIDDEN' : 'FORUM_POST_SHOWN';
      await this.deps.audit.record({ type, actor: ctx.caller, ...subject(post), details: { reason: reason?.trim() || null } }, manager);
      return post.thread_id;
    });
    return this.thread(ctx, threadId);
  }

  /** A locked thread takes no new answers and no (new) accepted answer; audited. */
  async lock(ctx: Context, threadId: number, lockThread: boolean, reason: string | null): Promise<ForumThreadType> {
    requireAccess(ctx, 'forum.moderate');
    await this.repository.transaction(async (manager) => {
      const question = await this.repository.questionTarget(manager, threadId);
      if (!question) throw AccessError.notFound('Vraag');
      await this.repository.setLocked(manager, threadId, lockThread);
      const type = lockThread ? 'FORUM_THREAD_LOCKED' : 'FORUM_THREAD_UNLOCKED';
      await this.deps.audit.record(
        {
          type,
          actor: ctx.caller,
          subjectType: 'forum_thread',
          subjectId: String(threadId),
          subjectLabel: question.thread_title,
          details: { reason: reason?.trim() || null },
        },
        manager,
      );
    });
    return this.thread(ctx, threadId);
  }

  /** RATE_LIMITED beyond the configured questions and answers (and, separately, reports) per hour per person. */
  private async withinPostingLimit(caller: Participant, what: 'post' | 'report'): Promise<void> {
    const { postsPerHour } = this.deps;
    const quota = await this.deps.counters.hit(`forum-${what}:${caller.userId}`, postsPerHour, HOUR_MS);
    if (quota.allowed) return;
    const noun = what === 'post' ? 'vragen en antwoorden' : 'meldingen van berichten';
    throw authError(
      ErrorCode.RATE_LIMITED,
      `U heeft het maximum van ${postsPerHour} ${noun} per uur bereikt. Probeer het over ${Math.ceil(quota.retryAfterSeconds / 60)} minuten opnieuw.`,
      { retryAfterSeconds: quota.retryAfterSeconds },
    );
  }

  /** The post, locked with its thread; NOT_FOUND when it does not exist or is hidden from the caller. */
  private async visiblePost(caller: Participant, manager: EntityManager, postId: number, field: string): Promise<PostTarget> {
    const post = await this.repository.postTarget(manager, postId);
    const moderator = isForumModerator(caller.role);
    if (!post || (!moderator && (post.hidden || post.question_hidden))) {
      throw authError(ErrorCode.NOT_FOUND, 'Dit bericht bestaat niet (meer).', { field });
    }
    return post;
  }

  private async visibleQuestion(caller: Participant, manager: EntityManager, threadId: number): Promise<PostTarget> {
    const question = await this.repository.questionTarget(manager, threadId);
    if (!question || (question.hidden && !isForumModerator(caller.role))) throw authError(ErrorCode.NOT_FOUND, 'Deze vraag bestaat niet (meer).');
    return question;
  }

  private async notify(manager: EntityManager, caller: Participant, event: Omit<ForumEvent, 'actorId' | 'actorName'>, acceptedAuthorId?: string) {
    const actor = await this.repository.recipient(manager, caller.userId);
    const deps = { repository: this.repository, mail: this.deps.mail, publicUrl: this.deps.publicUrl };
    await notifyParticipants(manager, deps, { ...event, actorId: caller.userId, actorName: actor?.name ?? 'Een deelnemer' }, acceptedAuthorId);
  }
}

function locked(field: string) {
  return authError(ErrorCode.CONFLICT, 'Deze vraag is gesloten door een moderator; er kunnen geen antwoorden meer bij.', { field });
}

function subject(post: PostTarget) {
  return { subjectType: 'forum_post', subjectId: String(post.id), subjectLabel: post.thread_title };
}

function toSummary(row: ThreadRow): ForumThreadSummaryType {
  return {
    id: row.id,
    title: row.title,
    categorySlug: row.category_slug,
    categoryName: row.category_name,
    authorName: row.author_name,
    createdAt: row.created_at,
    lastActivityAt: row.last_activity_at,
    answerCount: row.answer_count,
    answered: row.answered,
    locked: row.locked,
    hidden: row.hidden,
    followed: row.followed,
    ...(row.rank === null ? {} : { rank: row.rank }),
  };
}

function toPost(row: PostRow): ForumPostType {
  return {
    id: row.id,
    isQuestion: row.is_question,
    authorName: row.author_name,
    authorOrganisation: row.municipality_name ?? ROLE_LABELS[row.author_role],
    bodyMarkdown: row.body_markdown,
    createdAt: row.created_at,
    accepted: row.accepted,
    mine: row.mine,
    hidden: row.hidden,
    hiddenReason: row.hidden_reason,
  };
}
