// Editors autosaving answers, as the questionnaire page does: each writer owns its own questions
// (so colleagues never conflict), saves 1-3 answers at a time with the version it last saw, and
// remembers every acknowledged save (question, version, value) and every save left unanswered.
import { createRequire } from 'node:module';
import path from 'node:path';
import { errorCodes, gql } from './client.mjs';
import { root, withDb } from './server.mjs';

const domain = createRequire(path.join(root, 'apps', 'server', 'package.json'))('@monitor/domain');
export const QUESTIONNAIRE = domain.QUESTIONNAIRE_2026;
export const YEAR = QUESTIONNAIRE.year;
/** The two demo municipalities whose editors fill in the current year themselves (never submitted). */
export const EDITORS = [
  { email: 'invuller.amsterdam@demo.monitor.nl', municipalityCode: 'GM0363' },
  { email: 'invuller.utrecht@demo.monitor.nl', municipalityCode: 'GM0344' },
];
export const DEMO_PASSWORD = 'demo-wachtwoord-2026';

const SAVE = `mutation Save($input: SaveAnswersInput!) {
  saveAnswers(input: $input) { answers { questionKey value version } }
}`;
const LOAD = 'query Load($code: String!, $year: Int!) { response(municipalityCode: $code, year: $year) { answers { questionKey version } } }';

/** Questions that are always visible and on which no other question depends, with a value maker. */
export function writableQuestions() {
  const questions = QUESTIONNAIRE.sections.flatMap((s) => s.questions);
  const conditionSources = new Set(questions.map((q) => q.showIf?.question).filter(Boolean));
  const makers = {
    TEXT: (q, tag) => tag.slice(0, q.maxLength ?? 500),
    YES_PARTLY_NO: (_q, _tag, seq) => ['YES', 'PARTLY', 'NO'][seq % 3],
    NUMBER: (q, _tag, seq) => (q.min ?? 0) + (seq % ((q.max ?? 1000) - (q.min ?? 0) + 1)),
  };
  return questions
    .filter((q) => !q.showIf && !conditionSources.has(q.key) && makers[q.type])
    .map((q) => ({ key: q.key, value: (tag, seq) => makers[q.type](q, tag, seq) }));
}

/** Splits the writable questions of both municipalities over `count` writers. */
export function assignQuestions(count) {
  const questions = writableQuestions();
  const slots = EDITORS.flatMap((editor) => questions.map((q) => ({ editor, question: q })));
  const shares = Array.from({ length: count }, (_, i) => ({ editor: EDITORS[i % EDITORS.length], questions: [] }));
  for (const slot of slots) {
    const candidates = shares.filter((s) => s.editor === slot.editor);
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => a.questions.length - b.questions.length)[0].questions.push(slot.question);
  }
  return shares.filter((s) => s.questions.length > 0);
}

export class AutosaveWriter {
  constructor({ url, cookie, editor, questions, tag }) {
    Object.assign(this, { url, cookie, editor, questions, tag });
    this.versions = new Map();
    this.acked = [];
    this.unanswered = [];
    this.seq = 0;
  }

  async loadVersions() {
    const result = await gql(this.url, LOAD, { code: this.editor.municipalityCode, year: YEAR }, this.cookie);
    if (!result.json?.data?.response) throw new Error(`antwoorden laden mislukte: HTTP ${result.status} ${result.text.slice(0, 300)}`);
    for (const a of result.json.data.response.answers) this.versions.set(a.questionKey, a.version);
  }

  /** One autosave; returns the raw result, with `error` set when the save was not acknowledged. */
  async saveOnce() {
    const count = 1 + (this.seq % 3);
    const start = this.seq % this.questions.length;
    const chosen = Array.from({ length: Math.min(count, this.questions.length) }, (_, i) => this.questions[(start + i) % this.questions.length]);
    const seq = ++this.seq;
    const answers = chosen.map((q) => ({
      questionKey: q.key,
      value: q.value(`${this.tag}-${seq}`, seq),
      expectedVersion: this.versions.get(q.key) ?? 0,
    }));
    const input = { municipalityCode: this.editor.municipalityCode, year: YEAR, answers };
    const result = await gql(this.url, SAVE, { input }, this.cookie);
    const saved = result.json?.data?.saveAnswers?.answers;
    if (result.status !== 200 || !saved || result.json.errors) {
      this.unanswered.push(...answers.map((a) => ({ ...a, municipalityCode: this.editor.municipalityCode })));
      result.error =
        result.status === 200
          ? `saveAnswers: ${errorCodes(result.json).join(',') || result.text.slice(0, 200)}`
          : `HTTP ${result.status} ${result.networkError ?? ''}`;
      return result;
    }
    const byKey = new Map(saved.map((a) => [a.questionKey, a]));
    for (const a of answers) {
      const stored = byKey.get(a.questionKey);
      this.versions.set(a.questionKey, stored.version);
      this.acked.push({ municipalityCode: this.editor.municipalityCode, questionKey: a.questionKey, version: stored.version, value: a.value });
    }
    return result;
  }
}

/**
 * Every acknowledged save is in the database exactly once: one history row with its version and
 * value, and the current answer is the last acknowledged value (or a later save whose answer was lost).
 */
export async function verifyAcknowledged(dataDir, writers) {
  const acked = writers.flatMap((w) => w.acked);
  const unanswered = writers.flatMap((w) => w.unanswered);
  const problems = [];
  await withDb(dataDir, async (client) => {
    for (const editor of EDITORS) {
      const { rows: history } = await client.query(
        `SELECT h.question_key, h.version, h.new_value FROM response_history h
           JOIN response r ON r.id = h.response_id JOIN municipality m ON m.id = r.municipality_id
           JOIN questionnaire q ON q.id = r.questionnaire_id
          WHERE m.code = $1 AND q.year = $2 AND h.kind = 'ANSWER'`,
        [editor.municipalityCode, YEAR],
      );
      const { rows: answers } = await client.query(
        `SELECT a.question_key, a.version, a.value FROM answer a
           JOIN response r ON r.id = a.response_id JOIN municipality m ON m.id = r.municipality_id
           JOIN questionnaire q ON q.id = r.questionnaire_id
          WHERE m.code = $1 AND q.year = $2`,
        [editor.municipalityCode, YEAR],
      );
      problems.push(...compare(editor.municipalityCode, acked, unanswered, history, answers));
    }
  });
  return { acknowledged: acked.length, unanswered: unanswered.length, problems };
}

function compare(code, acked, unanswered, history, answers) {
  const problems = [];
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const mine = acked.filter((a) => a.municipalityCode === code);
  for (const save of mine) {
    const rows = history.filter((h) => h.question_key === save.questionKey && h.version === save.version);
    if (rows.length !== 1 || !same(rows[0].new_value, save.value)) {
      problems.push(`${code} ${save.questionKey} v${save.version}: ${rows.length} historieregels (verwacht 1 met ${JSON.stringify(save.value)})`);
    }
  }
  const lastByKey = new Map();
  for (const save of mine) if ((lastByKey.get(save.questionKey)?.version ?? -1) < save.version) lastByKey.set(save.questionKey, save);
  for (const [key, last] of lastByKey) {
    const rows = answers.filter((a) => a.question_key === key);
    if (rows.length !== 1) {
      problems.push(`${code} ${key}: ${rows.length} antwoordregels (verwacht 1)`);
      continue;
    }
    const [row] = rows;
    const lostAck = unanswered.some(
      (u) => u.municipalityCode === code && u.questionKey === key && u.expectedVersion === last.version && same(u.value, row.value),
    );
    const ok = (row.version === last.version && same(row.value, last.value)) || (row.version === last.version + 1 && lostAck);
    if (!ok)
      problems.push(
        `${code} ${key}: opgeslagen v${row.version} ${JSON.stringify(row.value)}, laatst bevestigd v${last.version} ${JSON.stringify(last.value)}`,
      );
  }
  return problems;
}
