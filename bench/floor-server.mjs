// The floor: each dashboard operation's result computed by hand-written SQL over `pg` (one statement
// where PostgreSQL can do it in one) behind a bare node:http server, with the same access check
// (session lookup) and the same pure rules from @monitor/domain. No GraphQL, no ORM.
// Usage: node bench/floor-server.mjs <port> (connection settings in BENCH_PG as JSON)
import crypto from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import domain from '@monitor/domain';
import pg from 'pg';
import { laterPageHandlers } from './lib/floor-pages.mjs';
import { shape } from './lib/floor-shape.mjs';

// The estimate model is fitted once over all municipalities and kept in memory, by our server as
// by the floor: the floor runs the same pure model code (built server, no I/O) over its own SQL.
const { buildSnapshot } = createRequire(import.meta.url)('../apps/server/dist/modules/estimate/estimate.snapshot.js');

const pool = new pg.Pool({ ...JSON.parse(process.env.BENCH_PG), max: 10, application_name: 'bench-floor' });
const q = async (text, params) => (await pool.query(text, params)).rows;
const typed = (typename, value) => (value === null ? null : { ...value, __typename: typename });

class Denied extends Error {}

async function session(req) {
  const token = /(?:^|;\s*)monitor_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  if (!token) return null;
  const [row] = await q(
    `UPDATE user_session s SET last_seen_at = now() FROM app_user u LEFT JOIN municipality m ON m.id = u.municipality_id
      WHERE s.id = $1 AND u.id = s.user_id AND u.active AND s.revoked_at IS NULL AND s.expires_at > now()
        AND s.last_seen_at > now() - interval '30 minutes'
      RETURNING u.role, m.code AS municipality_code`,
    [crypto.createHash('sha256').update(decodeURIComponent(token)).digest('hex')],
  );
  return row ?? null;
}

async function mayRead(req, code) {
  const caller = await session(req);
  if (!caller) throw new Denied();
  if (caller.role === 'ANALYST' || caller.role === 'ADMIN' || caller.municipality_code === code) return;
  throw new Denied();
}

const handlers = {
  async MunicipalityMap() {
    const rows = await q(
      `SELECT m.code, m.name, f.value AS share, h.year AS household_year, count(*) OVER ()::int AS total
         FROM municipality m
         LEFT JOIN LATERAL (SELECT value FROM municipality_statistic WHERE municipality_id = m.id AND variable = 'pct_huishoudens_met_kinderen' ORDER BY year DESC LIMIT 1) f ON true
         LEFT JOIN LATERAL (SELECT year FROM municipality_statistic WHERE municipality_id = m.id AND variable = 'huishoudens' ORDER BY year DESC LIMIT 1) h ON true
        WHERE m.valid_to IS NULL ORDER BY m.code LIMIT 500`,
    );
    return {
      municipalities: typed('MunicipalityConnection', {
        totalCount: rows[0]?.total ?? 0,
        edges: rows.map((r) =>
          typed('MunicipalityEdge', {
            node: typed('Municipality', {
              code: r.code,
              name: r.name,
              keyFigures:
                r.share === null && r.household_year === null
                  ? null
                  : typed('MunicipalityKeyFigures', { shareHouseholdsWithChildren: r.share, householdYear: r.household_year }),
            }),
          }),
        ),
      }),
    };
  },

  async MunicipalityList() {
    const rows = await q(
      `SELECT m.code, m.name, p.code AS province_code, p.name AS province_name, count(*) OVER ()::int AS total
         FROM municipality m
         LEFT JOIN region_membership rm ON rm.municipality_id = m.id AND rm.valid_to IS NULL
               AND rm.region_id IN (SELECT id FROM region WHERE type = 'PROVINCE' AND valid_to IS NULL)
         LEFT JOIN region p ON p.id = rm.region_id
        WHERE m.valid_to IS NULL ORDER BY m.code LIMIT 500`,
    );
    return {
      municipalities: typed('MunicipalityConnection', {
        totalCount: rows[0]?.total ?? 0,
        edges: rows.map((r) =>
          typed('MunicipalityEdge', {
            node: typed('Municipality', {
              code: r.code,
              name: r.name,
              province: r.province_code ? typed('Region', { code: r.province_code, name: r.province_name }) : null,
            }),
          }),
        ),
      }),
    };
  },

  async MunicipalityDetail({ code }) {
    const [m] = await q(
      `SELECT m.code, m.name,
              (SELECT coalesce(json_agg(json_build_object('code', r.code, 'name', r.name, 'type', r.type) ORDER BY r.type, r.code), '[]')
                 FROM region_membership rm JOIN region r ON r.id = rm.region_id AND r.valid_to IS NULL
                WHERE rm.municipality_id = m.id AND rm.valid_to IS NULL) AS regions,
              (SELECT json_agg(json_build_object('variable', s.variable, 'year', s.year, 'value', s.value, 'source', s.source))
                 FROM municipality_statistic s WHERE s.municipality_id = m.id) AS statistics
         FROM municipality m WHERE m.code = $1 AND m.valid_to IS NULL`,
      [code],
    );
    if (!m) return { municipality: null };
    const statistics = m.statistics ?? [];
    const figures = keyFigures(statistics);
    return {
      municipality: typed('Municipality', {
        code: m.code,
        name: m.name,
        regions: m.regions.map((r) => typed('Region', r)),
        youthPopulation: typed('YouthPopulation', await youthPopulation(m.code)),
        keyFigures:
          figures && typed('MunicipalityKeyFigures', { ...figures, ageDistribution: figures.ageDistribution.map((a) => typed('AgeBandShare', a)) }),
      }),
    };
  },

  async VeiligThuisContext({ code }) {
    const [[m], measures] = await Promise.all([
      q(
        `SELECT m.code, m.name,
                (SELECT coalesce(json_agg(json_build_object('code', r.code, 'name', r.name, 'type', r.type) ORDER BY r.type, r.code), '[]')
                   FROM region_membership rm JOIN region r ON r.id = rm.region_id AND r.valid_to IS NULL
                  WHERE rm.municipality_id = m.id AND rm.valid_to IS NULL) AS regions
           FROM municipality m WHERE m.code = $1 AND m.valid_to IS NULL`,
        [code],
      ),
      q(
        `SELECT measure, array_agg(DISTINCT table_id) AS tables, array_agg(DISTINCT category) AS categories,
                array_agg(DISTINCT period ORDER BY period) AS periods FROM statistic_value GROUP BY measure`,
      ),
    ]);
    const stored = new Map(measures.map((r) => [r.measure, r]));
    return {
      municipality: m ? typed('Municipality', { code: m.code, name: m.name, regions: m.regions.map((r) => typed('Region', r)) }) : null,
      statisticMeasures: Object.entries(domain.MEASURES).map(([key, d]) =>
        typed('StatisticMeasure', {
          key,
          label: d.label,
          unit: d.unit,
          tables: stored.get(key)?.tables ?? [],
          categories: (stored.get(key)?.categories ?? []).sort(),
          periods: stored.get(key)?.periods ?? [],
        }),
      ),
    };
  },

  async VeiligThuisStatistics({ measure, regionCodes, periods, category }) {
    // the figures as the statistics protection stored them (primary and secondary suppression,
    // rates with their population): never the raw value
    const rows = await q(
      `SELECT DISTINCT ON (p.measure, p.region_code, p.period) p.table_id, p.measure, p.category, p.region_code, p.period, p.value, p.status,
              p.per1000, p.per1000_status, p.population, p.population_year, v.provisional, s.title, s.url, s.format, s.imported_at,
              coalesce((SELECT name FROM region WHERE code = p.region_code AND valid_to IS NULL), (SELECT name FROM municipality WHERE code = p.region_code AND valid_to IS NULL)) AS region_name
         FROM statistic_protected p JOIN statistic_value v USING (table_id, measure, category, region_code, period) JOIN statistic_source s ON s.id = v.source_id
        WHERE p.measure = $1 AND p.region_code = ANY($2) AND ($3::text[] IS NULL OR p.period = ANY($3))
          AND (CASE WHEN $4::text IS NULL THEN p.category IN ('', 'Totaal') ELSE p.category = $4 END)
        ORDER BY p.measure, p.region_code, p.period, coalesce(array_position($5::text[], p.table_id), 99)`,
      [measure, regionCodes, periods, category, ['84849NED', '84851NED', '85361NED', '84848NED', '84852NED', 'NIEUWS']],
    );
    const out = rows.map((row) =>
      typed('StatisticValue', {
        measure: row.measure,
        category: row.category,
        regionCode: row.region_code,
        regionName: row.region_code === 'NL01' ? 'Nederland' : (row.region_name ?? row.region_code),
        regionLevel: domain.levelOfCode(row.region_code),
        period: row.period,
        periodLabel: domain.periodLabel(row.period),
        provisional: row.provisional,
        value: row.value,
        status: row.status,
        per1000: row.per1000,
        per1000Status: row.per1000_status,
        population: row.population,
        populationYear: row.population_year,
        source: typed('StatisticSource', { tableId: row.table_id, title: row.title, url: row.url, format: row.format, importedAt: row.imported_at }),
      }),
    );
    out.sort((a, b) => regionCodes.indexOf(a.regionCode) - regionCodes.indexOf(b.regionCode) || a.period.localeCompare(b.period));
    return { statistics: out };
  },

  async IndicatorDashboard({ municipalityCode, year }, req) {
    await mayRead(req, municipalityCode);
    const [row] = await q(
      `SELECT q.year, q.title, q.is_demo AS q_demo, q.indicators, m.code, m.name, r.status, r.submitted_at, r.is_demo,
              (SELECT json_agg(json_build_object('key', iv.indicator_key, 'year', q2.year, 'value', iv.value, 'band', iv.band, 'known', iv.known,
                        'unknown', iv.unknown, 'missing', iv.missing, 'total', iv.total, 'computedAt', iv.computed_at))
                 FROM indicator_value iv JOIN response r2 ON r2.id = iv.response_id JOIN questionnaire q2 ON q2.id = r2.questionnaire_id
                WHERE r2.municipality_id = m.id AND q2.year <= q.year) AS values
         FROM questionnaire q JOIN municipality m ON m.code = $1 AND m.valid_to IS NULL
         LEFT JOIN response r ON r.questionnaire_id = q.id AND r.municipality_id = m.id
        WHERE q.year = $2`,
      [municipalityCode, year],
    );
    const values = row.values ?? [];
    const current = new Map(values.filter((v) => v.year === year).map((v) => [v.key, v]));
    const indicators = row.indicators.map((d) => {
      const v = current.get(d.key);
      const previous = values.filter((p) => p.key === d.key && p.year < year && p.value !== null).sort((a, b) => b.year - a.year)[0];
      const band = v?.band ?? null;
      return typed('IndicatorResult', {
        key: d.key,
        label: d.label,
        theme: d.theme,
        description: d.description,
        computed: v !== undefined,
        value: v?.value ?? null,
        band,
        bandLabel: band ? domain.BAND_LABELS[band] : null,
        tips: band ? d.tips[band] : [],
        known: v?.known ?? null,
        unknown: v?.unknown ?? null,
        missing: v?.missing ?? null,
        total: v?.total ?? null,
        previousYear: previous?.year ?? null,
        previousValue: previous?.value ?? null,
        change: v?.value != null && previous ? domain.indicatorChange(v.value, previous.value) : null,
        // json_agg gives PostgreSQL's text of the timestamp; GraphQL sends ISO 8601 in UTC
        computedAt: v?.computedAt ? new Date(v.computedAt).toISOString() : null,
      });
    });
    return {
      indicators,
      response: row.status
        ? typed('Response', {
            municipalityCode: row.code,
            year: row.year,
            status: row.status,
            submittedAt: row.submitted_at,
            isDemo: row.is_demo,
            municipality: typed('Municipality', { code: row.code, name: row.name }),
            questionnaire: typed('Questionnaire', {
              year: row.year,
              title: row.title,
              isDemo: row.q_demo,
              indicators: row.indicators.map((d) =>
                typed('IndicatorDefinitionInfo', { key: d.key, thresholds: typed('IndicatorThresholds', d.thresholds) }),
              ),
            }),
          })
        : null,
    };
  },

  async BenchmarkOverview({ year, code }, req) {
    await mayRead(req, code);
    const rows = await benchmarkRows(year, code, ['ALL']);
    const [context] = await q(
      `SELECT m.code, m.name, q.year, q.indicators FROM municipality m, questionnaire q WHERE m.code = $1 AND m.valid_to IS NULL AND q.year = $2`,
      [code, year],
    );
    return {
      municipality: typed('Municipality', { code: context.code, name: context.name }),
      questionnaire: typed('Questionnaire', { year: context.year, indicators: context.indicators.map(definitionInfo) }),
      benchmarks: rows.map((r) => benchmarkOf(r, year)),
    };
  },

  async BenchmarkDetail({ key, year, code }, req) {
    await mayRead(req, code);
    const rows = await benchmarkRows(year, code, ['ALL', 'PROVINCE', 'VEILIG_THUIS_REGION', 'SAFETY_REGION', 'SIZE_CLASS'], `indicator:${key}`);
    const [context] = await q(
      `SELECT m.code, m.name, q.year, q.indicators FROM municipality m, questionnaire q WHERE m.code = $1 AND m.valid_to IS NULL AND q.year = $2`,
      [code, year],
    );
    const byType = new Map(rows.map((r) => [r.group_type, benchmarkOf(r, year)]));
    return {
      municipality: typed('Municipality', { code: context.code, name: context.name }),
      questionnaire: typed('Questionnaire', { year: context.year, indicators: context.indicators.map(definitionInfo) }),
      all: byType.get('ALL'),
      province: byType.get('PROVINCE'),
      veiligThuis: byType.get('VEILIG_THUIS_REGION'),
      safety: byType.get('SAFETY_REGION'),
      size: byType.get('SIZE_CLASS'),
    };
  },

  async KnowledgeArticles({ theme = null, indicatorKey = null, search = null, first = 100 }) {
    const rows = await q(
      `SELECT a.slug, r.theme, r.title, r.summary, r.indicator_keys, r.created_at,
              CASE WHEN $3::text IS NULL THEN NULL ELSE ts_rank(r.search, websearch_to_tsquery('dutch', $3)) END AS rank
         FROM knowledge_revision r JOIN knowledge_article a ON a.id = r.article_id
        WHERE NOT EXISTS (SELECT 1 FROM knowledge_revision later WHERE later.article_id = r.article_id AND later.revision > r.revision)
          AND ($1::text IS NULL OR r.theme = $1) AND ($2::text IS NULL OR $2 = ANY (r.indicator_keys))
          AND ($3::text IS NULL OR r.search @@ websearch_to_tsquery('dutch', $3))
        ORDER BY rank DESC NULLS LAST, r.theme, r.title, a.slug LIMIT $4`,
      [theme, indicatorKey, search?.trim() || null, first],
    );
    return {
      knowledgeArticles: rows.map((r) =>
        typed('KnowledgeArticle', {
          slug: r.slug,
          theme: r.theme,
          title: r.title,
          summary: r.summary,
          indicatorKeys: r.indicator_keys,
          updatedAt: r.created_at,
        }),
      ),
    };
  },

  async Factsheets() {
    const rows = await q(
      `SELECT * FROM (SELECT DISTINCT ON (p.factsheet_id) f.slug, p.title, p.year, p.revision, p.published_at
                        FROM factsheet_publication p JOIN factsheet f ON f.id = p.factsheet_id AND f.unpublished_at IS NULL
                       ORDER BY p.factsheet_id, p.revision DESC) latest
        ORDER BY published_at DESC, slug LIMIT 100`,
    );
    return {
      factsheets: rows.map((r) =>
        typed('Factsheet', { slug: r.slug, title: r.title, year: r.year, revision: r.revision, publishedAt: r.published_at }),
      ),
    };
  },
};

/** The aggregates of one measure (or all indicators) for the municipality's groups, with its own values: one statement. */
function benchmarkRows(year, code, groupTypes, measure = null) {
  return q(
    `WITH me AS (SELECT id FROM municipality WHERE code = $2 AND valid_to IS NULL),
          own AS (SELECT q.year, 'indicator:' || iv.indicator_key AS measure, iv.value FROM indicator_value iv
                    JOIN response r ON r.id = iv.response_id AND r.status = 'SUBMITTED' JOIN questionnaire q ON q.id = r.questionnaire_id
                   WHERE r.municipality_id = (SELECT id FROM me) AND q.year IN ($1, $1 - 1) AND iv.value IS NOT NULL),
          keys AS (
            SELECT 'ALL' AS group_type, 'ALL' AS group_key
            UNION ALL SELECT r.type::text, CASE r.type WHEN 'PROVINCE' THEN 'PV:' WHEN 'VEILIG_THUIS_REGION' THEN 'VT:' ELSE 'VR:' END || r.code
              FROM region_membership rm JOIN region r ON r.id = rm.region_id AND r.valid_to IS NULL
             WHERE rm.municipality_id = (SELECT id FROM me) AND rm.valid_to IS NULL AND r.type IN ('PROVINCE', 'VEILIG_THUIS_REGION', 'SAFETY_REGION')
            UNION ALL SELECT 'SIZE_CLASS', group_key FROM benchmark_aggregate WHERE year = $1 AND group_key LIKE 'SIZE:%'
               AND group_key = 'SIZE:' || $5::text)
     SELECT k.group_type, a.*, o.value AS own_value, p.value AS previous_value
       FROM keys k JOIN benchmark_aggregate a ON a.group_key = k.group_key AND a.year = $1
       LEFT JOIN own o ON o.measure = a.measure AND o.year = $1
       LEFT JOIN own p ON p.measure = a.measure AND p.year = $1 - 1
      WHERE k.group_type = ANY($3) AND (CASE WHEN $4::text IS NULL THEN a.measure LIKE 'indicator:%' ELSE a.measure = $4 END)
      ORDER BY a.measure`,
    [year, code, groupTypes, measure, sizeClasses.get(code) ?? null],
  );
}

// size classes change only with a CBS import: read once at start, as the precomputed aggregates are
const sizeClasses = new Map(
  (
    await q(
      `SELECT m.code, (SELECT value FROM municipality_statistic s WHERE s.municipality_id = m.id AND s.variable = 'inwoners' ORDER BY year DESC LIMIT 1) AS inhabitants
         FROM municipality m WHERE m.valid_to IS NULL`,
    )
  ).map((r) => [r.code, r.inhabitants === null ? null : domain.sizeClassOf(r.inhabitants)]),
);

/** As our resolver shows an aggregate: its figures only when released (the ledger's decision is stored with it). */
function benchmarkOf(r, year) {
  const shown = r.median !== null;
  const figure = (value) => (shown ? value : null);
  return typed('Benchmark', {
    measure: r.measure.replace(/^indicator:/, ''),
    year,
    group: typed('BenchmarkGroup', { key: r.group_key, type: r.group_type, name: r.group_name }),
    published: shown,
    // one reason for every withheld group: telling "too few" apart would reveal how many contribute
    withheldReason: shown ? null : 'PROTECTED',
    n: figure(r.n),
    p10: figure(r.p10),
    q1: figure(r.q1),
    median: figure(r.median),
    q3: figure(r.q3),
    p90: figure(r.p90),
    computedAt: shown ? new Date(r.released_at ?? r.computed_at).toISOString() : null,
    ownValue: r.own_value,
    ownQuartile: r.own_value !== null && shown ? domain.quartileOf(r.own_value, { q1: r.q1, median: r.median, q3: r.q3 }) : null,
    previousOwnValue: r.previous_value,
    ownChange: r.own_value !== null && r.previous_value !== null ? Math.round((r.own_value - r.previous_value) * 10) / 10 : null,
  });
}

const definitionInfo = (d) => typed('IndicatorDefinitionInfo', { key: d.key, label: d.label, theme: d.theme, description: d.description });

const AGE_BANDS = [
  ['pct_0_15', '0-14', 0, 14],
  ['pct_15_25', '15-24', 15, 24],
  ['pct_25_45', '25-44', 25, 44],
  ['pct_45_65', '45-64', 45, 64],
  ['pct_65plus', '65+', 65, null],
];

function latestOf(statistics) {
  const latest = new Map();
  for (const s of statistics) if (!latest.has(s.variable) || latest.get(s.variable).year < s.year) latest.set(s.variable, s);
  return latest;
}

function keyFigures(statistics) {
  if (statistics.length === 0) return null;
  const f = latestOf(statistics);
  const int = (v) => (f.has(v) ? Math.round(f.get(v).value) : null);
  const value = (v) => f.get(v)?.value ?? null;
  return {
    populationYear: f.get('inwoners')?.year ?? null,
    populationSource: f.get('inwoners')?.source ?? null,
    population: int('inwoners'),
    householdYear: f.get('huishoudens')?.year ?? null,
    householdSource: f.get('huishoudens')?.source ?? null,
    households: int('huishoudens'),
    shareHouseholdsWithChildren: value('pct_huishoudens_met_kinderen'),
    averageHouseholdSize: value('gem_huishoudgrootte'),
    urbanity: int('stedelijkheid'),
    ageDistribution: AGE_BANDS.map(([v, band, fromAge, toAge]) => ({ band, fromAge, toAge, percentage: value(v) })),
  };
}

let snapshot = null;
/** Risk factors (2026 division), regions and police reports, as the estimate module reads them, in three statements. */
function estimateSnapshot() {
  snapshot ??= Promise.all([
    q(`SELECT a.code, a.name, a.municipality_code, a.division_year, a.source,
              coalesce(json_agg(json_build_object('variable', v.variable, 'value', v.value, 'year', v.data_year)) FILTER (WHERE v.value IS NOT NULL AND v.data_year IS NOT NULL), '[]') AS values
         FROM risk_factor_area a LEFT JOIN risk_factor_value v ON v.area_id = a.id
        WHERE a.level = 'MUNICIPALITY' AND a.division_year = 2026 GROUP BY a.id ORDER BY a.code`),
    q(`SELECT m.code AS municipality_code, r.type, r.code, r.name FROM region_membership rm
         JOIN municipality m ON m.id = rm.municipality_id AND m.valid_to IS NULL JOIN region r ON r.id = rm.region_id AND r.valid_to IS NULL
        WHERE rm.valid_to IS NULL AND r.type IN ('VEILIG_THUIS_REGION', 'PROVINCE')`),
    q(`SELECT region_code AS "regionCode", period, value, provisional FROM statistic_value
        WHERE table_id = '84849NED' AND category = 'Justitie en veiligheid: totaal' AND measure = 'ontvangen_meldingen'
          AND cbs_status = 'VALUE' AND period ~ '^[0-9]{4}$'`),
  ]).then(([areas, regionRows, police]) => {
    const regions = new Map();
    for (const r of regionRows) {
      const entry = regions.get(r.municipality_code) ?? { code: r.municipality_code, veiligThuisRegion: null, province: null };
      entry[r.type === 'PROVINCE' ? 'province' : 'veiligThuisRegion'] = { code: r.code, name: r.name };
      regions.set(r.municipality_code, entry);
    }
    const riskAreas = areas.map((a) => ({
      code: a.code,
      name: a.name,
      municipalityCode: a.municipality_code,
      divisionYear: a.division_year,
      source: a.source,
      values: new Map(a.values.map((v) => [v.variable, { value: v.value, year: v.year }])),
    }));
    return riskAreas.length === 0 ? null : buildSnapshot(riskAreas, [...regions.values()], police);
  });
  return snapshot;
}

/** Children 0-14 and 0-17 as the estimate uses them; withheld with the estimate. */
async function youthPopulation(code) {
  const result = (await estimateSnapshot())?.municipalities.get(code);
  if (!result || domain.publishEstimate(result.estimate, domain.MUNICIPALITY_RULES).status !== 'PUBLISHED') return null;
  return {
    year: result.input.childrenYear,
    aged0To14: result.input.children.aged0To14,
    aged0To17: result.input.children.aged0To17,
    isApproximation: true,
    method: domain.CHILDREN_METHOD,
    source: 'CBS StatLine 70072NED Regionale kerncijfers Nederland (0–14 jaar, 1 januari 2023)',
  };
}

// the pages of issues 5/7-7/7 and the districts: plain values, shaped after the SPA's query (lib/floor-shape.mjs)
const laterPages = laterPageHandlers({ q, session, Denied, estimateSnapshot });

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { operationName, query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const later = laterPages[operationName];
      const data = later ? shape(query, variables, await later(variables ?? {}, req)) : await handlers[operationName](variables ?? {}, req);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    } catch (error) {
      const denied = error instanceof Denied;
      res
        .writeHead(denied ? 200 : 500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ message: denied ? 'Geen toegang' : String(error.message) }] }));
    }
  });
});
server.listen(Number(process.argv[2]), '127.0.0.1', () => console.log(`floor listening on ${server.address().port}`));
