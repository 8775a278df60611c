import type { Role } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { rowsOf } from '../../db/sql';
import { MAX_POSTS_PER_THREAD } from './forum.types';

/**
 * The SQL of the forum: categories, threads, posts, follows, notifications and reports, with
 * Dutch full-text search. `moderator` decides whether hidden posts (and threads whose question is
 * hidden) are included; everyone else never receives them.
 */

export interface CategoryRow {
  slug: string;
  name: string;
  description: string;
  thread_count: number;
}

export interface ThreadRow {
  id: number;
  title: string;
  category_slug: string;
  category_name: string;
  author_id: string;
  author_name: string;
  created_at: Date;
  last_activity_at: Date;
  answer_count: number;
  answered: boolean;
  locked: boolean;
  hidden: boolean;
  followed: boolean;
  rank: number | null;
}

export interface PostRow {
  id: number;
  is_question: boolean;
  author_name: string;
  author_role: Role;
  municipality_name: string | null;
  body_markdown: string;
  created_at: Date;
  accepted: boolean;
  mine: boolean;
  hidden: boolean;
  hidden_reason: string | null;
}

/** What a use case needs to know about one post before changing something. */
export interface PostTarget {
  id: number;
  thread_id: number;
  thread_title: string;
  author_id: string;
  is_question: boolean;
  hidden: boolean;
  thread_author_id: string;
  thread_locked: boolean;
  question_hidden: boolean;
}

export interface Recipient {
  id: string;
  email: string;
  name: string;
}

export interface NotificationRow {
  id: string;
  kind: 'ANSWER' | 'MENTION' | 'ACCEPTED';
  thread_id: number;
  thread_title: string;
  post_id: number;
  actor_name: string;
  created_at: Date;
  read: boolean;
}

export interface AnswerSummaryRow {
  post_id: number;
  thread_id: number;
  thread_title: string;
  author_name: string;
  created_at: Date;
}

export interface ReportRow {
  id: number;
  post_id: number;
  thread_id: number;
  thread_title: string;
  excerpt: string;
  reason: string;
  reporter_name: string;
  created_at: Date;
  post_hidden: boolean;
}

export interface ThreadFilter {
  viewerId: string;
  moderator: boolean;
  categorySlug: string | null;
  search: string | null;
  first: number;
}

export interface NewNotification {
  userId: string;
  kind: NotificationRow['kind'];
  threadId: number;
  postId: number;
}

/** $1 viewer, $2 moderator; the question post q decides whether the thread is visible. */
const THREAD_COLUMNS = `t.id, t.title, c.slug AS category_slug, c.name AS category_name, t.author_id, u.name AS author_name,
  t.created_at, t.last_activity_at,
  (SELECT count(*)::int FROM forum_post a WHERE a.thread_id = t.id AND NOT a.is_question AND a.hidden_at IS NULL) AS answer_count,
  t.accepted_post_id IS NOT NULL AS answered, t.locked_at IS NOT NULL AS locked, q.hidden_at IS NOT NULL AS hidden,
  EXISTS (SELECT 1 FROM forum_follow f WHERE f.thread_id = t.id AND f.user_id = $1) AS followed`;
const THREAD_FROM = `forum_thread t JOIN forum_category c ON c.id = t.category_id JOIN app_user u ON u.id = t.author_id
  JOIN forum_post q ON q.thread_id = t.id AND q.is_question`;

export class ForumRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  categories(moderator: boolean): Promise<CategoryRow[]> {
    return this.dataSource.query<CategoryRow[]>(
      `SELECT c.slug, c.name, c.description,
              (SELECT count(*)::int FROM forum_thread t JOIN forum_post q ON q.thread_id = t.id AND q.is_question
                WHERE t.category_id = c.id AND ($1 OR q.hidden_at IS NULL)) AS thread_count
         FROM forum_category c ORDER BY c.position`,
      [moderator],
    );
  }

  async categoryId(manager: EntityManager, slug: string): Promise<number | null> {
    const [row] = await rowsOf<{ id: number }>(manager, 'SELECT id FROM forum_category WHERE slug = $1', [slug]);
    return row?.id ?? null;
  }

  /** Newest activity first; with a search text ranked by ts_rank over the title (A) and the best matching post (C). */
  threads({ viewerId, moderator, categorySlug, search, first }: ThreadFilter): Promise<ThreadRow[]> {
    return this.dataSource.query<ThreadRow[]>(
      `WITH query AS (SELECT CASE WHEN $4::text IS NULL THEN NULL ELSE websearch_to_tsquery('dutch', $4) END AS q)
       SELECT * FROM (
         SELECT ${THREAD_COLUMNS},
                CASE WHEN query.q IS NULL THEN NULL ELSE ts_rank(t.search, query.q) + coalesce(
                  (SELECT max(ts_rank(p.search, query.q)) FROM forum_post p
                    WHERE p.thread_id = t.id AND ($2 OR p.hidden_at IS NULL) AND p.search @@ query.q), 0) END AS rank
           FROM ${THREAD_FROM}, query
          WHERE ($2 OR q.hidden_at IS NULL)
            AND ($3::text IS NULL OR c.slug = $3)
            AND (query.q IS NULL OR t.search @@ query.q OR EXISTS (
                  SELECT 1 FROM forum_post p WHERE p.thread_id = t.id AND ($2 OR p.hidden_at IS NULL) AND p.search @@ query.q))
       ) found
       ORDER BY rank DESC NULLS LAST, last_activity_at DESC, id DESC
       LIMIT $5`,
      [viewerId, moderator, categorySlug, search, first],
    );
  }

  async thread(viewerId: string, moderator: boolean, threadId: number, manager: EntityManager = this.dataSource.manager): Promise<ThreadRow | null> {
    const [row] = await rowsOf<ThreadRow>(
      manager,
      `SELECT ${THREAD_COLUMNS}, NULL::real AS rank FROM ${THREAD_FROM} WHERE t.id = $3 AND ($2 OR q.hidden_at IS NULL)`,
      [viewerId, moderator, threadId],
    );
    return row ?? null;
  }

  /** The question first, then answers oldest first (the accepted one right after the question). */
  posts(viewerId: string, moderator: boolean, threadId: number, manager: EntityManager = this.dataSource.manager): Promise<PostRow[]> {
    return rowsOf<PostRow>(
      manager,
      `SELECT p.id, p.is_question, u.name AS author_name, u.role AS author_role, m.name AS municipality_name, p.body_markdown, p.created_at,
              p.id IS NOT DISTINCT FROM t.accepted_post_id AS accepted, p.author_id = $1 AS mine,
              p.hidden_at IS NOT NULL AS hidden, p.hidden_reason
         FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id JOIN app_user u ON u.id = p.author_id
         LEFT JOIN municipality m ON m.id = u.municipality_id
        WHERE p.thread_id = $3 AND ($2 OR p.hidden_at IS NULL)
        ORDER BY p.is_question DESC, (p.id IS NOT DISTINCT FROM t.accepted_post_id) DESC, p.created_at, p.id
        LIMIT ${MAX_POSTS_PER_THREAD}`,
      [viewerId, moderator, threadId],
    );
  }

  /** A post with its thread, the thread row locked so that answers, accepting and locking are serialised. */
  async postTarget(manager: EntityManager, postId: number): Promise<PostTarget | null> {
    const [row] = await rowsOf<PostTarget>(
      manager,
      `SELECT p.id, p.thread_id, t.title AS thread_title, p.author_id, p.is_question, p.hidden_at IS NOT NULL AS hidden,
              t.author_id AS thread_author_id, t.locked_at IS NOT NULL AS thread_locked,
              EXISTS (SELECT 1 FROM forum_post q WHERE q.thread_id = t.id AND q.is_question AND q.hidden_at IS NOT NULL) AS question_hidden
         FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id WHERE p.id = $1 FOR UPDATE OF t`,
      [postId],
    );
    return row ?? null;
  }

  /** The question post of a thread, as a target (locks the thread row). */
  async questionTarget(manager: EntityManager, threadId: number): Promise<PostTarget | null> {
    const [row] = await rowsOf<{ id: number }>(manager, 'SELECT id FROM forum_post WHERE thread_id = $1 AND is_question', [threadId]);
    return row ? this.postTarget(manager, row.id) : null;
  }

  async insertThread(
    manager: EntityManager,
    categoryId: number,
    title: string,
    authorId: string,
    body: string,
  ): Promise<{ threadId: number; postId: number }> {
    const [thread] = await rowsOf<{ id: number }>(
      manager,
      'INSERT INTO forum_thread (category_id, title, author_id) VALUES ($1, $2, $3) RETURNING id',
      [categoryId, title, authorId],
    );
    const postId = await this.insertPost(manager, thread.id, authorId, body, true);
    return { threadId: thread.id, postId };
  }

  async insertPost(manager: EntityManager, threadId: number, authorId: string, body: string, isQuestion: boolean): Promise<number> {
    const [post] = await rowsOf<{ id: number }>(
      manager,
      'INSERT INTO forum_post (thread_id, author_id, is_question, body_markdown) VALUES ($1, $2, $3, $4) RETURNING id',
      [threadId, authorId, isQuestion, body],
    );
    await manager.query('UPDATE forum_thread SET last_activity_at = now() WHERE id = $1', [threadId]);
    await this.follow(manager, authorId, threadId, true);
    return post.id;
  }

  async follow(manager: EntityManager, userId: string, threadId: number, follow: boolean): Promise<void> {
    if (follow) await manager.query('INSERT INTO forum_follow (user_id, thread_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [userId, threadId]);
    else await manager.query('DELETE FROM forum_follow WHERE user_id = $1 AND thread_id = $2', [userId, threadId]);
  }

  async setAccepted(manager: EntityManager, threadId: number, postId: number | null): Promise<void> {
    await manager.query('UPDATE forum_thread SET accepted_post_id = $2 WHERE id = $1', [threadId, postId]);
  }

  async setLocked(manager: EntityManager, threadId: number, locked: boolean): Promise<void> {
    await manager.query('UPDATE forum_thread SET locked_at = CASE WHEN $2 THEN coalesce(locked_at, now()) END WHERE id = $1', [threadId, locked]);
  }

  /** Hiding also settles the open reports of the post. */
  async setHidden(manager: EntityManager, postId: number, hidden: boolean, reason: string | null): Promise<void> {
    await manager.query(
      'UPDATE forum_post SET hidden_at = CASE WHEN $2 THEN coalesce(hidden_at, now()) END, hidden_reason = CASE WHEN $2 THEN $3 END WHERE id = $1',
      [postId, hidden, reason],
    );
    if (hidden) await manager.query('UPDATE forum_report SET resolved_at = now() WHERE post_id = $1 AND resolved_at IS NULL', [postId]);
  }

  followersOf(manager: EntityManager, threadId: number): Promise<Recipient[]> {
    return rowsOf<Recipient>(
      manager,
      'SELECT u.id, u.email, u.name FROM forum_follow f JOIN app_user u ON u.id = f.user_id WHERE f.thread_id = $1 AND u.active',
      [threadId],
    );
  }

  /** Active participants whose e-mail local part, name, or name without spaces is one of the handles (lower case). */
  participantsByHandles(manager: EntityManager, handles: string[]): Promise<Recipient[]> {
    if (handles.length === 0) return Promise.resolve([]);
    return rowsOf<Recipient>(
      manager,
      `SELECT id, email, name FROM app_user
        WHERE active AND (split_part(email, '@', 1) = ANY ($1) OR lower(name) = ANY ($1) OR lower(replace(name, ' ', '')) = ANY ($1))`,
      [handles],
    );
  }

  async recipient(manager: EntityManager, userId: string): Promise<Recipient | null> {
    const [row] = await rowsOf<Recipient>(manager, 'SELECT id, email, name FROM app_user WHERE id = $1 AND active', [userId]);
    return row ?? null;
  }

  /** Inserts the notifications; returns the user ids that got a new one (a repeat is ignored). */
  async insertNotifications(manager: EntityManager, notifications: NewNotification[]): Promise<Set<string>> {
    if (notifications.length === 0) return new Set();
    const rows = await rowsOf<{ user_id: string }>(
      manager,
      `INSERT INTO forum_notification (user_id, kind, thread_id, post_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::int[])
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [
        notifications.map((n) => n.userId),
        notifications.map((n) => n.kind),
        notifications.map((n) => n.threadId),
        notifications.map((n) => n.postId),
      ],
    );
    return new Set(rows.map((row) => row.user_id));
  }

  notifications(userId: string, first: number, unreadOnly: boolean): Promise<NotificationRow[]> {
    return this.dataSource.query<NotificationRow[]>(
      `SELECT n.id::text AS id, n.kind, n.thread_id, t.title AS thread_title, n.post_id,
              CASE WHEN n.kind = 'ACCEPTED' THEN asker.name ELSE author.name END AS actor_name, n.created_at, n.read_at IS NOT NULL AS read
         FROM forum_notification n JOIN forum_thread t ON t.id = n.thread_id JOIN forum_post p ON p.id = n.post_id
         JOIN app_user author ON author.id = p.author_id JOIN app_user asker ON asker.id = t.author_id
        WHERE n.user_id = $1 AND (NOT $2 OR n.read_at IS NULL) AND p.hidden_at IS NULL
        ORDER BY n.id DESC LIMIT $3`,
      [userId, unreadOnly, first],
    );
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM forum_notification n JOIN forum_post p ON p.id = n.post_id
        WHERE n.user_id = $1 AND n.read_at IS NULL AND p.hidden_at IS NULL`,
      [userId],
    );
    return count;
  }

  /** Marks the given notifications of the user as read, or all of them when `ids` is null. */
  async markRead(userId: string, ids: string[] | null): Promise<void> {
    await this.dataSource.query(
      'UPDATE forum_notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::bigint[] IS NULL OR id = ANY ($2))',
      [userId, ids],
    );
  }

  /** Visible answers by others, in threads the user follows, posted after they started following, in the last 30 days. */
  newAnswers(userId: string, first: number): Promise<AnswerSummaryRow[]> {
    return this.dataSource.query<AnswerSummaryRow[]>(
      `SELECT p.id AS post_id, t.id AS thread_id, t.title AS thread_title, u.name AS author_name, p.created_at
         FROM forum_follow f JOIN forum_thread t ON t.id = f.thread_id
         JOIN forum_post p ON p.thread_id = t.id AND NOT p.is_question AND p.hidden_at IS NULL
         JOIN app_user u ON u.id = p.author_id
        WHERE f.user_id = $1 AND p.author_id <> $1 AND p.created_at >= f.created_at AND p.created_at > now() - interval '30 days'
          AND NOT EXISTS (SELECT 1 FROM forum_post q WHERE q.thread_id = t.id AND q.is_question AND q.hidden_at IS NOT NULL)
        ORDER BY p.created_at DESC, p.id DESC LIMIT $2`,
      [userId, first],
    );
  }

  /** False when this participant already reported this post. */
  async insertReport(manager: EntityManager, postId: number, reporterId: string, reason: string): Promise<boolean> {
    const rows = await rowsOf<{ id: number }>(
      manager,
      'INSERT INTO forum_report (post_id, reporter_id, reason) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id',
      [postId, reporterId, reason],
    );
    return rows.length > 0;
  }

  openReports(first: number): Promise<ReportRow[]> {
    return this.dataSource.query<ReportRow[]>(
      `SELECT r.id, r.post_id, p.thread_id, t.title AS thread_title, left(p.body_markdown, 300) AS excerpt, r.reason,
              u.name AS reporter_name, r.created_at, p.hidden_at IS NOT NULL AS post_hidden
         FROM forum_report r JOIN forum_post p ON p.id = r.post_id JOIN forum_thread t ON t.id = p.thread_id
         JOIN app_user u ON u.id = r.reporter_id
        WHERE r.resolved_at IS NULL ORDER BY r.id DESC LIMIT $1`,
      [first],
    );
  }
}
