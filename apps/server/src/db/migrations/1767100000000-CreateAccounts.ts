import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, registrations, sessions, API tokens, throttling, password resets, the mail outbox and
 * the append-only audit log. Secrets (session ids, API tokens, reset tokens) are stored only as
 * SHA-256 hashes; passwords as argon2id hashes.
 */
export class CreateAccounts1767100000000 implements MigrationInterface {
  name = 'CreateAccounts1767100000000';

  async up(q: QueryRunner): Promise<void> {
    await createUsers(q);
    await createSessions(q);
    await createMailAndAudit(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER audit_event_append_only ON audit_event');
    await q.query('DROP FUNCTION audit_event_is_append_only()');
    for (const table of ['audit_event', 'mail_outbox', 'password_reset', 'login_throttle', 'api_token', 'user_session', 'registration', 'app_user']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query('DROP TYPE registration_status');
    await q.query('DROP TYPE user_role');
  }
}

/** Users and their registrations. */
async function createUsers(q: QueryRunner): Promise<void> {
  await q.query(`CREATE TYPE user_role AS ENUM ('ADMIN', 'ANALYST', 'MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER')`);
  await q.query(`CREATE TYPE registration_status AS ENUM ('PENDING', 'APPROVED', 'REJECTED')`);

  await q.query(`CREATE TABLE app_user (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
    name text NOT NULL CHECK (name <> ''),
    job_title text,
    role user_role NOT NULL,
    municipality_id integer REFERENCES municipality (id),
    password_hash text,
    active boolean NOT NULL DEFAULT true,
    is_demo boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    deactivated_at timestamptz,
    password_changed_at timestamptz,
    CHECK ((role IN ('MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER')) = (municipality_id IS NOT NULL))
  )`);
  await q.query(`CREATE UNIQUE INDEX app_user_email ON app_user (email)`);

  await q.query(`CREATE TABLE registration (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL CHECK (email = lower(email)),
    name text NOT NULL,
    job_title text NOT NULL,
    municipality_id integer NOT NULL REFERENCES municipality (id),
    requested_role user_role NOT NULL CHECK (requested_role IN ('MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER')),
    motivation text NOT NULL,
    password_hash text NOT NULL,
    status registration_status NOT NULL DEFAULT 'PENDING',
    created_at timestamptz NOT NULL DEFAULT now(),
    decided_at timestamptz,
    decided_by uuid REFERENCES app_user (id),
    granted_role user_role,
    rejection_reason text,
    user_id uuid REFERENCES app_user (id),
    CHECK ((status = 'PENDING') = (decided_at IS NULL)),
    CHECK (status <> 'REJECTED' OR rejection_reason IS NOT NULL)
  )`);
  // at most one open registration per address
  await q.query(`CREATE UNIQUE INDEX registration_pending_email ON registration (email) WHERE status = 'PENDING'`);
}

/** Sessions, API tokens, login throttling and password resets. */
async function createSessions(q: QueryRunner): Promise<void> {
  await q.query(`CREATE TABLE user_session (
    id text PRIMARY KEY,
    public_id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz,
    client_address text,
    user_agent text
  )`);
  await q.query(`CREATE INDEX user_session_user ON user_session (user_id)`);

  await q.query(`CREATE TABLE api_token (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name text NOT NULL CHECK (name <> ''),
    token_hash text NOT NULL UNIQUE,
    prefix text NOT NULL,
    scopes text[] NOT NULL CHECK (cardinality(scopes) > 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    first_used_at timestamptz,
    last_used_at timestamptz,
    revoked_at timestamptz
  )`);
  await q.query(`CREATE INDEX api_token_user ON api_token (user_id)`);

  await q.query(`CREATE TABLE login_throttle (
    key text PRIMARY KEY,
    failures integer NOT NULL,
    last_failure_at timestamptz NOT NULL,
    locked_until timestamptz
  )`);

  await q.query(`CREATE TABLE password_reset (
    token_hash text PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz
  )`);
}

/** The mail outbox and the append-only audit log. */
async function createMailAndAudit(q: QueryRunner): Promise<void> {
  await q.query(`CREATE TABLE mail_outbox (
    id bigserial PRIMARY KEY,
    to_address text NOT NULL,
    subject text NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz,
    error text
  )`);

  await q.query(`CREATE TABLE audit_event (
    id bigserial PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    type text NOT NULL,
    actor_user_id uuid,
    actor_label text NOT NULL,
    subject_type text,
    subject_id text,
    subject_label text,
    client_address text,
    details jsonb NOT NULL DEFAULT '{}'
  )`);
  await q.query(`CREATE INDEX audit_event_time ON audit_event (occurred_at DESC, id DESC)`);
  await q.query(`CREATE INDEX audit_event_type ON audit_event (type)`);
  // Append-only, enforced by the database itself: no code path can change or delete entries.
  await q.query(`CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$`);
  await q.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
}
