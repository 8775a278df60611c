import { demoAnswers } from '@monitor/domain';
import { storeIndicators } from '../src/modules/response/response.service';
import { readReferenceCsv, type GraphQLDatabase } from './reference-csv';

/*
 * The shared database set-up of the publication tests (factsheet, national report): generated demo
 * responses for known groups of municipalities, and a CBS figure read straight from the shipped extract.
 */

/** All 12 municipalities of Drenthe (PV22): a whole province that submitted. */
export const DRENTHE = ['GM0106', 'GM0109', 'GM0114', 'GM0118', 'GM0119', 'GM1680', 'GM1681', 'GM1690', 'GM1699', 'GM1701', 'GM1730', 'GM1731'];
/** Six municipalities of Groningen (PV20). */
export const GRONINGEN_SIX = ['GM0014', 'GM0037', 'GM0047', 'GM0765', 'GM1952', 'GM1966'];

/** The national count of received reports in 2023 as CBS published it (the shipped extract, read independently). */
export const NATIONAL_REPORTS_2023 = Number(
  readReferenceCsv('cbs_veilig_thuis_extracts.csv').find(
    (r) =>
      r.region_code === 'NL01' && r.measure === 'ontvangen_meldingen' && r.period === '2023' && r.kenmerk === 'Totaal' && r.table_id === '84849NED',
  )!.value,
);

/**
 * Submits a generated demo response (with its indicators) for each municipality to the year's opened
 * questionnaire, in one transaction, then recomputes that year's benchmarks.
 */
export async function submitGenerated(env: GraphQLDatabase, year: number, codes: string[]): Promise<void> {
  const questionnaire = (await env.gql.services.questionnaires.byYear(year))!;
  await env.db.dataSource.transaction(async (manager) => {
    for (const code of codes) {
      const [response] = await manager.query(
        `INSERT INTO response (questionnaire_id, municipality_id, status, submitted_at)
         SELECT $1, id, 'SUBMITTED', now() FROM municipality WHERE code = $2 AND valid_to IS NULL RETURNING id`,
        [questionnaire.id, code],
      );
      await storeIndicators(manager, response.id, questionnaire, demoAnswers(questionnaire.definition, code, year));
    }
  });
  await env.gql.services.benchmarks.recompute(year);
}
