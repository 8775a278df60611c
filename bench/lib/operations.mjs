// The dashboard operations exactly as the SPA sends them: read from the web app's .graphql documents,
// with the operation's fragments appended and `__typename` added to every selection set below the
// root (what Apollo Client's cache does before sending).
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit } from 'graphql';

// features/ holds the pages' documents, app/ the fragments shared between features
const WEB_SOURCES = ['features', 'app'].map((dir) => path.resolve(import.meta.dirname, '..', '..', 'apps', 'web', 'src', dir));

function allDefinitions() {
  return WEB_SOURCES.flatMap((dir) =>
    fs
      .readdirSync(dir, { recursive: true })
      .filter((f) => String(f).endsWith('.graphql'))
      .flatMap((f) => parse(fs.readFileSync(path.join(dir, String(f)), 'utf8')).definitions),
  );
}

const TYPENAME = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

function addTypename(definition) {
  return visit(definition, {
    SelectionSet(node, _key, parent) {
      if (parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}

/** The printed text of one named operation with every fragment it uses (transitively). */
export function documentOf(operationName) {
  const definitions = allDefinitions();
  const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === operationName);
  if (!operation) throw new Error(`operation ${operationName} not found in apps/web/src`);
  const fragments = new Map(definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const used = new Map();
  const collect = (node) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (!used.has(name)) {
          used.set(name, fragments.get(name));
          collect(fragments.get(name));
        }
      },
    });
  collect(operation);
  return [operation, ...used.values()].map((d) => print(addTypename(d))).join('\n\n');
}

/**
 * What each dashboard page asks; `signedIn` operations run as the demo viewer of Amsterdam (a
 * municipal policy officer). `floor: false` would mark one without hand-written SQL (every operation has one now).
 */
export function dashboardOperations({ code, year, indicatorKey, knowledgeSlug = null, factsheetSlug = null }) {
  const op = (key, label, operationName, variables, extra = {}) => ({
    key,
    label,
    operationName,
    query: documentOf(operationName),
    variables,
    signedIn: false,
    ...extra,
  });
  return [
    op('landingMap', 'landing map (342 municipalities)', 'MunicipalityMap', {}),
    op('municipalityList', 'municipality list', 'MunicipalityList', {}),
    op('municipalityPage', `municipality page ${code}`, 'MunicipalityDetail', { code }),
    op('veiligThuisContext', `Veilig Thuis page ${code}: context`, 'VeiligThuisContext', { code }),
    op('veiligThuisStatistics', `Veilig Thuis page ${code}: figures`, 'VeiligThuisStatistics', {
      // as the page asks: one area over all periods (several areas only for one period)
      measure: 'ontvangen_meldingen',
      regionCodes: [code],
      periods: null,
      category: null,
    }),
    op('indicators', `indicators ${code} ${year} (signed in)`, 'IndicatorDashboard', { municipalityCode: code, year }, { signedIn: true }),
    op(
      'benchmarkOverview',
      `benchmark overview ${code} ${year} (signed in)`,
      'BenchmarkOverview',
      { year, group: { type: 'ALL' }, code },
      { signedIn: true },
    ),
    op(
      'benchmarkDetail',
      `benchmark detail ${indicatorKey} (signed in)`,
      'BenchmarkDetail',
      { key: indicatorKey, year, code, customCode: null, withCustom: false },
      { signedIn: true },
    ),
    op('districts', `districts ${code}`, 'MunicipalityDistricts', { code }),
    ...laterPages(op, { code, knowledgeSlug, factsheetSlug }),
  ];
}

/** The pages issues 5/7-7/7 added, with the variables their components send (undefined ones are left out, as in JSON). */
function laterPages(op, { code, knowledgeSlug, factsheetSlug }) {
  return [
    op('estimate', `estimate page ${code}`, 'MunicipalityEstimate', { code }),
    op('myMunicipality', `home "Mijn gemeente" ${code} 2026 (signed in)`, 'MyMunicipalityHome', { code, year: 2026 }, { signedIn: true }),
    op('knowledgeList', 'knowledge list', 'KnowledgeArticles', { first: 100 }),
    ...(knowledgeSlug
      ? [op('knowledgeArticle', `knowledge article ${knowledgeSlug}`, 'KnowledgeArticle', { slug: knowledgeSlug, signedIn: false })]
      : []),
    op('practiceList', 'practice examples list (signed in)', 'PracticeExamples', { first: 100 }, { signedIn: true }),
    op('forumList', 'forum list (signed in)', 'ForumOverview', {}, { signedIn: true }),
    op('supply', `supply ${code} (/aanbod, signed in)`, 'SupplyAnalysisPage', { code }, { signedIn: true }),
    op('effects', 'effect monitoring results', 'EffectPublications', { first: 500 }),
    op('factsheetList', 'factsheets list', 'Factsheets', {}),
    ...(factsheetSlug ? [op('factsheet', `factsheet ${factsheetSlug}`, 'Factsheet', { slug: factsheetSlug })] : []),
  ];
}
