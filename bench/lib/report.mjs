// bench/report.md and bench/report.json: medians over the repetitions, ratios and targets.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './processes.mjs';

export const TARGETS = {
  vsFloor: 0.5,
  vsPostgraphile: 1.5,
  ratioClients: [8, 32],
  p95MsAt32: 50,
  landingMapP95MsAt32: 100,
  freshnessMs: 1000,
  firstRouteGzipKb: 200,
  mapDrawnMs: 1500,
};

const median = (values) => {
  const v = values.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

export function summarise(runs) {
  const groups = new Map();
  for (const r of runs) {
    const key = `${r.op}|${r.server}|${r.clients}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  }
  return [...groups.values()].map((rs) => ({
    op: rs[0].op,
    label: rs[0].label,
    server: rs[0].server,
    clients: rs[0].clients,
    repetitions: rs.length,
    throughput: median(rs.map((r) => r.throughput)),
    p50: median(rs.map((r) => r.p50)),
    p95: median(rs.map((r) => r.p95)),
    p99: median(rs.map((r) => r.p99)),
    errors: rs.reduce((s, r) => s + r.errors, 0),
    requests: rs.reduce((s, r) => s + r.requests, 0),
  }));
}

function comparisons(summary) {
  const find = (op, server, clients) => summary.find((s) => s.op === op && s.server === server && s.clients === clients);
  return summary
    .filter((s) => s.server === 'ours')
    .map((s) => {
      const floor = find(s.op, 'floor', s.clients);
      const pgl = find(s.op, 'postgraphile', s.clients);
      const vsFloor = floor?.throughput ? s.throughput / floor.throughput : null;
      const vsPostgraphile = pgl?.throughput ? s.throughput / pgl.throughput : null;
      const ratioApplies = TARGETS.ratioClients.includes(s.clients);
      const p95Limit = s.op === 'landingMap' ? TARGETS.landingMapP95MsAt32 : TARGETS.p95MsAt32;
      return {
        op: s.op,
        label: s.label,
        clients: s.clients,
        ours: s,
        floor: floor ?? null,
        postgraphile: pgl ?? null,
        vsFloor,
        vsPostgraphile,
        meetsFloorTarget: ratioApplies && vsFloor !== null ? vsFloor >= TARGETS.vsFloor : null,
        meetsPostgraphileTarget: ratioApplies && vsPostgraphile !== null ? vsPostgraphile >= TARGETS.vsPostgraphile : null,
        meetsP95Target: s.clients === 32 ? s.p95 < p95Limit : null,
      };
    });
}

const f = (n, digits = 1) =>
  n === null || n === undefined ? '-' : Number(n).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mark = (ok) => (ok === null ? '' : ok ? 'ok' : '**miss**');

export function writeReport(report) {
  report.summary = summarise(report.runs);
  report.comparisons = comparisons(report.summary);
  report.targets = TARGETS;
  const dir = path.join(ROOT, 'bench');
  fs.writeFileSync(path.join(dir, 'report.json'), `${JSON.stringify(report, null, 1)}\n`);
  fs.writeFileSync(path.join(dir, 'report.md'), markdown(report));
}

function markdown(r) {
  const m = r.machine;
  const lines = [
    '# Bench report',
    '',
    `${r.finishedAt}: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}; load average at start ${m.load.map((x) => x.toFixed(1)).join(' / ')} (shared machine).`,
    `Produced by \`pnpm bench\` (${r.settings.repetitions} interleaved repetitions of ${r.settings.seconds} s per operation, server and client count, after ${r.settings.warmupSeconds} s warm-up; figures are medians).`,
    '',
    `**Data** (throwaway embedded PostgreSQL): ${r.data.municipalities} real municipalities with CBS key figures and boundaries, plus ` +
      `GENERATED rows, marked "${r.synthetic}" or demo: ${r.data.questionnaires} questionnaire years, ${r.data.responses} submitted responses ` +
      `(${r.data.indicatorValues} indicator values), ${r.data.veiligThuisValues} Veilig Thuis figures (every municipality × 20 half-years × 2 measures), ` +
      `${r.data.districts} districts. Never shipped; deleted after the run.`,
    '',
    '## Throughput and latency',
    '',
    '| operation | clients | ours req/s | p50 / p95 / p99 ms | errors | floor req/s | floor p95 | PostGraphile req/s | PG p95 | ours / floor | ours / PostGraphile | p95 target |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...r.comparisons.map(
      (c) =>
        `| ${c.label} | ${c.clients} | ${f(c.ours.throughput)} | ${f(c.ours.p50)} / ${f(c.ours.p95)} / ${f(c.ours.p99)} | ${c.ours.errors} | ${f(c.floor?.throughput)} | ${f(c.floor?.p95)} | ${f(c.postgraphile?.throughput)} | ${f(c.postgraphile?.p95)} | ${f(c.vsFloor, 2)} ${mark(c.meetsFloorTarget)} | ${f(c.vsPostgraphile, 2)} ${mark(c.meetsPostgraphileTarget)} | ${mark(c.meetsP95Target)} |`,
    ),
    '',
    `Targets (reported, never asserted): at 8 and 32 clients ≥ ${TARGETS.vsFloor} × the floor and ≥ ${TARGETS.vsPostgraphile} × PostGraphile; p95 at 32 clients < ${TARGETS.p95MsAt32} ms (landing map < ${TARGETS.landingMapP95MsAt32} ms).`,
    r.postgraphileError ? `\nPostGraphile did not run: \`${r.postgraphileError.split('\n')[0]}\`` : '',
    '',
    '## SQL statements per operation (ours)',
    '',
    '| operation | statements | with 50 instead of 342 municipalities |',
    '|---|---|---|',
    ...r.sqlStatements.map((s) => `| ${s.label} | ${s.statements}${s.errors ? ` (${s.errors} errors)` : ''} | ${s.with50Municipalities ?? '-'} |`),
    '',
    "Counted from the server's SQL log (`MONITOR_LOG_SQL=true`), one request each; signed-in operations include the session lookup. The floor uses 1-3 statements per operation.",
    '',
    '## Other measures',
    '',
    '| measure | result | target | |',
    '|---|---|---|---|',
    `| server memory (RSS) idle / peak under load / after | ${r.memory.idleMb} / ${r.memory.peakMb} / ${r.memory.afterMb} MB | - | |`,
    r.freshness.error
      ? `| submission to fresh benchmark | ${r.freshness.error} | < ${TARGETS.freshnessMs} ms | **miss** |`
      : `| submission to fresh benchmark (n ${r.freshness.nBefore} → ${r.freshness.nAfter}) | ${r.freshness.freshMs} ms (mutation ${r.freshness.submitMs} ms) | < ${TARGETS.freshnessMs} ms | ${mark(r.freshness.freshMs < TARGETS.freshnessMs)} |`,
    ...(r.javascript
      ? r.javascript.routes.map(
          (j, i) =>
            `| JS for ${j.route} (gzip, ${j.files} files) | ${f(j.gzipKb)} kB | ${i === 0 ? `≤ ${TARGETS.firstRouteGzipKb} kB` : '-'} | ${i === 0 ? mark(j.gzipKb <= TARGETS.firstRouteGzipKb) : ''} |`,
        )
      : ['| JS per route | web app not built | | |']),
    r.mapDrawn
      ? r.mapDrawn.error
        ? `| landing map drawn (headless Chromium) | ${r.mapDrawn.error} | < ${TARGETS.mapDrawnMs} ms | |`
        : [
            `| landing map drawn, cold cache (headless Chromium, median of ${r.mapDrawn.runsMs.length}) | ${r.mapDrawn.medianMs} ms (${r.mapDrawn.runsMs.join(', ')}); JS transferred ${f(r.mapDrawn.transferredJsKb)} kB | < ${TARGETS.mapDrawnMs} ms | ${mark(r.mapDrawn.medianMs < TARGETS.mapDrawnMs)} |`,
            `| landing map taken over by the app (layer choice, search; same runs) | ${r.mapDrawn.appMedianMs} ms (${r.mapDrawn.appRunsMs.join(', ')}) | - | |`,
          ].join('\n')
      : '| landing map drawn | not measured (--no-browser) | | |',
    '',
    '## Checks before timing',
    '',
    ...r.checks.filter((c) => !c.ok).map((c) => `- ${c.server} ${c.op}: ${c.error}`),
    r.checks.every((c) => c.ok) ? 'Every target answered without errors before it was timed.' : '',
    ...floorComparison(r.checks),
    '',
  ];
  return lines.join('\n');
}

/** Whether each floor gave our answer, value by value (bench/lib/compare.mjs), and where not. */
function floorComparison(checks) {
  const compared = checks.filter((c) => c.server === 'floor' && c.sameAsOurs !== undefined);
  const same = compared.filter((c) => c.sameAsOurs).map((c) => c.op);
  return [
    '',
    same.length > 0 ? `The floor's answer equals ours, value by value (with \`__typename\`), for: ${same.join(', ')}.` : '',
    ...compared.filter((c) => !c.sameAsOurs).map((c) => `- the floor's answer to ${c.op} differs from ours: ${c.differences.join('; ')}`),
  ];
}
