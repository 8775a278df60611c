// pnpm bench: our production server against the floor (hand-written SQL over pg) and PostGraphile 5
// on the same throwaway embedded PostgreSQL with national-scale data; writes bench/report.md and
// bench/report.json. Options: --quick (2 s runs, 1 repetition), --seconds N, --reps N,
// --clients 1,8,32, --only key,key, --no-browser, --no-postgraphile, --cpu-prof (profile our server),
// --show-sql (print the statements each operation sends), --data-dir DIR (keep the generated data
// there and reuse it in the next run with the same DIR: for profiling; skips the freshness measure).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { differences } from './lib/compare.mjs';
import { draftForSubmission, generate, SYNTHETIC } from './lib/data.mjs';
import { runLoad, postJson } from './lib/load.mjs';
import { dashboardOperations } from './lib/operations.mjs';
import { POSTGRAPHILE_OPERATIONS } from './lib/postgraphile-operations.mjs';
import { databaseSettings, freePort, ROOT, rssMb, startMonitor, startProcess, stopAll, stopProcess, waitUntilIdle } from './lib/processes.mjs';
import { javascriptPerRoute, mapDrawn } from './lib/web.mjs';
import { writeReport } from './lib/report.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const quick = args.includes('--quick');
const settings = {
  seconds: Number(option('seconds', quick ? 2 : 5)),
  warmupSeconds: quick ? 0.5 : 1,
  repetitions: Number(option('reps', quick ? 1 : 3)),
  clients: option('clients', '1,8,32').split(',').map(Number),
  only: option('only', null)?.split(','),
  browser: !args.includes('--no-browser'),
  postgraphile: !args.includes('--no-postgraphile'),
  cpuProfile: args.includes('--cpu-prof'),
  showSql: args.includes('--show-sql'),
  keptDataDir: option('data-dir', null),
};
const CODE = 'GM0363';
const log = (m) => console.log(`[bench] ${m}`);

const dataDir = settings.keptDataDir ? path.resolve(settings.keptDataDir) : fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-bench-'));
const CONTEXT_FILE = path.join(dataDir, 'bench-context.json');
const reused = fs.existsSync(CONTEXT_FILE);
fs.mkdirSync(dataDir, { recursive: true });
fs.chmodSync(dataDir, 0o755);
const dbPort = await freePort();
const cleanup = async () => {
  await stopAll();
  if (settings.keptDataDir) return;
  const pointer = path.join(dataDir, 'postgres-location');
  if (fs.existsSync(pointer)) fs.rmSync(fs.readFileSync(pointer, 'utf8').trim(), { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
};
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));

try {
  await main();
} finally {
  await cleanup();
}

async function main() {
  const report = { startedAt: new Date().toISOString(), machine: machine(), settings, synthetic: SYNTHETIC };
  log(`data folder ${dataDir}; preparing national-scale data`);
  const { counts, context } = await prepareData();
  report.data = counts;
  log(`generated: ${JSON.stringify(report.data)}`);
  const pgSettings = databaseSettings(dataDir, dbPort);
  const operations = dashboardOperations(context).filter((o) => !settings.only || settings.only.includes(o.key));

  log('counting SQL statements per operation');
  report.sqlStatements = await countStatements(operations);

  const production = { NODE_ENV: 'production', MONITOR_RATE_LIMIT_PER_CLIENT: '1000000', MONITOR_RATE_LIMIT_PER_TOKEN: '1000000' };
  const profileDir = path.join(ROOT, 'bench', 'profiles');
  const ours = await startMonitor({
    dataDir,
    dbPort,
    env: production,
    extraArgs: settings.cpuProfile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  log('waiting until the server has finished its start-up work');
  await waitUntilIdle(ours.child.pid);
  const floorPort = await freePort();
  const env = { BENCH_PG: JSON.stringify(pgSettings) };
  await startProcess([path.join(ROOT, 'bench', 'floor-server.mjs'), String(floorPort)], { env, ready: /floor listening/ });
  let postgraphileUrl = null;
  if (settings.postgraphile) {
    const pgPort = await freePort();
    try {
      await startProcess([path.join(ROOT, 'bench', 'postgraphile-server.mjs'), String(pgPort)], {
        env,
        ready: /postgraphile listening/,
        timeoutMs: 60_000,
      });
      postgraphileUrl = `http://127.0.0.1:${pgPort}/graphql`;
    } catch (error) {
      report.postgraphileError = error.message.slice(0, 2000);
      log(`PostGraphile did not start: ${report.postgraphileError}`);
    }
  }
  const cookie = await login(ours.url, 'lezer.amsterdam@demo.monitor.nl');
  const targets = targetsFor(
    operations,
    context,
    { ours: `${ours.url}/graphql`, floor: `http://127.0.0.1:${floorPort}/`, postgraphile: postgraphileUrl },
    cookie,
  );
  report.checks = await checkTargets(targets);

  log(`load: ${targets.length} targets x ${settings.clients.join('/')} clients x ${settings.repetitions} repetitions of ${settings.seconds} s`);
  const memory = { idleMb: rssMb(ours.child.pid), peakMb: 0 };
  const sampler = setInterval(() => (memory.peakMb = Math.max(memory.peakMb, rssMb(ours.child.pid) ?? 0)), 200);
  report.runs = await interleavedRuns(targets);
  clearInterval(sampler);
  memory.afterMb = rssMb(ours.child.pid);
  report.memory = memory;

  log('freshness after a submission');
  // the submission can be made once per data folder
  report.freshness = reused ? { error: 'not measured: data reused from --data-dir' } : await freshness(ours.url, context.year);
  report.javascript = javascriptPerRoute();
  if (settings.browser) {
    log('landing map in headless Chromium');
    report.mapDrawn = await mapDrawn(ours.url).catch((error) => ({ error: error.message }));
  }
  await stopProcess(ours.child);
  if (settings.cpuProfile) report.cpuProfileDir = path.relative(ROOT, profileDir);
  report.finishedAt = new Date().toISOString();
  writeReport(report);
  log('wrote bench/report.md and bench/report.json');
}

async function prepareData() {
  const first = await startMonitor({ dataDir, dbPort });
  const client = new pg.Client(databaseSettings(dataDir, dbPort));
  await client.connect();
  try {
    if (reused) {
      const kept = JSON.parse(fs.readFileSync(CONTEXT_FILE, 'utf8'));
      await publishFactsheet(client, first.url);
      return { ...kept, context: { ...kept.context, ...(await pageContext(client)) } };
    }
    const counts = await generate(client);
    await draftForSubmission(client, CODE);
    await publishFactsheet(client, first.url);
    const [{ n }] = (await client.query('SELECT count(*)::int AS n FROM municipality WHERE valid_to IS NULL')).rows;
    const prepared = { counts: { municipalities: n, ...counts }, context: { ...(await dashboardContext(client)), ...(await pageContext(client)) } };
    if (settings.keptDataDir) fs.writeFileSync(CONTEXT_FILE, JSON.stringify(prepared));
    return prepared;
  } finally {
    await client.end();
    await stopProcess(first.child);
  }
}

async function dashboardContext(client) {
  {
    const {
      rows: [vt],
    } = await client.query(
      `SELECT r.code FROM region r JOIN region_membership rm ON rm.region_id = r.id AND rm.valid_to IS NULL
        JOIN municipality m ON m.id = rm.municipality_id AND m.code = $1 AND m.valid_to IS NULL
       WHERE r.type = 'VEILIG_THUIS_REGION' AND r.valid_to IS NULL`,
      [CODE],
    );
    const {
      rows: [q],
    } = await client.query("SELECT indicators->0->>'key' AS key FROM questionnaire WHERE year = 2025");
    return { code: CODE, year: 2025, indicatorKey: q.key, veiligThuisRegion: vt.code };
  }
}

/** A published knowledge article and factsheet of the demo content, for their pages (null when there is none). */
async function pageContext(client) {
  const slug = async (sql) => (await client.query(sql)).rows[0]?.slug ?? null;
  return {
    knowledgeSlug: await slug('SELECT slug FROM knowledge_article ORDER BY id LIMIT 1'),
    factsheetSlug: await slug(
      'SELECT f.slug FROM factsheet f WHERE EXISTS (SELECT 1 FROM factsheet_publication p WHERE p.factsheet_id = f.id) ORDER BY f.id LIMIT 1',
    ),
  };
}

/**
 * The demo content has no factsheet: the demo administrator composes and publishes one through our
 * API (as NJi staff would), with figures from the Veilig Thuis statistics, the estimate and the map,
 * so the factsheet page can be timed. Its title says it is the bench's.
 */
async function publishFactsheet(client, url) {
  const { rowCount } = await client.query('SELECT 1 FROM factsheet_publication');
  if (rowCount > 0) return;
  const cookie = await login(url, 'beheerder@demo.monitor.nl');
  const text = (title) => `${title}: **${SYNTHETIC}**; met een [bron](https://www.cbs.nl/) en een lijst:\n\n- één\n- twee`;
  const input = {
    slug: 'bench-factsheet',
    title: `Factsheet van de bench (${SYNTHETIC})`,
    year: 2025,
    introMarkdown: text('Inleiding'),
    conclusionMarkdown: text('Conclusie'),
    expectedVersion: 0,
    blocks: [
      { kind: 'VEILIG_THUIS', measure: 'ontvangen_meldingen', period: '2024', textMarkdown: text('Meldingen') },
      { kind: 'ESTIMATE', measure: 'NL01' },
      { kind: 'MAP_LAYER', measure: 'schatting', textMarkdown: text('Kaart') },
    ],
  };
  for (const [query, variables] of [
    ['mutation Save($input: SaveFactsheetInput!) { saveFactsheet(input: $input) { slug } }', { input }],
    ['mutation Publish($slug: String!) { publishFactsheet(slug: $slug) { revision } }', { slug: input.slug }],
  ]) {
    const response = await postJson(`${url}/graphql`, { query, variables }, { cookie });
    if (response.json.errors) throw new Error(`publishing the bench's factsheet failed: ${JSON.stringify(response.json.errors)}`);
  }
}

async function login(url, email) {
  const response = await postJson(`${url}/graphql`, {
    query: 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
    variables: { email, password: 'demo-wachtwoord-2026' },
  });
  if (response.json.errors) throw new Error(`login failed: ${JSON.stringify(response.json.errors)}`);
  const cookie = /monitor_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error('login gave no session cookie');
  return cookie;
}

function targetsFor(operations, context, urls, cookie) {
  const targets = [];
  for (const op of operations) {
    const headers = op.signedIn ? { cookie } : {};
    const body = JSON.stringify({ operationName: op.operationName, query: op.query, variables: op.variables });
    targets.push({ op: op.key, label: op.label, server: 'ours', url: urls.ours, body, headers });
    if (op.floor !== false) targets.push({ op: op.key, label: op.label, server: 'floor', url: urls.floor, body, headers });
    const pgOp = POSTGRAPHILE_OPERATIONS[op.key];
    if (pgOp && urls.postgraphile) {
      const variables = typeof pgOp.variables === 'function' ? pgOp.variables(CODE, context) : pgOp.variables;
      targets.push({
        op: op.key,
        label: op.label,
        server: 'postgraphile',
        url: urls.postgraphile,
        body: JSON.stringify({ query: pgOp.query, variables }),
        headers: {},
      });
    }
  }
  return targets;
}

/**
 * Every target answers without errors before it is timed (a fast error is no result), and the floor's
 * answer is compared with ours, value by value (a floor that answers less is no floor).
 */
async function checkTargets(targets) {
  const checks = [];
  const answers = new Map();
  for (const t of targets) {
    const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...t.headers }, body: t.body });
    const text = await response.text();
    const ok = response.status === 200 && !text.includes('"errors":[');
    if (ok && t.server !== 'postgraphile') answers.set(`${t.op}|${t.server}`, JSON.parse(text));
    checks.push({ op: t.op, server: t.server, ok, bytes: text.length, ...(ok ? {} : { error: text.slice(0, 500) }) });
    if (!ok) log(`CHECK FAILED ${t.server} ${t.op}: ${text.slice(0, 300)}`);
  }
  for (const check of checks.filter((c) => c.server === 'floor' && c.ok)) {
    const ours = answers.get(`${check.op}|ours`);
    if (!ours) continue;
    check.differences = differences(ours, answers.get(`${check.op}|floor`));
    check.sameAsOurs = check.differences.length === 0;
    if (!check.sameAsOurs) log(`FLOOR DIFFERS ${check.op}: ${check.differences.join('; ')}`);
  }
  return checks;
}

/** Per repetition, per operation and client count: ours, floor and PostGraphile back to back. */
async function interleavedRuns(targets) {
  const runs = [];
  for (let rep = 0; rep < settings.repetitions; rep++) {
    for (const op of [...new Set(targets.map((t) => t.op))]) {
      for (const clients of settings.clients) {
        for (const t of targets.filter((x) => x.op === op)) {
          await runLoad({ url: t.url, body: t.body, headers: t.headers, clients, seconds: settings.warmupSeconds });
          const result = await runLoad({ url: t.url, body: t.body, headers: t.headers, clients, seconds: settings.seconds });
          runs.push({ op, label: t.label, server: t.server, clients, repetition: rep, ...result });
          log(
            `${rep + 1}/${settings.repetitions} ${op} ${t.server} ${clients}c: ${result.throughput.toFixed(1)} req/s, p95 ${result.p95?.toFixed(1)} ms, errors ${result.errors}`,
          );
        }
      }
    }
  }
  return runs;
}

/** Time from submitting a response to a benchmark recomputed with it (the aggregates are recomputed on submit). */
async function freshness(url, _year) {
  const cookie = await login(url, 'invuller.amsterdam@demo.monitor.nl');
  const ask = () =>
    postJson(
      `${url}/graphql`,
      { query: `{ benchmarks(year: 2026, group: { type: ALL }, municipalityCode: "${CODE}") { n ownValue computedAt } }` },
      { cookie },
    );
  const first = (await ask()).json;
  const before = first.data?.benchmarks?.[0];
  if (!before) return { error: `no benchmark before submitting: ${JSON.stringify(first).slice(0, 300)}` };
  const start = performance.now();
  const submitted = await postJson(
    `${url}/graphql`,
    { query: `mutation { submitResponse(municipalityCode: "${CODE}", year: 2026) { status } }` },
    { cookie },
  );
  if (submitted.json.errors) return { error: JSON.stringify(submitted.json.errors).slice(0, 500) };
  const submitMs = performance.now() - start;
  for (;;) {
    const answer = (await ask()).json;
    const now = answer.data?.benchmarks?.[0];
    if (!now) return { error: `no benchmark after submitting: ${JSON.stringify(answer).slice(0, 300)}` };
    // the ledger may keep showing an earlier release (one new contributor could be told apart), so
    // fresh means: recomputed with the submission in it, whatever the ledger then shows
    if (now.ownValue !== null && now.computedAt !== before.computedAt)
      return { submitMs: Math.round(submitMs), freshMs: Math.round(performance.now() - start), nBefore: before.n, nAfter: now.n };
    if (performance.now() - start > 30_000) return { error: 'no fresh benchmark within 30 s', before, now };
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Statements our server sends per operation (its SQL log), and for the map with 50 instead of 342 municipalities. */
async function countStatements(operations) {
  let lines = 0;
  let texts = [];
  const server = await startMonitor({
    dataDir,
    dbPort,
    env: { MONITOR_LOG_SQL: 'true', MONITOR_RATE_LIMIT_PER_CLIENT: '1000000' },
    onOutput: (text) =>
      (lines += text
        // eslint-disable-next-line no-control-regex -- strips the ANSI colour codes of the server's log
        .replace(/\x1b\[[0-9;]*m/g, '')
        .split('\n')
        .filter((l) => /^query( failed)?:/.test(l) && texts.push(l.slice(0, 400))).length),
  });
  try {
    // start-up work (disclosure protection, benchmark recompute) runs in the background: wait until
    // the server sends no SQL for 3 s, so that only the request's own statements are counted
    for (let last = -1, until = Date.now() + 180_000; last !== lines && Date.now() < until;) {
      last = lines;
      await new Promise((r) => setTimeout(r, 3000));
    }
    const cookie = await login(server.url, 'lezer.amsterdam@demo.monitor.nl');
    const count = async (op, query) => {
      await new Promise((r) => setTimeout(r, 300));
      const before = lines;
      texts = [];
      const response = await postJson(
        `${server.url}/graphql`,
        { operationName: op.operationName, query, variables: op.variables },
        op.signedIn ? { cookie } : {},
      );
      await new Promise((r) => setTimeout(r, 300));
      if (settings.showSql) log(`${op.key}: ${lines - before} statements\n  ${texts.join('\n  ')}`);
      return { statements: lines - before, errors: response.json.errors ? response.json.errors.length : 0 };
    };
    const result = [];
    for (const op of operations) {
      const full = await count(op, op.query);
      const entry = { op: op.key, label: op.label, ...full };
      if (op.query.includes('first: 500')) entry.with50Municipalities = (await count(op, op.query.replace('first: 500', 'first: 50'))).statements;
      result.push(entry);
    }
    return result;
  } finally {
    await stopProcess(server.child);
  }
}

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    load: os.loadavg(),
  };
}
