import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Forum for participants (signed-in municipal users and NJi staff): categories per theme, threads
 * (a question and its answers), follows, in-app notifications and reports. Posts are never deleted:
 * moderators hide them (hidden_at) and lock threads (locked_at), each audited. Dutch full-text
 * search: a generated tsvector on the thread title (weight A) and on every post (weight C), with
 * GIN indexes. Seeds one category per theme of the indicators (plus background); no posts.
 */
export class CreateForum1769000000000 implements MigrationInterface {
  name = 'CreateForum1769000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE forum_category (
      id serial PRIMARY KEY,
      slug text NOT NULL UNIQUE,
      name text NOT NULL,
      description text NOT NULL,
      position int NOT NULL
    )`);
    await q.query(`CREATE TABLE forum_thread (
      id serial PRIMARY KEY,
      category_id int NOT NULL REFERENCES forum_category (id),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      author_id uuid NOT NULL REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_activity_at timestamptz NOT NULL DEFAULT now(),
      locked_at timestamptz,
      accepted_post_id int,
      search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('dutch', title), 'A')) STORED
    )`);
    await q.query(`CREATE TABLE forum_post (
      id serial PRIMARY KEY,
      thread_id int NOT NULL REFERENCES forum_thread (id),
      author_id uuid NOT NULL REFERENCES app_user (id),
      is_question boolean NOT NULL,
      body_markdown text NOT NULL CHECK (length(body_markdown) <= 20000),
      created_at timestamptz NOT NULL DEFAULT now(),
      hidden_at timestamptz,
      hidden_reason text CHECK (length(hidden_reason) <= 500),
      search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('dutch', body_markdown), 'C')) STORED
    )`);
    await q.query('CREATE UNIQUE INDEX forum_post_one_question ON forum_post (thread_id) WHERE is_question');
    await q.query('ALTER TABLE forum_thread ADD FOREIGN KEY (accepted_post_id) REFERENCES forum_post (id)');
    await q.query('CREATE INDEX forum_thread_category ON forum_thread (category_id, last_activity_at DESC)');
    await q.query('CREATE INDEX forum_thread_search ON forum_thread USING GIN (search)');
    await q.query('CREATE INDEX forum_post_search ON forum_post USING GIN (search)');
    await q.query('CREATE INDEX forum_post_thread ON forum_post (thread_id, created_at)');
    await q.query(`CREATE TABLE forum_follow (
      user_id uuid NOT NULL REFERENCES app_user (id),
      thread_id int NOT NULL REFERENCES forum_thread (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, thread_id)
    )`);
    await q.query(`CREATE TABLE forum_notification (
      id bigserial PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES app_user (id),
      kind text NOT NULL CHECK (kind IN ('ANSWER', 'MENTION', 'ACCEPTED')),
      thread_id int NOT NULL REFERENCES forum_thread (id),
      post_id int NOT NULL REFERENCES forum_post (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz,
      UNIQUE (user_id, post_id, kind)
    )`);
    await q.query('CREATE INDEX forum_notification_user ON forum_notification (user_id, id DESC)');
    await q.query(`CREATE TABLE forum_report (
      id serial PRIMARY KEY,
      post_id int NOT NULL REFERENCES forum_post (id),
      reporter_id uuid NOT NULL REFERENCES app_user (id),
      reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
      created_at timestamptz NOT NULL DEFAULT now(),
      resolved_at timestamptz,
      UNIQUE (post_id, reporter_id)
    )`);
    await this.seed(q);
  }

  private async seed(q: QueryRunner): Promise<void> {
    const categories: [string, string, string][] = [
      ['preventie', 'Preventie', 'Voorlichting, opvoedondersteuning en andere maatregelen die geweld voorkomen.'],
      ['eerder-en-beter-in-beeld', 'Eerder en beter in beeld', 'Signaleren, de meldcode en deskundigheid van professionals.'],
      ['stoppen-en-duurzaam-oplossen', 'Stoppen en duurzaam oplossen', 'Samenwerking met Veilig Thuis, veiligheid en nazorg.'],
      ['specifieke-groepen', 'Specifieke groepen', 'Ouderenmishandeling, eergerelateerd geweld, complexe scheidingen en andere groepen.'],
      ['regie-en-sturing', 'Regie en sturing', 'Regiovisie, lokaal beleid, inkoop en monitoring.'],
      ['achtergrond-en-cijfers', 'Achtergrond en cijfers', 'Cijfers van Veilig Thuis, schattingen en onderzoek lezen en gebruiken.'],
    ];
    for (const [index, [slug, name, description]] of categories.entries()) {
      await q.query('INSERT INTO forum_category (slug, name, description, position) VALUES ($1, $2, $3, $4)', [slug, name, description, index + 1]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['forum_report', 'forum_notification', 'forum_follow']) await q.query(`DROP TABLE ${table}`);
    await q.query('ALTER TABLE forum_thread DROP COLUMN accepted_post_id');
    for (const table of ['forum_post', 'forum_thread', 'forum_category']) await q.query(`DROP TABLE ${table}`);
  }
}
