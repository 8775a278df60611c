import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Yearly questionnaires (definition as JSON, immutable once opened), one response per
 * municipality per year, versioned answers with their full history, and computed indicators.
 */
export class CreateQuestionnaires1767200000000 implements MigrationInterface {
  name = 'CreateQuestionnaires1767200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE questionnaire (
      id serial PRIMARY KEY,
      year integer NOT NULL UNIQUE,
      title text NOT NULL,
      definition jsonb NOT NULL,
      indicators jsonb NOT NULL,
      opens_on date NOT NULL,
      closes_on date NOT NULL CHECK (closes_on >= opens_on),
      opened_at timestamptz,
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    // what was asked can be proven: once opened, the content of a version can no longer change
    await q.query(`CREATE FUNCTION questionnaire_is_immutable_once_opened() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.opened_at IS NOT NULL AND (NEW.definition IS DISTINCT FROM OLD.definition
            OR NEW.indicators IS DISTINCT FROM OLD.indicators OR NEW.year <> OLD.year
            OR NEW.opened_at IS DISTINCT FROM OLD.opened_at) THEN
          RAISE EXCEPTION 'questionnaire % is opened and can no longer change', OLD.year USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER questionnaire_immutable BEFORE UPDATE ON questionnaire
      FOR EACH ROW EXECUTE FUNCTION questionnaire_is_immutable_once_opened()`);

    await q.query(`CREATE TYPE response_status AS ENUM ('DRAFT', 'SUBMITTED')`);
    await q.query(`CREATE TABLE response (
      id serial PRIMARY KEY,
      questionnaire_id integer NOT NULL REFERENCES questionnaire (id),
      municipality_id integer NOT NULL REFERENCES municipality (id),
      status response_status NOT NULL DEFAULT 'DRAFT',
      submitted_at timestamptz,
      submitted_by uuid REFERENCES app_user (id),
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (questionnaire_id, municipality_id),
      CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL))
    )`);

    await q.query(`CREATE TABLE answer (
      response_id integer NOT NULL REFERENCES response (id) ON DELETE CASCADE,
      question_key text NOT NULL,
      value jsonb,
      version integer NOT NULL CHECK (version >= 1),
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES app_user (id),
      PRIMARY KEY (response_id, question_key)
    )`);

    await q.query(`CREATE TABLE response_history (
      id bigserial PRIMARY KEY,
      response_id integer NOT NULL REFERENCES response (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('ANSWER', 'PREFILL', 'SUBMIT', 'REOPEN')),
      question_key text,
      old_value jsonb,
      new_value jsonb,
      version integer,
      note text,
      changed_at timestamptz NOT NULL DEFAULT now(),
      changed_by uuid REFERENCES app_user (id)
    )`);
    await q.query(`CREATE INDEX response_history_response ON response_history (response_id, id DESC)`);

    await q.query(`CREATE TYPE indicator_band AS ENUM ('LOW', 'PARTIAL', 'HIGH')`);
    await q.query(`CREATE TABLE indicator_value (
      response_id integer NOT NULL REFERENCES response (id) ON DELETE CASCADE,
      indicator_key text NOT NULL,
      value double precision CHECK (value BETWEEN 0 AND 100),
      band indicator_band,
      known integer NOT NULL,
      unknown integer NOT NULL,
      missing integer NOT NULL,
      total integer NOT NULL,
      computed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (response_id, indicator_key),
      CHECK ((value IS NULL) = (band IS NULL))
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['indicator_value', 'response_history', 'answer', 'response']) await q.query(`DROP TABLE ${table}`);
    await q.query('DROP TYPE indicator_band');
    await q.query('DROP TYPE response_status');
    await q.query('DROP TRIGGER questionnaire_immutable ON questionnaire');
    await q.query('DROP FUNCTION questionnaire_is_immutable_once_opened()');
    await q.query('DROP TABLE questionnaire');
  }
}
