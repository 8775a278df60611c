// The reliability suite (`pnpm reliability`): builds, then runs against the built server in a
// process group of its own, on a throwaway data folder, loopback only:
//   1. malformed input: generated GraphQL operations and CBS files; 0 server errors, 0 rows changed
//   2. soak: N clients over a mixed read/write workload; 0 errors, flat memory
//   3. kill -9 of the server, and separately of its PostgreSQL, during autosave bursts
//   4. backup and restore with the documented commands; restored counts equal
// Writes reliability/report.md and reliability/report.json; exits 1 when a check fails.
// Options: --soak-seconds 600 --clients 32 --operations 1000 --files 200 --skip-build --keep-data
//          --only=malformed,soak,kill,backup (a subset, while working on one part)
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupRestore } from './backup.mjs';
import { login } from './client.mjs';
import { crashTest } from './crash.mjs';
import { malformedCbsFiles, malformedOperations, sendAll, sendCbs, sendGraphql, tally } from './malformed.mjs';
import { writeReport } from './report.mjs';
import { ADMIN, countDifferences, groupMembers, killGroup, root, rowCounts, startServer, stopServer, withDb } from './server.mjs';
import { runSoak } from './soak.mjs';

function options(argv) {
  const value = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    const inline = argv.find((a) => a.startsWith(`--${name}=`));
    const raw = inline ? inline.split('=')[1] : i >= 0 ? argv[i + 1] : undefined;
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} moet een positief geheel getal zijn (nu: ${raw})`);
    return n;
  };
  return {
    soakSeconds: value('soak-seconds', 600),
    clients: value('clients', 32),
    operations: value('operations', 1000),
    files: value('files', 200),
    only: (argv.find((a) => a.startsWith('--only='))?.split('=')[1] ?? 'malformed,soak,kill,backup').split(','),
    skipBuild: argv.includes('--skip-build'),
    keepData: argv.includes('--keep-data'),
  };
}

const log = (message) => console.log(`[reliability ${new Date().toISOString().slice(11, 19)}] ${message}`);
/** Counters that are meant to count hostile requests (rate limits, throttles), if the server keeps them in tables. */
const COUNTER_TABLE = /rate|throttl|attempt|limit|counter/;

function machine() {
  const git = (args) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    } catch {
      return 'onbekend';
    }
  };
  return {
    host: os.hostname(),
    cpus: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'onbekend'}`,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    commit: `${git(['rev-parse', '--short', 'HEAD'])}${git(['status', '--porcelain']) ? ' (met lokale wijzigingen)' : ''}`,
    shared: 'gedeelde machine: andere processen (builds, tests) liepen mogelijk tegelijk',
  };
}

async function malformedPhase(server, dataDir, opts) {
  const adminCookie = await login(server.url, ADMIN.email, ADMIN.password);
  const before = await rowCounts(dataDir);
  log(`${opts.operations} misvormde GraphQL-operaties`);
  const graphqlResults = await sendAll(malformedOperations(opts.operations), (r) => sendGraphql(server.url, adminCookie, r));
  log(`${opts.files} misvormde CBS-bestanden`);
  const cbsResults = await sendAll(malformedCbsFiles(opts.files), (f) => sendCbs(server.url, adminCookie, f), 2);
  const after = await rowCounts(dataDir);
  const counters = Object.keys(after).filter((t) => COUNTER_TABLE.test(t));
  const changed = countDifferences(before, after, counters);
  const healthy =
    (await fetch(`${server.url}/healthz`).then(
      (r) => r.status,
      () => 0,
    )) === 200;
  const graphqlTally = tally(graphqlResults);
  const cbsTally = tally(cbsResults);
  return {
    graphql: graphqlTally,
    cbs: cbsTally,
    rowsChanged: changed,
    countersExcluded: countDifferences(before, after).filter((d) => counters.includes(d.table)),
    healthyAfter: healthy,
  };
}

async function main() {
  const opts = options(process.argv.slice(2));
  const report = { startedAt: new Date().toISOString(), options: opts, machine: machine(), checks: [], phases: {} };
  const check = (name, ok, detail) => {
    report.checks.push({ name, ok, detail });
    log(`${ok ? 'OK  ' : 'FOUT'} ${name}: ${detail}`);
  };
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-reliability-'));
  const dataDir = path.join(workDir, 'data');
  const logFile = path.join(workDir, 'server.log');
  let server;
  const groups = new Set();
  const start = async () => {
    const s = await startServer(dataDir, logFile);
    groups.add(s.pgid);
    return s;
  };
  const stopAll = async () => {
    for (const pgid of groups) killGroup(pgid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 3000));
    for (const pgid of groups) if (groupMembers(pgid).length > 0) killGroup(pgid, 'SIGKILL');
  };
  process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));
  process.on('SIGTERM', () => void stopAll().then(() => process.exit(143)));
  // bounded: whatever hangs, the suite ends, stops its processes and says so
  const limitSeconds = opts.soakSeconds + 45 * 60;
  const watchdog = setTimeout(async () => {
    check(`suite binnen ${Math.round(limitSeconds / 60)} minuten klaar`, false, 'tijdslimiet overschreden; alle processen gestopt');
    await stopAll();
    report.leftoverProcesses = [...groups].flatMap((g) => groupMembers(g));
    report.finishedAt = new Date().toISOString();
    report.machine.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);
    report.ok = false;
    writeReport(report);
    process.exit(1);
  }, limitSeconds * 1000);
  watchdog.unref();

  try {
    if (!opts.skipBuild) {
      log('bouwen: node scripts/build.mjs');
      const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
      if (build.status !== 0) throw new Error('de build mislukte');
    }
    log(`server starten (data in ${dataDir})`);
    server = await start();
    report.machine.postgres = await withDb(dataDir, async (c) => (await c.query('SHOW server_version')).rows[0].server_version);

    if (opts.only.includes('malformed')) {
      const malformed = await malformedPhase(server, dataDir, opts);
      report.phases.malformed = malformed;
      check(
        `${malformed.graphql.sent} misvormde GraphQL-operaties zonder serverfout`,
        malformed.graphql.serverErrors === 0,
        `${malformed.graphql.serverErrors} serverfouten (5xx of INTERNAL_SERVER_ERROR)`,
      );
      check(
        `${malformed.cbs.sent} misvormde CBS-bestanden zonder serverfout`,
        malformed.cbs.serverErrors === 0,
        `${malformed.cbs.serverErrors} serverfouten`,
      );
      check(
        'misvormde invoer verandert geen rij',
        malformed.rowsChanged.length === 0,
        malformed.rowsChanged.length === 0
          ? 'alle tabellen gelijk'
          : malformed.rowsChanged.map((d) => `${d.table} ${d.before}→${d.after}`).join(', '),
      );
      check(
        'geen stacktrace, pad of SQL in antwoorden op misvormde invoer',
        malformed.graphql.leaks + malformed.cbs.leaks === 0,
        `${malformed.graphql.leaks + malformed.cbs.leaks} antwoorden met interne details`,
      );
    }

    if (opts.only.includes('soak')) {
      log(`soak: ${opts.soakSeconds} s met ${opts.clients} clients`);
      const soak = await runSoak({ server, seconds: opts.soakSeconds, clients: opts.clients, log });
      const { writers: _writers, ...soakReport } = soak;
      report.phases.soak = soakReport;
      check(
        `soak ${opts.soakSeconds} s, ${opts.clients} clients: 0 fouten`,
        soak.errors === 0 && soak.total > 0,
        `${soak.total} verzoeken (${soak.requestsPerSecond}/s), ${soak.errors} fouten`,
      );
      check(
        'soak: geheugen (RSS) vlak',
        soak.memory.flat,
        `start ${soak.memory.startMb} MB, eind ${soak.memory.endMb} MB, max ${soak.memory.maxMb} MB, groei ${soak.memory.growthMb} MB (toegestaan ${soak.memory.allowedGrowthMb}), helling ${soak.memory.slopeMbPerMinute} MB/min`,
      );
    }

    for (const kind of opts.only.includes('kill') ? ['server', 'postgres'] : []) {
      log(`kill -9 van ${kind === 'server' ? 'de server' : 'PostgreSQL'} tijdens autosave`);
      const outcome = await crashTest({ kind, server, dataDir, restart: start, log });
      server = outcome.server;
      report.phases[`kill-${kind}`] = outcome.result;
      const r = outcome.result;
      check(
        `kill -9 ${kind === 'server' ? 'server' : 'PostgreSQL'} tijdens autosave: elk bevestigd antwoord precies één keer aanwezig`,
        r.ok,
        `${r.acknowledged} bevestigd, ${r.unanswered} onbevestigd, ${r.missingOrWrong} ontbrekend/fout, ${r.failuresBeforeKill.length} fouten vóór de kill, opslaan na herstart: ${r.saveAfterRestart}`,
      );
    }

    const stop = async (s) => {
      await stopServer(s);
      groups.delete(s.pgid);
    };
    if (opts.only.includes('backup')) {
      log('back-up en herstel');
      const backup = await backupRestore({ server, dataDir, workDir, stop, start, log });
      server = backup.server;
      report.phases.backup = backup.result;
      const b = backup.result;
      check(
        'back-up en herstel (pnpm db:backup / db:restore): aantallen gelijk',
        b.ok,
        `${b.tables} tabellen, ${b.rowsAtBackup} rijen bij back-up, ${b.rowsAfterRestore} na herstel; ${b.countDifferences.length} tabellen met ander aantal, ${b.checksumDifferences.length} met andere inhoud; ${b.savesAfterBackup} saves na de back-up teruggedraaid`,
      );
      check('herstel weigert terwijl de monitor draait', b.restoreRefusedWhileRunning, b.restoreWhileRunningOutput.split('\n').at(-1));
    }
    await stop(server);
  } catch (error) {
    report.error = String(error?.stack ?? error);
    check('suite liep tot het eind', false, String(error?.message ?? error).slice(0, 500));
  } finally {
    await stopAll();
    report.leftoverProcesses = [...groups].flatMap((g) => groupMembers(g));
    report.finishedAt = new Date().toISOString();
    report.machine.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);
    report.serverLogTail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') : '';
    if (!opts.keepData) {
      const pointer = path.join(dataDir, 'postgres-location');
      if (fs.existsSync(pointer)) fs.rmSync(fs.readFileSync(pointer, 'utf8').trim(), { recursive: true, force: true });
      fs.rmSync(workDir, { recursive: true, force: true });
    } else log(`data bewaard in ${workDir}`);
  }
  const ok = report.checks.length > 0 && report.checks.every((c) => c.ok);
  report.ok = ok;
  writeReport(report);
  log(ok ? 'alle controles geslaagd' : 'een of meer controles mislukt (zie reliability/report.md)');
  process.exit(ok ? 0 : 1);
}

await main();
