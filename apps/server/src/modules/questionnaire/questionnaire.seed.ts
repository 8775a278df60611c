import { demoAnswers, INDICATORS_2026, QUESTIONNAIRE_2026, type QuestionnaireDefinition } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { rowsOf } from '../../db/sql';
import { QuestionnaireService } from './questionnaire.service';
import { AuditService } from '../audit/audit.service';
import { storeIndicators } from '../response/response.service';

/** Demo-account municipalities fill in 2026 themselves; they get only a (demo) 2025 response. */
const HANDS_ON_MUNICIPALITIES = new Set(['GM0363', 'GM0344']);
const DEMO_SHARE = 4; // every 4th municipality (by code order) gets demo responses

/**
 * The 2026 questionnaire is the real content of this monitor and is always present, opened for the
 * year. In demo mode a 2025 demo version and generated, clearly labelled demo responses are added
 * so that dashboards and benchmarks have something to show. Idempotent.
 */
export async function seedQuestionnaires(dataSource: DataSource, demo: boolean): Promise<void> {
  await ensureVersion(dataSource, QUESTIONNAIRE_2026, false);
  if (!demo) return;
  const demo2025: QuestionnaireDefinition = {
    ...QUESTIONNAIRE_2026,
    year: 2025,
    title: `${QUESTIONNAIRE_2026.title.replace('2026', '2025')} (demo)`,
  };
  await ensureVersion(dataSource, demo2025, true);
  await seedDemoResponses(dataSource);
}

async function ensureVersion(dataSource: DataSource, definition: QuestionnaireDefinition, isDemo: boolean): Promise<void> {
  await dataSource.query(
    `INSERT INTO questionnaire (year, title, definition, indicators, opens_on, closes_on, opened_at, is_demo)
     VALUES ($1, $2, $3, $4, make_date($1, 1, 1), make_date($1, 12, 31), now(), $5)
     ON CONFLICT (year) DO NOTHING`,
    [definition.year, definition.title, JSON.stringify(definition), JSON.stringify(INDICATORS_2026), isDemo],
  );
}

async function seedDemoResponses(dataSource: DataSource): Promise<void> {
  const [{ done }] = await dataSource.query<{ done: number }[]>('SELECT count(*)::int AS done FROM response WHERE is_demo');
  if (done > 0) return;
  const questionnaires = new QuestionnaireService(dataSource, new AuditService(dataSource));
  const municipalities = await dataSource.query<{ id: number; code: string }[]>(
    'SELECT id, code FROM municipality WHERE valid_to IS NULL ORDER BY code',
  );
  const chosen = municipalities.filter((m, i) => i % DEMO_SHARE === 0 || HANDS_ON_MUNICIPALITIES.has(m.code));
  await dataSource.transaction(async (manager) => {
    for (const year of [2025, 2026]) {
      const questionnaire = (await questionnaires.byYear(year, manager))!;
      for (const municipality of chosen) {
        if (year === 2026 && HANDS_ON_MUNICIPALITIES.has(municipality.code)) continue;
        const answers = demoAnswers(questionnaire.definition, municipality.code, year);
        const [response] = await rowsOf<{ id: number }>(
          manager,
          `INSERT INTO response (questionnaire_id, municipality_id, status, submitted_at, is_demo)
           VALUES ($1, $2, 'SUBMITTED', make_timestamptz($3, 10, 1, 12, 0, 0), true) RETURNING id`,
          [questionnaire.id, municipality.id, year],
        );
        const keys = Object.keys(answers);
        await manager.query(
          `INSERT INTO answer (response_id, question_key, value, version)
           SELECT $1, key, value, 1 FROM unnest($2::text[], $3::jsonb[]) AS t(key, value)`,
          [response.id, keys, keys.map((k) => JSON.stringify(answers[k]))],
        );
        await storeIndicators(manager, response.id, questionnaire, answers);
      }
    }
  });
}
