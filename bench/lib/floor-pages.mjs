// Floors for the pages issues 5/7-7/7 added (estimate, Mijn gemeente, knowledge article, practice
// examples, forum, supply, effect monitoring, one factsheet) and for the districts (with their
// estimates, which the first districts floor left out): each result by one hand-written
// statement over `pg` (the districts and the supply page: two at once, the district rows and
// everything else; the supply page's model is fitted once), with the same
// session check as the other signed-in floors and the same rules: disclosure and estimates from
// @monitor/domain, and where the server's presentation of them is plain code without I/O (the
// estimate card, the district estimates, the supply analysis, Markdown to sanitised HTML) that same
// built code, fed with the floor's own rows. Handlers return plain values; floor-shape.mjs gives them
// the shape of the SPA's query.
import { createRequire } from 'node:module';
import domain from '@monitor/domain';

const require = createRequire(import.meta.url);
const server = (module) => require(`../../apps/server/dist/modules/${module}.js`);
const { renderArticleMarkdown } = server('knowledge/knowledge.markdown');
const { EstimateService } = server('estimate/estimate.service');
const { assembleAnalysis, expectedUseFor, fitExpectedUse, EXPECTED_USE_YEAR, YOUTH_CARE_YEAR } = server('supply/supply.analysis');

const ANONYMOUS = { caller: domain.ANONYMOUS };
const INDICATORS = new Map(domain.INDICATORS_2026.map((indicator) => [indicator.key, indicator]));

/** Risk-factor areas as the risk-profile module gives them (values keyed by variable). */
const riskArea = (a) => ({
  code: a.code,
  name: a.name,
  municipalityCode: a.municipality_code,
  divisionYear: a.division_year,
  source: a.source,
  values: new Map(a.values.map((v) => [v.variable, { value: v.value, year: v.year }])),
});

const AREA_VALUES = `coalesce(json_agg(json_build_object('variable', v.variable, 'value', v.value, 'year', v.data_year))
  FILTER (WHERE v.value IS NOT NULL AND v.data_year IS NOT NULL), '[]')`;

export function laterPageHandlers({ q, session, Denied, estimateSnapshot }) {
  /** The estimate service's own presentation over the floor's snapshot (and district risk areas when given). */
  const estimates = (districtAreas = []) =>
    Object.assign(Object.create(EstimateService.prototype), { snapshot: estimateSnapshot, risk: { districts: async () => districtAreas } });

  async function signedIn(req) {
    const caller = await session(req);
    if (!caller) throw new Denied();
    return caller;
  }

  async function mayReadMunicipality(req, code) {
    const caller = await signedIn(req);
    if (caller.role === 'ANALYST' || caller.role === 'ADMIN' || caller.municipality_code === code) return caller;
    throw new Denied();
  }

  let expectedUseModel = null;
  /** The expected-use model over every 2017 district: fitted once, as our server refits it only when the risk factors change. */
  function expectedUseFit() {
    expectedUseModel ??= q(
      `SELECT a.code, a.name, a.municipality_code, a.division_year, a.source, ${AREA_VALUES} AS values
         FROM risk_factor_area a LEFT JOIN risk_factor_value v ON v.area_id = a.id
        WHERE a.level = 'DISTRICT' AND a.division_year = $1 GROUP BY a.id ORDER BY a.code`,
      [EXPECTED_USE_YEAR],
    ).then((rows) => fitExpectedUse(rows.map(riskArea)));
    return expectedUseModel;
  }

  return {
    async MunicipalityEstimate({ code, year }) {
      return { estimate: await estimates().forMunicipality(ANONYMOUS, code, year ?? new Date().getFullYear()) };
    },

    async MyMunicipalityHome({ code, year }, req) {
      await mayReadMunicipality(req, code);
      return myMunicipality(q, code, year);
    },

    async KnowledgeArticle({ slug, signedIn: withAuthors }, req) {
      // the revisions' author names are for signed-in participants only (the access matrix)
      if (withAuthors) await signedIn(req);
      if (!domain.isKnowledgeSlug(slug)) return { knowledgeArticle: null };
      const [a] = await q(
        `SELECT a.slug, r.theme, r.title, r.summary, r.body_markdown, r.indicator_keys, r.sources, r.revision, r.created_at,
                (SELECT json_agg(json_build_object('revision', h.revision, 'title', h.title, 'note', h.note, 'authorName', h.author_name,
                                                   'createdAt', h.created_at) ORDER BY h.revision DESC)
                   FROM (SELECT * FROM knowledge_revision WHERE article_id = a.id ORDER BY revision DESC LIMIT 50) h) AS revisions
           FROM knowledge_article a JOIN LATERAL (SELECT * FROM knowledge_revision WHERE article_id = a.id ORDER BY revision DESC LIMIT 1) r ON true
          WHERE a.slug = $1`,
        [slug],
      );
      if (!a) return { knowledgeArticle: null };
      return {
        knowledgeArticle: {
          ...a,
          bodyMarkdown: a.body_markdown,
          html: renderArticleMarkdown(a.body_markdown),
          indicatorKeys: a.indicator_keys,
          sources: a.sources.map((s) => ({ title: s.title, publisher: s.publisher, year: s.year ?? null, url: s.url ?? null })),
          updatedAt: a.created_at,
        },
      };
    },

    async PracticeExamples({ indicatorKey = null, theme = null, search = null, first = 50 }, req) {
      const caller = await signedIn(req);
      return { practiceExamples: await practiceExamples(q, caller, { indicatorKey, theme, search: search?.trim() || null, first }) };
    },

    async ForumOverview({ categorySlug = null, search = null }, req) {
      const caller = await signedIn(req);
      const [row] = await q(FORUM_OVERVIEW, [domain.isForumModerator(caller.role), categorySlug, search?.trim() || null, 50]);
      return { forumCategories: row.categories, forumThreads: row.threads ?? [] };
    },

    async SupplyAnalysisPage({ code }, req) {
      await mayReadMunicipality(req, code);
      if (!domain.isMunicipalityCode(code)) throw new Error('municipalityCode: moet een CBS-gemeentecode zijn');
      const [[row], districts, model] = await Promise.all([q(SUPPLY, [code, false]), q(DISTRICT_ROWS, [code]), expectedUseFit()]);
      return {
        municipality: row.name === null ? null : { code, name: row.name },
        supplyAnalysis: await supplyAnalysis(code, { ...row, districts }, model, estimates),
        interventions: row.interventions.map((i) => intervention(i, new Set(row.published))),
      };
    },

    async MunicipalityDistricts({ code }) {
      if (!domain.isMunicipalityCode(code)) throw new Error('municipalityCode: moet een CBS-gemeentecode zijn');
      const [[row], districts] = await Promise.all([q(`SELECT ${DISTRICT_COLUMNS}`, [code, true]), q(DISTRICT_ROWS, [code])]);
      return {
        municipality: row.name === null ? null : { code, name: row.name },
        districts: await publishedDistricts(code, { ...row, districts }, row.areas.map(riskArea), estimates),
      };
    },

    async EffectPublications({ kind = null, subject = null, first = 200 }) {
      const rows = await q(
        `SELECT p.group_kind, p.subject, p.measure, p.status, r.released_at, r.statistics, r.is_demo,
                i.code, i.name, i.databank, i.recognition_level
           FROM effect_publication p LEFT JOIN effect_release r ON r.id = p.release_id
           LEFT JOIN intervention i ON p.group_kind = 'INTERVENTION' AND i.code = p.subject
          WHERE ($1::text IS NULL OR p.group_kind = $1) AND ($2::text IS NULL OR p.subject = $2)
          ORDER BY p.group_kind DESC, p.subject, p.measure LIMIT $3`,
        [kind, subject?.trim() || null, first],
      );
      return { effectPublications: rows.map(effectPublication) };
    },

    async Factsheet({ slug }) {
      const [f] = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) && slug.length >= 3 && slug.length <= 80 ? await q(FACTSHEET, [slug]) : [];
      if (!f) return { factsheet: null };
      return {
        factsheet: {
          ...f,
          publishedAt: f.published_at,
          introHtml: renderArticleMarkdown(f.intro_markdown),
          conclusionHtml: renderArticleMarkdown(f.conclusion_markdown),
          pdfUrl: `/pdf/factsheets/${f.slug}.pdf`,
          blocks: f.blocks.map((b) => ({ ...b, textHtml: b.textMarkdown ? renderArticleMarkdown(b.textMarkdown) : '' })),
        },
      };
    },
  };
}

/** Questionnaire (with its status on today's date), response, answers and indicator values: one statement. */
const MY_MUNICIPALITY = `
  SELECT q.year, q.title, q.is_demo AS q_demo, q.definition, q.indicators, q.opens_on::text AS opens_on, q.closes_on::text AS closes_on,
         CASE WHEN q.opened_at IS NULL THEN 'DRAFT' WHEN current_date < q.opens_on THEN 'SCHEDULED'
              WHEN current_date > q.closes_on THEN 'CLOSED' ELSE 'OPEN' END AS q_status,
         m.code, m.name, r.status, r.submitted_at, r.is_demo,
         (SELECT json_agg(json_build_object('key', a.question_key, 'value', a.value)) FROM answer a WHERE a.response_id = r.id) AS answers,
         (SELECT json_agg(json_build_object('key', iv.indicator_key, 'year', q2.year, 'value', iv.value, 'band', iv.band))
            FROM indicator_value iv JOIN response r2 ON r2.id = iv.response_id JOIN questionnaire q2 ON q2.id = r2.questionnaire_id
           WHERE r2.municipality_id = m.id AND q2.year <= q.year) AS values
    FROM questionnaire q JOIN municipality m ON m.code = $1 AND m.valid_to IS NULL
    LEFT JOIN response r ON r.questionnaire_id = q.id AND r.municipality_id = m.id
   WHERE q.year = $2`;

const isEmpty = (value) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

async function myMunicipality(q, code, year) {
  const [row] = await q(MY_MUNICIPALITY, [code, year]);
  if (!row) throw new Error('Gegevens niet gevonden');
  const answers = Object.fromEntries((row.answers ?? []).filter((a) => !isEmpty(a.value)).map((a) => [a.key, a.value]));
  const values = row.values ?? [];
  const current = new Map(values.filter((v) => v.year === year).map((v) => [v.key, v]));
  return {
    response: {
      municipalityCode: code,
      year,
      status: row.status ?? 'DRAFT',
      submittedAt: row.submitted_at,
      isDemo: row.is_demo ?? false,
      progress: { percentage: domain.overallProgress(row.definition, answers), missingRequired: domain.missingRequired(row.definition, answers) },
      municipality: { code: row.code, name: row.name },
      questionnaire: { year, title: row.title, opensOn: row.opens_on, closesOn: row.closes_on, status: row.q_status, isDemo: row.q_demo },
    },
    indicators: row.indicators.map((d) => {
      const v = current.get(d.key);
      const previous = values.filter((p) => p.key === d.key && p.year < year && p.value !== null).sort((a, b) => b.year - a.year)[0];
      const band = v?.band ?? null;
      return {
        key: d.key,
        label: d.label,
        value: v?.value ?? null,
        band,
        bandLabel: band ? domain.BAND_LABELS[band] : null,
        previousYear: previous?.year ?? null,
        change: v?.value != null && previous ? domain.indicatorChange(v.value, previous.value) : null,
      };
    }),
  };
}

/** Hidden examples: administrators see all, a municipality's own users its own, others none (as the practice service). */
async function practiceExamples(q, caller, { indicatorKey, theme, search, first }) {
  const rows = await q(
    `SELECT p.id, p.municipality_code, m.name AS municipality_name, p.indicator_key, p.theme, p.title, p.measure, p.band, p.band_year,
            p.published_at, p.hidden_at IS NOT NULL AS hidden
       FROM practice_example p LEFT JOIN municipality m ON m.code = p.municipality_code AND m.valid_to IS NULL
      WHERE ($1::text IS NULL OR p.indicator_key = $1) AND ($2::text IS NULL OR p.theme = $2)
        AND ($3::text IS NULL OR p.search @@ websearch_to_tsquery('dutch', $3))
        AND (p.hidden_at IS NULL OR $4::boolean OR p.municipality_code = $5)
      ORDER BY CASE WHEN $3::text IS NULL THEN NULL ELSE ts_rank(p.search, websearch_to_tsquery('dutch', $3)) END DESC NULLS LAST,
               p.published_at DESC, p.id DESC
      LIMIT $6`,
    [indicatorKey, theme, search, caller.role === 'ADMIN', caller.municipality_code, first],
  );
  return rows.map((r) => ({
    ...r,
    municipalityCode: r.municipality_code,
    municipalityName: r.municipality_name,
    indicatorKey: r.indicator_key,
    indicatorLabel: INDICATORS.get(r.indicator_key)?.label ?? null,
    bandLabel: r.band ? domain.BAND_LABELS[r.band] : null,
    bandYear: r.band_year,
    publishedAt: r.published_at,
  }));
}

/** Categories with their visible thread counts and the newest visible threads ($1 moderator): one statement. */
const FORUM_OVERVIEW = `
  WITH query AS (SELECT CASE WHEN $3::text IS NULL THEN NULL ELSE websearch_to_tsquery('dutch', $3) END AS q),
  threads AS (
    SELECT t.id, t.title, c.slug AS "categorySlug", c.name AS "categoryName", u.name AS "authorName", t.last_activity_at AS "lastActivityAt",
           (SELECT count(*)::int FROM forum_post a WHERE a.thread_id = t.id AND NOT a.is_question AND a.hidden_at IS NULL) AS "answerCount",
           t.accepted_post_id IS NOT NULL AS answered, t.locked_at IS NOT NULL AS locked, qp.hidden_at IS NOT NULL AS hidden,
           CASE WHEN query.q IS NULL THEN NULL ELSE ts_rank(t.search, query.q) + coalesce(
             (SELECT max(ts_rank(p.search, query.q)) FROM forum_post p WHERE p.thread_id = t.id AND ($1 OR p.hidden_at IS NULL) AND p.search @@ query.q), 0) END AS rank
      FROM forum_thread t JOIN forum_category c ON c.id = t.category_id JOIN app_user u ON u.id = t.author_id
      JOIN forum_post qp ON qp.thread_id = t.id AND qp.is_question, query
     WHERE ($1 OR qp.hidden_at IS NULL) AND ($2::text IS NULL OR c.slug = $2)
       AND (query.q IS NULL OR t.search @@ query.q OR EXISTS (
             SELECT 1 FROM forum_post p WHERE p.thread_id = t.id AND ($1 OR p.hidden_at IS NULL) AND p.search @@ query.q))
     ORDER BY rank DESC NULLS LAST, t.last_activity_at DESC, t.id DESC LIMIT $4)
  SELECT (SELECT coalesce(json_agg(json_build_object('slug', c.slug, 'name', c.name, 'description', c.description, 'threadCount',
            (SELECT count(*)::int FROM forum_thread t JOIN forum_post qp ON qp.thread_id = t.id AND qp.is_question
              WHERE t.category_id = c.id AND ($1 OR qp.hidden_at IS NULL))) ORDER BY c.position), '[]') FROM forum_category c) AS categories,
         (SELECT json_agg(threads) FROM threads) AS threads`;

/** A municipality's districts with inhabitants (no boundaries: the pages' maps fetch those from /geo/districts/<code>.geojson). */
const DISTRICT_ROWS = `
  SELECT d.code, d.name, d.year, s.value AS inhabitants, s.source, m.name AS municipality_name
    FROM municipality m JOIN district d ON d.municipality_id = m.id
    LEFT JOIN district_statistic s ON s.district_id = d.id AND s.variable = 'aantal_inwoners'
   WHERE m.code = $1 ORDER BY d.code`;

/** A municipality's name and its district risk areas ($2: only those of the districts' division year). */
const DISTRICT_COLUMNS = `
  (SELECT name FROM municipality WHERE code = $1 AND valid_to IS NULL) AS name,
  (SELECT coalesce(json_agg(area ORDER BY area.code), '[]') FROM (
     SELECT a.code, a.name, a.municipality_code, a.division_year, a.source, ${AREA_VALUES} AS values
       FROM risk_factor_area a LEFT JOIN risk_factor_value v ON v.area_id = a.id
      WHERE a.level = 'DISTRICT' AND a.municipality_code = $1
        AND (NOT $2 OR a.division_year IN (SELECT d.year FROM district d JOIN municipality m ON m.id = d.municipality_id WHERE m.code = $1))
      GROUP BY a.id) area) AS areas`;

/**
 * Everything else the supply page reads of one municipality, in one statement: its name, district
 * risk areas of every division year, offers, the catalogue and which interventions have released
 * effect figures.
 */
const SUPPLY = `
  SELECT ${DISTRICT_COLUMNS},
         (SELECT coalesce(json_agg(json_build_object('id', c.id, 'municipalityCode', c.municipality_code, 'targetGroup', c.target_group,
                   'preventionLevel', c.prevention_level, 'provider', c.provider, 'districtCodes', c.district_codes, 'capacity', c.capacity,
                   'reachLastYear', c.reach_last_year, 'waitingWeeks', c.waiting_weeks, 'isDemo', c.is_demo,
                   'intervention', json_build_object('id', i.id, 'code', i.code, 'name', i.name, 'databank', i.databank,
                     'recognition_level', i.recognition_level, 'is_demo', i.is_demo)) ORDER BY i.name, c.provider, c.id), '[]')
            FROM (SELECT c.* FROM care_offer c JOIN intervention i ON i.id = c.intervention_id WHERE c.municipality_code = $1
                   ORDER BY i.name, c.provider, c.id LIMIT 150) c JOIN intervention i ON i.id = c.intervention_id) AS offers,
         (SELECT coalesce(json_agg(i ORDER BY i.name), '[]') FROM (SELECT id, code, name, databank, recognition_level, is_demo
            FROM intervention ORDER BY name LIMIT 500) i) AS interventions,
         (SELECT coalesce(array_agg(DISTINCT subject), '{}') FROM effect_publication WHERE group_kind = 'INTERVENTION' AND status <> 'WITHHELD') AS published`;

const intervention = (i, published) => ({
  id: String(i.id),
  code: i.code,
  name: i.name,
  databank: i.databank,
  recognitionLevel: i.recognition_level,
  recognised: domain.isRecognised(i.recognition_level),
  isDemo: i.is_demo,
  effectResultsPublished: published.has(i.code),
});

/** District populations under the district rules (primary and secondary suppression), as the district service publishes them. */
function publishedPopulations(code, districts) {
  const cells = districts.map((d) => {
    const raw = { value: d.inhabitants, status: d.inhabitants === null ? 'SECRET' : 'VALUE' };
    return { key: d.code, raw, published: domain.publishCount(raw, domain.DISTRICT_RULES) };
  });
  const total = cells.reduce((sum, c) => sum + (c.raw.value ?? 0), 0);
  const totalCell = {
    key: code,
    raw: { value: total, status: 'VALUE' },
    published: domain.publishCount({ value: total, status: 'VALUE' }, domain.DISTRICT_RULES),
  };
  return new Map(domain.applySecondarySuppression(totalCell, cells, domain.DISTRICT_RULES).parts.map((p) => [p.key, p.published]));
}

/** The districts as the district service publishes them: populations and estimates under the district rules. */
async function publishedDistricts(code, row, areas, estimates) {
  const divisionYear = row.districts[0]?.year;
  const populations = publishedPopulations(code, row.districts);
  const figures =
    row.districts.length === 0
      ? new Map()
      : await estimates(areas.filter((a) => a.divisionYear === divisionYear)).forDistricts(
          code,
          divisionYear,
          row.districts.map((d) => ({ code: d.code, inhabitants: d.inhabitants })),
        );
  return row.districts.map((d) => ({
    code: d.code,
    name: d.name,
    municipalityCode: code,
    year: d.year,
    population: populations.get(d.code).value,
    populationStatus: populations.get(d.code).status,
    children: figures.get(d.code)?.children ?? null,
    estimate: figures.get(d.code)?.estimate ?? null,
    source: d.source ?? 'CBS',
  }));
}

async function supplyAnalysis(code, row, model, estimates) {
  const areas = row.areas.map(riskArea);
  const inYear = (year) => areas.filter((a) => a.divisionYear === year);
  const districts = await publishedDistricts(code, row, areas, estimates);
  const published = new Set(row.published);
  const offers = row.offers.map((o) => ({ ...o, id: String(o.id), intervention: intervention(o.intervention, published) }));
  const expectedUse = model ? expectedUseFor(model, inYear(EXPECTED_USE_YEAR)) : null;
  return assembleAnalysis(code, districts, offers, new Map(inYear(YOUTH_CARE_YEAR).map((a) => [a.code, a])), expectedUse);
}

function effectPublication(row) {
  const shown = row.status !== 'WITHHELD' && row.statistics !== null;
  return {
    kind: row.group_kind,
    subject: row.subject,
    measure: row.measure,
    status: row.status === 'WITHHELD' ? 'PROTECTED' : row.status,
    releasedAt: shown ? row.released_at : null,
    synthetic: row.is_demo ?? false,
    change: shown && 'change' in row.statistics ? row.statistics.change : null,
    agreement: shown && 'agreement' in row.statistics ? row.statistics.agreement : null,
    intervention:
      row.group_kind === 'INTERVENTION' && row.code
        ? { code: row.code, name: row.name, databank: row.databank, recognitionLevel: row.recognition_level }
        : null,
  };
}

/** The latest publication of an online factsheet (its figures as published, disclosure applied then). */
const FACTSHEET = `
  SELECT f.slug, p.revision, p.title, p.year, p.intro_markdown, p.conclusion_markdown, p.blocks, p.published_at
    FROM factsheet_publication p JOIN factsheet f ON f.id = p.factsheet_id AND f.unpublished_at IS NULL
   WHERE f.slug = $1 ORDER BY p.revision DESC LIMIT 1`;
