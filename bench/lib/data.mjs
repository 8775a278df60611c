// National-scale data for the bench, generated where real data does not exist. Every generated row is
// marked: questionnaires and responses are demo (is_demo) with "SYNTHETISCH" in the title, Veilig Thuis
// figures point to a statistic_source titled SYNTHETISCH, districts are named "(synthetisch)". None of
// it leaves the bench's throwaway database.
import domain from '@monitor/domain';

export const SYNTHETIC = 'SYNTHETISCH: gegenereerd door pnpm bench, geen echte cijfers';
const YEARS = Array.from({ length: 10 }, (_, i) => 2017 + i);
const HALF_YEARS = Array.from({ length: 20 }, (_, i) => `${2016 + Math.floor(i / 2)}-H${(i % 2) + 1}`);
/** Municipalities whose 2026 response the demo accounts fill in themselves (and the bench submits). */
const HANDS_ON_2026 = ['GM0363', 'GM0344'];

export async function generate(client) {
  const counts = {};
  counts.questionnaires = await questionnaires(client);
  counts.responses = await responses(client);
  counts.indicatorValues = await indicatorValues(client);
  counts.veiligThuisValues = await veiligThuis(client);
  counts.districts = await districts(client);
  await client.query('DELETE FROM benchmark_aggregate'); // the server recomputes them at its next start
  return counts;
}

async function questionnaires(client) {
  const { rowCount } = await client.query(
    `INSERT INTO questionnaire (year, title, definition, indicators, opens_on, closes_on, opened_at, is_demo)
     SELECT y, 'Vragenlijst ' || y || ' (${SYNTHETIC})', q.definition, q.indicators, make_date(y, 1, 1), make_date(y, 12, 31), now(), true
       FROM questionnaire q, unnest($1::int[]) AS y WHERE q.year = 2025 ON CONFLICT (year) DO NOTHING`,
    [YEARS],
  );
  return rowCount;
}

async function responses(client) {
  const { rowCount } = await client.query(
    `INSERT INTO response (questionnaire_id, municipality_id, status, submitted_at, is_demo)
     SELECT q.id, m.id, 'SUBMITTED', make_timestamptz(q.year, 10, 1, 12, 0, 0), true
       FROM questionnaire q CROSS JOIN municipality m
      WHERE m.valid_to IS NULL AND q.year = ANY($1) AND NOT (q.year = 2026 AND m.code = ANY($2))
     ON CONFLICT (questionnaire_id, municipality_id) DO NOTHING`,
    [YEARS, HANDS_ON_2026],
  );
  return rowCount;
}

/** Indicator values for generated responses (no answers behind them: they are only read). */
async function indicatorValues(client) {
  const { rows } = await client.query(
    `SELECT r.id, m.code, q.year, q.indicators FROM response r JOIN questionnaire q ON q.id = r.questionnaire_id
       JOIN municipality m ON m.id = r.municipality_id
      WHERE r.status = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM indicator_value iv WHERE iv.response_id = r.id)`,
  );
  const ids = [],
    keys = [],
    values = [],
    bands = [];
  for (const r of rows) {
    for (const [i, indicator] of r.indicators.entries()) {
      const value = Math.round(pseudoRandom(`${r.code}:${r.year}:${i}`) * 1000) / 10;
      ids.push(r.id);
      keys.push(indicator.key);
      values.push(value);
      bands.push(domain.bandOf(value, indicator.thresholds));
    }
  }
  await client.query(
    `INSERT INTO indicator_value (response_id, indicator_key, value, band, known, unknown, missing, total)
     SELECT id, key, value, band::indicator_band, 4, 0, 0, 4 FROM unnest($1::int[], $2::text[], $3::float8[], $4::text[]) AS t(id, key, value, band)`,
    [ids, keys, values, bands],
  );
  return ids.length;
}

async function veiligThuis(client) {
  const {
    rows: [source],
  } = await client.query(
    `INSERT INTO statistic_source (table_id, title, format, file_name, checksum, url, row_count)
     VALUES ('84849NED', $1, 'extract', 'pnpm-bench', 'pnpm-bench-synthetic', NULL, 0) RETURNING id`,
    [SYNTHETIC],
  );
  const { rowCount } = await client.query(
    `INSERT INTO statistic_value (table_id, measure, category, region_code, period, value, cbs_status, provisional, source_id)
     SELECT '84849NED', measure, 'Totaal', m.code, period,
            round(p.value * rate / 2000 * (0.6 + 0.8 * abs(hashtext(m.code || period || measure)) / 2147483647.0) / 5) * 5,
            'VALUE', false, $3
       FROM municipality m
       JOIN LATERAL (SELECT value FROM municipality_statistic s WHERE s.municipality_id = m.id AND s.variable = 'inwoners'
                      ORDER BY year DESC LIMIT 1) p ON true
       CROSS JOIN unnest($1::text[]) AS period
       CROSS JOIN (VALUES ('ontvangen_meldingen', 8.0), ('gestarte_adviezen', 6.0)) AS x(measure, rate)
      WHERE m.valid_to IS NULL AND period = ANY($2)
     ON CONFLICT DO NOTHING`,
    [HALF_YEARS, HALF_YEARS, source.id],
  );
  await client.query('UPDATE statistic_source SET row_count = $1 WHERE id = $2', [rowCount, source.id]);
  return rowCount;
}

/** Ten square districts for every municipality that has none (the real ones are Amsterdam's). */
async function districts(client) {
  const { rowCount } = await client.query(
    `INSERT INTO district (code, name, municipality_id, year, boundary)
     SELECT 'WK' || substr(m.code, 3) || 'Z' || n, 'Wijk ' || n || ' (synthetisch)', m.id, 2024,
            jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(jsonb_build_array(
              jsonb_build_array(5 + n * 0.01, 52), jsonb_build_array(5.01 + n * 0.01, 52), jsonb_build_array(5.01 + n * 0.01, 52.01),
              jsonb_build_array(5 + n * 0.01, 52.01), jsonb_build_array(5 + n * 0.01, 52))))
       FROM municipality m CROSS JOIN generate_series(0, 9) AS n
      WHERE m.valid_to IS NULL AND NOT EXISTS (SELECT 1 FROM district d WHERE d.municipality_id = m.id)`,
  );
  await client.query(
    `INSERT INTO district_statistic (district_id, variable, year, value, source)
     SELECT d.id, 'aantal_inwoners', 2024, round(p.value / 10), $1
       FROM district d JOIN LATERAL (SELECT value FROM municipality_statistic s WHERE s.municipality_id = d.municipality_id
                                      AND s.variable = 'inwoners' ORDER BY year DESC LIMIT 1) p ON true
      WHERE d.name LIKE '%(synthetisch)'`,
    [SYNTHETIC],
  );
  return rowCount;
}

/** A 2026 draft for the municipality the bench submits (answers from the domain's demo generator). */
export async function draftForSubmission(client, code) {
  const {
    rows: [q],
  } = await client.query('SELECT id, definition FROM questionnaire WHERE year = 2026');
  const answers = domain.demoAnswers(q.definition, code, 2026);
  const {
    rows: [response],
  } = await client.query(
    `INSERT INTO response (questionnaire_id, municipality_id, status, is_demo)
     VALUES ($1, (SELECT id FROM municipality WHERE code = $2 AND valid_to IS NULL), 'DRAFT', true)
     ON CONFLICT (questionnaire_id, municipality_id) DO UPDATE SET status = 'DRAFT', submitted_at = NULL RETURNING id`,
    [q.id, code],
  );
  const keys = Object.keys(answers);
  await client.query(
    `INSERT INTO answer (response_id, question_key, value, version)
     SELECT $1, key, value, 1 FROM unnest($2::text[], $3::jsonb[]) AS t(key, value) ON CONFLICT DO NOTHING`,
    [response.id, keys, keys.map((k) => JSON.stringify(answers[k]))],
  );
}

/** Deterministic value in [0, 1) from a text (FNV-1a). */
function pseudoRandom(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash / 2 ** 32;
}
