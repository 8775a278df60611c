import { ArrayMaxSize, IsOptional, Matches, MaxLength, Min } from 'class-validator';
import { FORUM_REASON_MAX } from '@monitor/domain';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { renderArticleMarkdown } from '../knowledge/knowledge.markdown';
import {
  AnswerForumQuestionInput,
  AskForumQuestionInput,
  ForumAnswerSummaryType,
  ForumCategoryType,
  ForumNotificationType,
  ForumPageArgs,
  ForumPostType,
  ForumReasonArgs,
  ForumReportType,
  ForumThreadsArgs,
  ForumThreadSummaryType,
  ForumThreadType,
  MAX_MARK_READ,
} from './forum.types';

@ArgsType()
class ThreadIdArgs {
  @Field(() => Int, { description: 'Number of the thread.' })
  @Min(1)
  threadId: number;
}

@ArgsType()
class PostIdArgs {
  @Field(() => Int, { description: 'Number of the post.' })
  @Min(1)
  postId: number;
}

@ArgsType()
class NotificationsArgs extends ForumPageArgs {
  @Field({ defaultValue: false, description: 'Only unread notifications.' })
  unreadOnly: boolean;
}

@ArgsType()
class MarkReadArgs {
  @Field(() => [ID], { nullable: true, description: `These notifications (at most ${MAX_MARK_READ}); leave out to mark all as read.` })
  @IsOptional()
  @ArrayMaxSize(MAX_MARK_READ)
  ids?: string[] | null;
}

@ArgsType()
class ReportArgs {
  @Field(() => Int, { description: 'Number of the post.' })
  @Min(1)
  postId: number;

  @Field({ description: 'What is wrong with the post.' })
  @MaxLength(FORUM_REASON_MAX)
  @Matches(/\S/, { message: 'geef aan wat er mis is met dit bericht' })
  reason: string;
}

@Resolver(() => ForumPostType)
export class ForumPostResolver {
  @FieldResolver(() => String, { description: 'The text as HTML: Markdown rendered without raw HTML, then sanitised (as knowledge articles).' })
  html(@Root() post: ForumPostType): string {
    return renderArticleMarkdown(post.bodyMarkdown);
  }
}

@Resolver()
export class ForumResolver {
  @Query(() => [ForumCategoryType], { description: 'Forum categories (one per theme). Participants only.' })
  forumCategories(@Ctx() ctx: Context): Promise<ForumCategoryType[]> {
    return ctx.services.forum.categories(ctx);
  }

  @Query(() => [ForumThreadSummaryType], {
    description: 'Forum threads, newest activity first, or best match first with a search text. Participants only.',
  })
  forumThreads(@Args() args: ForumThreadsArgs, @Ctx() ctx: Context): Promise<ForumThreadSummaryType[]> {
    return ctx.services.forum.threads(ctx, args);
  }

  @Query(() => ForumThreadType, { description: 'One thread with its posts; NOT_FOUND when it does not exist or is hidden. Participants only.' })
  forumThread(@Args() { threadId }: ThreadIdArgs, @Ctx() ctx: Context): Promise<ForumThreadType> {
    return ctx.services.forum.thread(ctx, threadId);
  }

  @Query(() => [ForumNotificationType], { description: 'The caller’s forum notifications, newest first.' })
  forumNotifications(@Args() { first, unreadOnly }: NotificationsArgs, @Ctx() ctx: Context): Promise<ForumNotificationType[]> {
    return ctx.services.forum.notifications(ctx, first, unreadOnly);
  }

  @Query(() => Int, { description: 'How many of the caller’s forum notifications are unread.' })
  forumUnreadCount(@Ctx() ctx: Context): Promise<number> {
    return ctx.services.forum.unreadCount(ctx);
  }

  @Query(() => [ForumAnswerSummaryType], { description: 'Recent answers (30 days) by others in threads the caller follows, newest first.' })
  forumNewAnswers(@Args() { first }: ForumPageArgs, @Ctx() ctx: Context): Promise<ForumAnswerSummaryType[]> {
    return ctx.services.forum.newAnswers(ctx, first);
  }

  @Query(() => [ForumReportType], { description: 'Open reports of posts, newest first. Moderators only.' })
  forumReports(@Args() { first }: ForumPageArgs, @Ctx() ctx: Context): Promise<ForumReportType[]> {
    return ctx.services.forum.reports(ctx, first);
  }

  @Mutation(() => ForumThreadType, { description: 'Asks a question in a category; the asker follows it. Rate limited per person.' })
  askForumQuestion(@Arg('input', () => AskForumQuestionInput, { description: 'The question.' }) input: AskForumQuestionInput, @Ctx() ctx: Context) {
    return ctx.services.forum.ask(ctx, input);
  }

  @Mutation(() => ForumThreadType, {
    description: 'Answers a question (not in a locked thread); followers and mentioned people are notified. Rate limited.',
  })
  answerForumQuestion(
    @Arg('input', () => AnswerForumQuestionInput, { description: 'The answer.' }) input: AnswerForumQuestionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.forum.answer(ctx, input);
  }

  @Mutation(() => ForumThreadType, { description: 'Accepts an answer as the best one. Only the asker may.' })
  acceptForumAnswer(@Args() { postId }: PostIdArgs, @Ctx() ctx: Context): Promise<ForumThreadType> {
    return ctx.services.forum.accept(ctx, postId);
  }

  @Mutation(() => ForumThreadType, { description: 'Follows a thread (notified of new answers) or stops following it.' })
  followForumThread(
    @Args() { threadId }: ThreadIdArgs,
    @Arg('follow', { description: 'True to follow, false to stop.' }) follow: boolean,
    @Ctx() ctx: Context,
  ): Promise<ForumThreadType> {
    return ctx.services.forum.follow(ctx, threadId, follow);
  }

  @Mutation(() => Int, { description: 'Marks the caller’s notifications as read; returns how many stay unread.' })
  markForumNotificationsRead(@Args() { ids }: MarkReadArgs, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.forum.markRead(ctx, ids ?? null);
  }

  @Mutation(() => Boolean, { description: 'Reports a post to the moderators (audited).' })
  reportForumPost(@Args() { postId, reason }: ReportArgs, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.forum.report(ctx, postId, reason);
  }

  @Mutation(() => ForumThreadType, { description: 'Hides a post, or shows it again (audited). Moderators only.' })
  hideForumPost(
    @Args() { postId }: PostIdArgs,
    @Arg('hidden', { description: 'True to hide, false to show again.' }) hidden: boolean,
    @Args() { reason }: ForumReasonArgs,
    @Ctx() ctx: Context,
  ): Promise<ForumThreadType> {
    return ctx.services.forum.hide(ctx, postId, hidden, reason ?? null);
  }

  @Mutation(() => ForumThreadType, { description: 'Locks a thread (no new answers) or unlocks it (audited). Moderators only.' })
  lockForumThread(
    @Args() { threadId }: ThreadIdArgs,
    @Arg('locked', { description: 'True to lock, false to unlock.' }) locked: boolean,
    @Args() { reason }: ForumReasonArgs,
    @Ctx() ctx: Context,
  ): Promise<ForumThreadType> {
    return ctx.services.forum.lock(ctx, threadId, locked, reason ?? null);
  }
}
