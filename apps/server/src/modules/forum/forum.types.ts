import { FORUM_BODY_MAX, FORUM_REASON_MAX, FORUM_TITLE_MAX } from '@monitor/domain';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export const MAX_THREADS_PAGE = 100;
export const MAX_POSTS_PER_THREAD = 500;
export const MAX_NOTIFICATIONS_PAGE = 100;
export const MAX_REPORTS_PAGE = 100;
export const FORUM_CATEGORY_COUNT_MAX = 20;
export const MAX_MARK_READ = 100;

export enum ForumNotificationKind {
  ANSWER = 'ANSWER',
  MENTION = 'MENTION',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(ForumNotificationKind, {
  name: 'ForumNotificationKind',
  description: 'Why a notification was sent.',
  valuesConfig: {
    ANSWER: { description: 'A new answer in a thread the person follows.' },
    MENTION: { description: 'Someone mentioned the person (@name) in a question or answer.' },
    ACCEPTED: { description: 'The asker accepted the person’s answer.' },
  },
});

@ObjectType('ForumCategory', { description: 'A forum category: one per theme of the indicators, plus background.' })
export class ForumCategoryType {
  @Field({ description: 'Stable address of the category.' })
  slug: string;

  @Field({ description: 'Name (the theme).' })
  name: string;

  @Field({ description: 'What the category is about.' })
  description: string;

  @Field(() => Int, { description: 'Threads in the category the caller can see.' })
  threadCount: number;
}

@ObjectType('ForumPost', { description: 'A question or an answer. Hidden posts are shown to moderators only.' })
export class ForumPostType {
  @Field(() => Int, { description: 'Number of the post.' })
  id: number;

  @Field({ description: 'True for the question that opens the thread.' })
  isQuestion: boolean;

  @Field({ description: 'Display name of the author.' })
  authorName: string;

  @Field({ description: 'Municipality of the author, or their role at NJi.' })
  authorOrganisation: string;

  @Field({ description: 'The text as Markdown (raw HTML is not rendered).' })
  bodyMarkdown: string;

  @Field({ description: 'When it was posted.' })
  createdAt: Date;

  @Field({ description: 'The asker accepted this answer.' })
  accepted: boolean;

  @Field({ description: 'Written by the caller.' })
  mine: boolean;

  @Field({ description: 'Hidden by a moderator (only moderators see hidden posts).' })
  hidden: boolean;

  @Field(() => String, { nullable: true, description: 'Why a moderator hid it; shown to moderators only.' })
  hiddenReason: string | null;
}

@ObjectType('ForumThreadSummary', { description: 'A thread in a list: the question, without its posts.' })
export class ForumThreadSummaryType {
  @Field(() => Int, { description: 'Number of the thread.' })
  id: number;

  @Field({ description: 'The question in one line.' })
  title: string;

  @Field({ description: 'Category address.' })
  categorySlug: string;

  @Field({ description: 'Category name.' })
  categoryName: string;

  @Field({ description: 'Display name of the asker.' })
  authorName: string;

  @Field({ description: 'When the question was asked.' })
  createdAt: Date;

  @Field({ description: 'When the last answer (or the question) was posted.' })
  lastActivityAt: Date;

  @Field(() => Int, { description: 'Visible answers.' })
  answerCount: number;

  @Field({ description: 'The asker accepted an answer.' })
  answered: boolean;

  @Field({ description: 'Locked by a moderator: no new answers.' })
  locked: boolean;

  @Field({ description: 'The question itself is hidden by a moderator (moderators only see such threads).' })
  hidden: boolean;

  @Field({ description: 'The caller follows the thread (notified of new answers).' })
  followed: boolean;

  /** Search only: how well the thread matches (ts_rank). */
  rank?: number;
}

@ObjectType('ForumThread', { description: 'A thread: the question, its answers and what the caller may do.' })
export class ForumThreadType extends ForumThreadSummaryType {
  @Field(() => [ForumPostType], { description: 'The question first, then the answers, oldest first.' })
  posts: ForumPostType[];

  @Field({ description: 'The caller asked the question (and so may accept an answer).' })
  mine: boolean;

  @Field({ description: 'The caller may moderate (hide posts, lock the thread).' })
  mayModerate: boolean;
}

@ObjectType('ForumNotification', { description: 'An in-app notification of the forum (also sent by e-mail).' })
export class ForumNotificationType {
  @Field(() => ID, { description: 'Sequence number.' })
  id: string;

  @Field(() => ForumNotificationKind, { description: 'Why it was sent.' })
  kind: ForumNotificationKind;

  @Field(() => Int, { description: 'The thread.' })
  threadId: number;

  @Field({ description: 'Title of the thread.' })
  threadTitle: string;

  @Field(() => Int, { description: 'The post it is about.' })
  postId: number;

  @Field({ description: 'Who wrote that post (or accepted the answer).' })
  actorName: string;

  @Field({ description: 'When it was sent.' })
  createdAt: Date;

  @Field({ description: 'The person has marked it as read.' })
  read: boolean;
}

@ObjectType('ForumAnswerSummary', { description: 'A recent answer in a thread the caller follows.' })
export class ForumAnswerSummaryType {
  @Field(() => Int, { description: 'The answer.' })
  postId: number;

  @Field(() => Int, { description: 'The thread.' })
  threadId: number;

  @Field({ description: 'Title of the thread.' })
  threadTitle: string;

  @Field({ description: 'Display name of the author.' })
  authorName: string;

  @Field({ description: 'When it was posted.' })
  createdAt: Date;
}

@ObjectType('ForumReport', { description: 'A participant reported a post to the moderators.' })
export class ForumReportType {
  @Field(() => Int, { description: 'Number of the report.' })
  id: number;

  @Field(() => Int, { description: 'The reported post.' })
  postId: number;

  @Field(() => Int, { description: 'Its thread.' })
  threadId: number;

  @Field({ description: 'Title of the thread.' })
  threadTitle: string;

  @Field({ description: 'The start of the reported post.' })
  excerpt: string;

  @Field({ description: 'Why it was reported.' })
  reason: string;

  @Field({ description: 'Who reported it.' })
  reporterName: string;

  @Field({ description: 'When.' })
  createdAt: Date;

  @Field({ description: 'The post is hidden by now.' })
  postHidden: boolean;
}

@InputType({ description: 'A new question.' })
export class AskForumQuestionInput {
  @Field({ description: 'Category address.' })
  @MaxLength(80)
  categorySlug: string;

  @Field({ description: 'The question in one line.' })
  @MaxLength(FORUM_TITLE_MAX)
  title: string;

  @Field({ description: 'Explanation, as Markdown; @name or @"Full Name" notifies a participant.' })
  @MaxLength(FORUM_BODY_MAX)
  bodyMarkdown: string;
}

@InputType({ description: 'An answer to a question.' })
export class AnswerForumQuestionInput {
  @Field(() => Int, { description: 'The thread.' })
  @Min(1)
  threadId: number;

  @Field({ description: 'The answer, as Markdown; @name or @"Full Name" notifies a participant.' })
  @MaxLength(FORUM_BODY_MAX)
  bodyMarkdown: string;
}

@ArgsType()
export class ForumThreadsArgs {
  @Field(() => String, { nullable: true, description: 'Only threads of this category.' })
  @IsOptional()
  @MaxLength(80)
  categorySlug?: string | null;

  @Field(() => String, { nullable: true, description: 'Dutch full-text search in titles, questions and answers; best match first.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => Int, { defaultValue: 30, description: `At most this many threads (1-${MAX_THREADS_PAGE}).` })
  @Min(1)
  @Max(MAX_THREADS_PAGE)
  first: number;
}

@ArgsType()
export class ForumPageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'At most this many (1-100).' })
  @Min(1)
  @Max(MAX_NOTIFICATIONS_PAGE)
  first: number;
}

@ArgsType()
export class ForumReasonArgs {
  @Field(() => String, { nullable: true, description: 'Why (kept in the audit log).' })
  @IsOptional()
  @MaxLength(FORUM_REASON_MAX)
  reason?: string | null;
}
