// The soak: N clients for a fixed time over a mixed workload, with the web app's own queries
// (apps/web/src/features/*/*.graphql) for anonymous readers, editors autosaving and people logging in.
import fs from 'node:fs';
import path from 'node:path';
import { AutosaveWriter, assignQuestions, DEMO_PASSWORD, YEAR } from './autosave.mjs';
import { gql, leakOf, login, serverErrorOf } from './client.mjs';
import { graphql, root, rssBytes } from './server.mjs';

/** Every .graphql document of the web app (operations and the fragments they spread, wherever those live). */
function webDocuments(dir = path.join(root, 'apps', 'web', 'src')) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__generated__' ? [] : webDocuments(file);
    return entry.name.endsWith('.graphql') ? [file] : [];
  });
}
const LOGIN_ACCOUNTS = [
  'lezer.amsterdam@demo.monitor.nl',
  'invuller.amstelveen@demo.monitor.nl',
  'onderzoeker@demo.monitor.nl',
  'lezer.utrecht@demo.monitor.nl',
];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Each named operation of the web app's .graphql files as a standalone document with its fragments. */
export function webOperations() {
  const definitions = webDocuments().flatMap((file) => graphql.parse(fs.readFileSync(file, 'utf8')).definitions);
  const fragments = new Map(definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  const operations = {};
  for (const operation of definitions.filter((d) => d.kind === 'OperationDefinition')) {
    const needed = new Map();
    const visit = (node) =>
      graphql.visit(node, {
        FragmentSpread(spread) {
          if (!needed.has(spread.name.value)) {
            needed.set(spread.name.value, fragments.get(spread.name.value));
            visit(fragments.get(spread.name.value));
          }
        },
      });
    visit(operation);
    operations[operation.name.value] = graphql.print({ kind: 'Document', definitions: [operation, ...needed.values()] });
  }
  return operations;
}

/** The anonymous reads of a visitor: map, municipality page, Veilig Thuis figures, benchmarks. */
function readerPlan(operations, context) {
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const plans = [
    () => ['MunicipalityMap', {}],
    () => ['MunicipalityDetail', { code: pick(context.codes) }],
    () => ['MunicipalityEstimate', { code: pick(context.codes) }],
    () => ['DistrictCount', { code: pick(context.codes) }],
    () => ['VeiligThuisContext', { code: pick(context.codes) }],
    // as the Veilig Thuis page asks: one area over all periods, or a few areas in one period
    () => ['VeiligThuisStatistics', { measure: pick(context.measures).key, regionCodes: [pick(context.codes)] }],
    () => {
      const measure = pick(context.measures);
      return [
        'VeiligThuisStatistics',
        { measure: measure.key, regionCodes: [pick(context.codes), pick(context.codes)], periods: [pick(measure.periods)] },
      ];
    },
    () => ['BenchmarkYears', {}],
    () => ['BenchmarkAvailability', { year: pick(context.benchmarkYears) }],
    () => ['AnonymousBenchmarks', { year: pick(context.benchmarkYears), scope: pick(['INDICATORS', 'VEILIG_THUIS']) }],
    () => ['BenchmarkRegionList', { type: pick(['PROVINCE', 'VEILIG_THUIS_REGION', 'SAFETY_REGION']) }],
  ];
  return () => {
    const [name, variables] = pick(plans)();
    if (!operations[name]) throw new Error(`soak: de webapp heeft geen operatie ${name} meer; pas het soakplan aan`);
    return { name, query: operations[name], variables };
  };
}

/** A signed-in municipal viewer's benchmark pages, for their own municipality. */
function viewerPlan(operations, context, code) {
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const group = () =>
    pick([{ type: 'ALL' }, { type: 'PROVINCE' }, { type: 'SIZE_CLASS' }, { type: 'VEILIG_THUIS_REGION' }, { type: 'SAFETY_REGION' }]);
  const plans = [
    () => ['BenchmarkOverview', { year: pick(context.benchmarkYears), group: group(), code }],
    () => ['BenchmarkVeiligThuis', { year: pick(context.benchmarkYears), group: group(), code }],
    () => ['BenchmarkDetail', { key: pick(context.indicatorKeys), year: pick(context.benchmarkYears), code, withCustom: false }],
    () => ['MunicipalityDetail', { code }],
  ];
  return () => {
    const [name, variables] = pick(plans)();
    if (!operations[name]) throw new Error(`soak: de webapp heeft geen operatie ${name} meer; pas het soakplan aan`);
    return { name, query: operations[name], variables };
  };
}

const ANONYMOUS_BENCHMARKS = `query AnonymousBenchmarks($year: Int!, $scope: BenchmarkScope!) {
  benchmarks(year: $year, group: { type: ALL }, scope: $scope) { measure year group { key name } published withheldReason n min q1 median q3 max computedAt }
}`;
const VIEWERS = [
  { email: 'lezer.amsterdam@demo.monitor.nl', municipalityCode: 'GM0363' },
  { email: 'lezer.utrecht@demo.monitor.nl', municipalityCode: 'GM0344' },
];

async function readerContext(url) {
  const result = await gql(
    url,
    '{ municipalities(first: 500) { edges { node { code } } } statisticMeasures { key periods } questionnaire(year: ' +
      YEAR +
      ') { indicators { key } } }',
  );
  const data = result.json?.data;
  if (!data) throw new Error(`voorbereiding soak mislukte: ${result.text.slice(0, 300)}`);
  return {
    codes: data.municipalities.edges.map((e) => e.node.code),
    measures: data.statisticMeasures.filter((m) => m.periods.length > 0),
    indicatorKeys: data.questionnaire.indicators.map((i) => i.key),
    benchmarkYears: [YEAR, YEAR - 1],
  };
}

class Stats {
  constructor() {
    this.byOperation = {};
    this.errors = [];
    this.leaks = [];
  }

  record(name, result, error) {
    const entry = (this.byOperation[name] ??= { count: 0, errors: 0, times: [] });
    entry.count++;
    entry.times.push(result.ms);
    const problem =
      error ?? serverErrorOf(result) ?? (result.json?.errors ? `GraphQL-fout ${JSON.stringify(result.json.errors).slice(0, 200)}` : null);
    if (problem) {
      entry.errors++;
      if (this.errors.length < 50) this.errors.push({ operation: name, problem });
    }
    const leak = leakOf(result);
    if (leak && this.leaks.length < 20) this.leaks.push({ operation: name, leak });
  }

  summary() {
    const operations = Object.fromEntries(
      Object.entries(this.byOperation).map(([name, e]) => {
        const times = [...e.times].sort((a, b) => a - b);
        const at = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(times.length * q))]);
        return [name, { count: e.count, errors: e.errors, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: Math.round(times.at(-1)) }];
      }),
    );
    const total = Object.values(operations).reduce((n, o) => n + o.count, 0);
    const errors = Object.values(operations).reduce((n, o) => n + o.errors, 0);
    return { total, errors, operations, errorSamples: this.errors, leakSamples: this.leaks };
  }
}

/** Least-squares slope of RSS over time, in MB per minute. */
function slopeMbPerMinute(samples) {
  if (samples.length < 2) return 0;
  const xs = samples.map((s) => s.t / 60_000);
  const ys = samples.map((s) => s.rss / 1024 / 1024);
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  const num = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Memory is flat when the RSS of the last fifth of the run (after a warm-up of a tenth) exceeds
 * that of the first fifth by no more than max(50 MB, 20 %): a leak grows steadily, a GC saw does not.
 */
export function memoryVerdict(samples) {
  const mb = (b) => Math.round((b / 1024 / 1024) * 10) / 10;
  const duration = samples.at(-1).t;
  const steady = samples.filter((s) => s.t >= duration * 0.1);
  const fifth = Math.max(1, Math.floor(steady.length / 5));
  const early = median(steady.slice(0, fifth).map((s) => s.rss));
  const late = median(steady.slice(-fifth).map((s) => s.rss));
  const allowed = Math.max(50 * 1024 * 1024, early * 0.2);
  return {
    startMb: mb(samples[0].rss),
    endMb: mb(samples.at(-1).rss),
    maxMb: mb(Math.max(...samples.map((s) => s.rss))),
    steadyEarlyMb: mb(early),
    steadyLateMb: mb(late),
    growthMb: mb(late - early),
    allowedGrowthMb: mb(allowed),
    slopeMbPerMinute: Math.round(slopeMbPerMinute(steady) * 100) / 100,
    samples: samples.length,
    flat: late - early <= allowed,
  };
}

export async function runSoak({ server, seconds, clients, log }) {
  const operations = { ...webOperations(), AnonymousBenchmarks: ANONYMOUS_BENCHMARKS };
  const context = await readerContext(server.url);
  const nextRead = readerPlan(operations, context);
  const writerCount = Math.max(1, Math.round(clients / 4));
  const loginCount = Math.max(1, Math.round(clients / 8));
  const viewerCount = Math.max(1, Math.round(clients / 8));
  const readerCount = Math.max(1, clients - writerCount - loginCount - viewerCount);
  const viewers = [];
  for (let i = 0; i < viewerCount; i++) {
    const account = VIEWERS[i % VIEWERS.length];
    viewers.push({ cookie: await login(server.url, account.email, DEMO_PASSWORD), next: viewerPlan(operations, context, account.municipalityCode) });
  }
  const stats = new Stats();
  const deadline = Date.now() + seconds * 1000;
  const running = () => Date.now() < deadline;

  const shares = assignQuestions(writerCount);
  const writers = [];
  for (const [i, share] of shares.entries()) {
    const cookie = await login(server.url, share.editor.email, DEMO_PASSWORD);
    const writer = new AutosaveWriter({ url: server.url, cookie, editor: share.editor, questions: share.questions, tag: `soak-w${i}` });
    await writer.loadVersions();
    writers.push(writer);
  }

  const samples = [];
  const began = Date.now();
  const sampleEvery = Math.max(1000, Math.min(10_000, (seconds * 1000) / 120));
  const sampler = setInterval(() => {
    const rss = rssBytes(server.pid);
    if (rss !== null) samples.push({ t: Date.now() - began, rss });
  }, sampleEvery);
  samples.push({ t: 0, rss: rssBytes(server.pid) });

  const reader = async () => {
    while (running()) {
      const op = nextRead();
      stats.record(op.name, await gql(server.url, op.query, op.variables));
    }
  };
  const viewer = async ({ cookie, next }) => {
    while (running()) {
      const op = next();
      stats.record(op.name, await gql(server.url, op.query, op.variables, cookie));
    }
  };
  const autosaver = async (writer) => {
    while (running()) {
      const result = await writer.saveOnce();
      stats.record('saveAnswers', result, result.error);
      if (result.error) await writer.loadVersions().catch(() => undefined);
      await sleep(100 + Math.random() * 400); // autosave debounce of a typing editor
    }
  };
  const signer = async (i) => {
    let n = i;
    while (running()) {
      const email = LOGIN_ACCOUNTS[n++ % LOGIN_ACCOUNTS.length];
      const result = await gql(server.url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { email } }', {
        e: email,
        p: DEMO_PASSWORD,
      });
      stats.record('login', result);
      const cookie = (result.headers?.get('set-cookie') ?? '').split(';')[0];
      if (!cookie) continue;
      stats.record('me', await gql(server.url, '{ me { email role municipality { code } } }', undefined, cookie));
      stats.record('logout', await gql(server.url, 'mutation { logout }', undefined, cookie));
    }
  };
  const progress = setInterval(
    () => log(`soak: ${Math.round((Date.now() - began) / 1000)}/${seconds} s, ${stats.summary().total} verzoeken, ${stats.summary().errors} fouten`),
    30_000,
  );
  try {
    await Promise.all([
      ...Array.from({ length: readerCount }, reader),
      ...viewers.map(viewer),
      ...writers.map(autosaver),
      ...Array.from({ length: loginCount }, (_, i) => signer(i)),
    ]);
  } finally {
    clearInterval(sampler);
    clearInterval(progress);
  }
  samples.push({ t: Date.now() - began, rss: rssBytes(server.pid) });
  const summary = stats.summary();
  return {
    seconds,
    clients: { anonymousReaders: readerCount, signedInViewers: viewers.length, autosavingEditors: writers.length, logins: loginCount },
    ...summary,
    requestsPerSecond: Math.round((summary.total / ((Date.now() - began) / 1000)) * 10) / 10,
    acknowledgedSaves: writers.reduce((n, w) => n + w.acked.length, 0),
    memory: memoryVerdict(samples.filter((s) => s.rss !== null)),
    writers,
  };
}
