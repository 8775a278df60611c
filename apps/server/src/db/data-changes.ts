import { Client, type ClientConfig, type Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** The channel the data-change triggers (migration NotifyDataChanges) notify on, once per changing transaction. */
export const DATA_CHANGED_CHANNEL = 'monitor_data_changed';
/** The channel of the tables only signed-in answers are built from (migration NotifyPrivateDataChanges). */
export const PRIVATE_DATA_CHANGED_CHANNEL = 'monitor_private_data_changed';
/** The channel user_session notifies when a session ends (migration NotifySessionChanges); not on last-seen touches. */
export const SESSIONS_CHANGED_CHANNEL = 'monitor_sessions_changed';

/**
 * Tells this process when data that public answers are built from changed, in this process or in
 * any other on the same database: a generation number that goes up on every change. While the
 * listening connection is down, `listening` is false (callers must not trust the generation then)
 * and it reconnects with a growing pause.
 */
export interface DataChanges {
  readonly generation: number;
  /**
   * Goes up on every change of a table in UNTRACKED_TABLES that signed-in answers may be built from
   * (and whenever `generation` may have missed changes); the per-viewer answer cache watches both.
   */
  readonly privateGeneration: number;
  /** Goes up whenever a session may have ended (revoked, expired early, deleted), and whenever changes may have been missed. */
  readonly sessionGeneration: number;
  readonly listening: boolean;
  /** A change this process made itself (for instance a mutation): no need to wait for the notification. */
  bump(): void;
  /**
   * Mutations of this process between their start and their answer. While one runs, shared reads
   * go to the database: a mutation reads what it has just written before the notification arrives.
   */
  readonly writesInFlight: number;
  writeStarted(): void;
  writeEnded(): void;
  close(): Promise<void>;
}

const LISTEN_ALL = [DATA_CHANGED_CHANNEL, PRIVATE_DATA_CHANGED_CHANNEL, SESSIONS_CHANGED_CHANNEL].map((channel) => `LISTEN ${channel};`).join(' ');

/** One generation per channel; all go up whenever notifications may have been missed. */
function missedAny(generations: Record<string, number>): void {
  for (const channel of Object.keys(generations)) generations[channel]++;
}

export async function listenForDataChanges(dataSource: DataSource, log: (message: string) => void = () => undefined): Promise<DataChanges> {
  const options = ((dataSource.driver as PostgresDriver).master as Pool).options as ClientConfig;
  const generations: Record<string, number> = { [DATA_CHANGED_CHANNEL]: 0, [PRIVATE_DATA_CHANGED_CHANNEL]: 0, [SESSIONS_CHANGED_CHANNEL]: 0 };
  let writesInFlight = 0;
  let client: Client | null = null;
  let closed = false;
  let pauseMs = 250;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    const next = new Client({ ...options, application_name: 'monitor-data-changes' });
    let gone = false;
    const once = (error: Error) => {
      if (gone) return;
      gone = true;
      lost(next, error);
    };
    next.on('notification', (message) => void (message.channel in generations && generations[message.channel]++));
    next.on('error', once);
    next.on('end', () => once(new Error('verbinding gesloten')));
    try {
      await next.connect();
      await next.query(LISTEN_ALL);
    } catch (error) {
      once(error as Error);
      return;
    }
    if (closed) return void next.end().catch(() => undefined);
    client = next;
    missedAny(generations); // while not listening
    pauseMs = 250;
  };

  const lost = (which: Client, error: Error): void => {
    if (client !== null && client !== which) return;
    client = null;
    missedAny(generations);
    which.removeAllListeners('end');
    void which.end().catch(() => undefined);
    if (closed) return;
    log(`luisteren naar datawijzigingen onderbroken (${error.message}); opnieuw over ${pauseMs} ms`);
    retry = setTimeout(() => void connect(), pauseMs);
    pauseMs = Math.min(pauseMs * 2, 30_000);
  };

  await connect();
  return {
    get generation() {
      return generations[DATA_CHANGED_CHANNEL];
    },
    get privateGeneration() {
      return generations[PRIVATE_DATA_CHANGED_CHANNEL];
    },
    get sessionGeneration() {
      return generations[SESSIONS_CHANGED_CHANNEL];
    },
    get listening() {
      return client !== null;
    },
    bump: () => void generations[DATA_CHANGED_CHANNEL]++,
    get writesInFlight() {
      return writesInFlight;
    },
    writeStarted: () => {
      writesInFlight++;
      generations[DATA_CHANGED_CHANNEL]++;
    },
    writeEnded: () => {
      writesInFlight = Math.max(0, writesInFlight - 1);
      generations[DATA_CHANGED_CHANNEL]++;
    },
    close: async () => {
      closed = true;
      clearTimeout(retry);
      const current = client;
      client = null;
      if (current) {
        current.removeAllListeners('end');
        await current.end().catch(() => undefined);
      }
    },
  };
}

/**
 * Tables without the change trigger, each with why: they change on almost every request and no
 * public (anonymous) answer is built from them. Every other table must be tracked (a test checks).
 */
export const UNTRACKED_TABLES: Readonly<Record<string, string>> = {
  schema_migrations: 'TypeORM’s own bookkeeping',
  login_throttle: 'login attempts; never shown',
  rate_limit_counter: 'request counters; never shown',
  user_session: 'sessions; only their owner sees them, signed in',
  audit_event: 'the audit log; administrators only',
  mail_outbox: 'outgoing mail; never shown',
  answer: 'draft answers (autosave); only the municipality and NJi see them, signed in',
  response_history: 'answer history; signed in only',
  password_reset: 'reset links; never shown',
  practice_example: 'practice examples; signed-in participants only, never in a public answer',
  factsheet_pdf: 'printed PDFs of factsheet publications; served over REST, no GraphQL answer is built from them',
  effect_pseudonym_key: 'pseudonymisation keys of effect monitoring; never shown',
  forum_category: 'forum; participants only, signed in',
  forum_thread: 'forum; participants only, signed in',
  forum_post: 'forum; participants only, signed in',
  forum_follow: 'forum; participants only, signed in',
  forum_notification: 'forum notifications; only their owner, signed in',
  forum_report: 'reports of forum posts; moderators only',
  export_project: 'research export projects; only their owner sees them, signed in',
};

/**
 * Tables in UNTRACKED_TABLES that notify neither channel, each with why: no answer of the per-viewer
 * cache is built from them (its allow-list leaves out sessions, tokens, the audit log and the outbox;
 * a session is checked in the database on every hit instead). Every other table notifies
 * `monitor_data_changed` or `monitor_private_data_changed` (a test checks).
 */
export const VIEWER_CACHE_UNTRACKED_TABLES: Readonly<Record<string, string>> = {
  schema_migrations: 'TypeORM’s own bookkeeping',
  login_throttle: 'login attempts; never in an answer',
  rate_limit_counter: 'request counters; never in an answer',
  user_session: 'written by every signed-in request (last seen); an ended session notifies its own channel (SESSIONS_CHANGED_CHANNEL)',
  audit_event: 'the audit log; Query.auditEvents is not cached',
  mail_outbox: 'outgoing mail; Query.mailOutbox is not cached',
};
