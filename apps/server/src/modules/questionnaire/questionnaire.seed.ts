import { demoAnswers, INDICATORS_2026, QUESTIONNAIRE_2026, type QuestionnaireDefinition } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { QuestionnaireService } from './questionnaire.service';
import { AuditService } from '../audit/audit.service';
import { currentMunicipalities } from '../municipality/municipality.repository';
import { countDemoResponses, insertDemoResponse } from '../response/response.repository';
import { storeIndicators } from '../response/response.service';
import { insertOpenedUnlessExists } from './questionnaire.repository';

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
  await insertOpenedUnlessExists(dataSource.manager, definition, INDICATORS_2026, isDemo);
}

async function seedDemoResponses(dataSource: DataSource): Promise<void> {
  if ((await countDemoResponses(dataSource.manager)) > 0) return;
  const questionnaires = new QuestionnaireService(dataSource, new AuditService(dataSource));
  const municipalities = await currentMunicipalities(dataSource.manager);
  const chosen = municipalities.filter((m, i) => i % DEMO_SHARE === 0 || HANDS_ON_MUNICIPALITIES.has(m.code));
  await dataSource.transaction(async (manager) => {
    for (const year of [2025, 2026]) {
      const questionnaire = (await questionnaires.byYear(year, manager))!;
      for (const municipality of chosen) {
        if (year === 2026 && HANDS_ON_MUNICIPALITIES.has(municipality.code)) continue;
        const answers = demoAnswers(questionnaire.definition, municipality.code, year);
        const responseId = await insertDemoResponse(manager, questionnaire.id, municipality.id, year, answers);
        await storeIndicators(manager, responseId, questionnaire, answers);
      }
    }
  });
}
