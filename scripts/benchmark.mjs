// Measures start-up and query speed of the built monitor and writes a report (benchmark-report.md).
// Targets (from the issues): healthy within a few seconds on a second start; the landing page's
// 342-municipality query and a benchmark query fast enough for interactive use.
// Usage: pnpm build && node scripts/benchmark.mjs   (not part of the tests; numbers vary per machine)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = path.join(root, 'apps', 'server', 'dist', 'main.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-bench-'));
const targets = { warmStartSeconds: 5, municipalitiesP95Ms: 300, benchmarkP95Ms: 200 };

async function start() {
  const began = performance.now();
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, [main], {
    env: { ...env, PORT: '0', HOST: '127.0.0.1', MONITOR_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = /Monitor:\s+(http:\/\/\S+)\//.exec(output);
      if (match) resolve(match[1].replace('localhost', '127.0.0.1'));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', () => reject(new Error(output)));
  });
  while ((await fetch(`${url}/healthz`)).status !== 200) await new Promise((r) => setTimeout(r, 20));
  return { child, url, seconds: (performance.now() - began) / 1000 };
}

async function stop(child) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function latency(url, query, runs = 50) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(runs * 0.5)], p95: times[Math.floor(runs * 0.95)] };
}

function rssMb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
  } catch {
    return null;
  }
}

const cold = await start();
await stop(cold.child);
const warm = await start();
const municipalities = await latency(
  warm.url,
  '{ municipalities(first: 500) { edges { node { code name keyFigures { shareHouseholdsWithChildren } regions { code } } } } }',
);
const benchmark = await latency(warm.url, '{ benchmarks(year: 2026, group: { type: ALL }) { median q1 q3 n } }');
const memory = rssMb(warm.child.pid);
await stop(warm.child);
fs.rmSync(dataDir, { recursive: true, force: true });

const ok = (value, target) => (value <= target ? 'ok' : 'OVER TARGET');
const rows = [
  ['first start (new database, demo data)', `${cold.seconds.toFixed(1)} s`, '-', ''],
  ['second start to healthy', `${warm.seconds.toFixed(1)} s`, `${targets.warmStartSeconds} s`, ok(warm.seconds, targets.warmStartSeconds)],
  [
    '342 municipalities with regions, p50 / p95',
    `${municipalities.p50.toFixed(0)} / ${municipalities.p95.toFixed(0)} ms`,
    `${targets.municipalitiesP95Ms} ms`,
    ok(municipalities.p95, targets.municipalitiesP95Ms),
  ],
  [
    '19 benchmarks (precomputed), p50 / p95',
    `${benchmark.p50.toFixed(0)} / ${benchmark.p95.toFixed(0)} ms`,
    `${targets.benchmarkP95Ms} ms`,
    ok(benchmark.p95, targets.benchmarkP95Ms),
  ],
  ['server memory (RSS) after the queries', memory === null ? 'n/a' : `${memory} MB`, '-', ''],
];
const report = [
  `# Benchmark report`,
  ``,
  `${new Date().toISOString()} on ${os.cpus().length} cores, Node ${process.version}. Produced by \`node scripts/benchmark.mjs\`.`,
  ``,
  `| measure | result | target | |`,
  `|---|---|---|---|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  ``,
].join('\n');
fs.writeFileSync(path.join(root, 'benchmark-report.md'), report);
console.log(report);
