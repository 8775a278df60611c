// Starts the built server in a process group of its own (spawn detached = setsid), finds its
// embedded PostgreSQL, samples memory from /proc and stops everything by process group.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const serverRequire = createRequire(path.join(root, 'apps', 'server', 'package.json'));
export const pg = serverRequire('pg');
export const graphql = serverRequire('graphql');

const MAIN = path.join(root, 'apps', 'server', 'dist', 'main.js');
const START_TIMEOUT_MS = 180_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const ADMIN = { email: 'beheer.betrouwbaarheid@example.nl', password: 'betrouwbaarheid-wachtwoord-2026' };

/** Environment of every start: loopback only, own data folder, rate limits raised for the load. */
function serverEnv(dataDir) {
  const { DATABASE_URL: _external, ...inherited } = process.env;
  return {
    ...inherited,
    PORT: '0',
    HOST: '127.0.0.1',
    MONITOR_DATA_DIR: dataDir,
    MONITOR_DEMO: 'true',
    MONITOR_ADMIN_EMAIL: ADMIN.email,
    MONITOR_ADMIN_PASSWORD: ADMIN.password,
    MONITOR_RATE_LIMIT_PER_CLIENT: '1000000',
    MONITOR_RATE_LIMIT_PER_TOKEN: '1000000',
  };
}

/** Starts `node apps/server/dist/main.js`; resolves when /healthz answers 200. */
export async function startServer(dataDir, logFile) {
  const log = fs.openSync(logFile, 'a');
  fs.writeSync(log, `\n=== start ${new Date().toISOString()} ===\n`);
  const child = spawn(process.execPath, [MAIN], { env: serverEnv(dataDir), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const onData = (chunk) => {
    output += chunk;
    fs.writeSync(log, chunk);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + START_TIMEOUT_MS;
  let url;
  while (!url) {
    const match = /Monitor:\s+http:\/\/localhost:(\d+)\//.exec(output);
    if (match) url = `http://127.0.0.1:${match[1]}`;
    else if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server stopte bij het starten:\n${output.slice(-2000)}`);
    else if (Date.now() > deadline) {
      killGroup(child.pid, 'SIGKILL');
      throw new Error(`server startte niet binnen ${START_TIMEOUT_MS / 1000} s:\n${output.slice(-2000)}`);
    } else await sleep(100);
  }
  while (
    (await fetch(`${url}/healthz`).then(
      (r) => r.status,
      () => 0,
    )) !== 200
  )
    await sleep(100);
  return { child, pid: child.pid, pgid: child.pid, url, exit, output: () => output };
}

/** Every process whose process group is `pgid` (from /proc/<pid>/stat, field 5). */
export function groupMembers(pgid) {
  const members = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') members.push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  return members;
}

export function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // group already gone
  }
}

/** SIGTERM to the group (graceful shutdown), SIGKILL after 30 s; waits until the group is empty. */
export async function stopServer(server) {
  if (!server) return;
  killGroup(server.pgid, 'SIGTERM');
  const deadline = Date.now() + 30_000;
  while (groupMembers(server.pgid).length > 0 && Date.now() < deadline) await sleep(100);
  if (groupMembers(server.pgid).length > 0) killGroup(server.pgid, 'SIGKILL');
  await waitGroupEmpty(server.pgid);
}

export async function waitGroupEmpty(pgid, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (groupMembers(pgid).length > 0) {
    if (Date.now() > deadline) throw new Error(`procesgroep ${pgid} is na ${timeoutMs / 1000} s nog niet leeg`);
    await sleep(100);
  }
}

export function rssBytes(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
  } catch {
    return null;
  }
}

/** The embedded cluster of a data folder (following its postgres-location pointer) and the running postmaster. */
export function embeddedCluster(dataDir) {
  const pointer = path.join(dataDir, 'postgres-location');
  const base = fs.existsSync(pointer) ? fs.readFileSync(pointer, 'utf8').trim() : dataDir;
  const pgdata = path.join(base, 'pgdata');
  const password = fs.readFileSync(path.join(base, 'postgres-password'), 'utf8').trim();
  const pidFile = path.join(pgdata, 'postmaster.pid');
  const lines = fs.existsSync(pidFile) ? fs.readFileSync(pidFile, 'utf8').split('\n') : [];
  return { base, pgdata, password, postmasterPid: Number(lines[0]) || null, port: Number(lines[3]) || null };
}

export async function withDb(dataDir, task) {
  const cluster = embeddedCluster(dataDir);
  const client = new pg.Client({ host: '127.0.0.1', port: cluster.port, user: 'postgres', password: cluster.password, database: 'monitor' });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Exact row count of every table in the public schema. */
export async function rowCounts(dataDir) {
  return withDb(dataDir, async (client) => {
    const { rows } = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    const counts = {};
    for (const { tablename } of rows) {
      const result = await client.query(`SELECT count(*)::int AS n FROM ${client.escapeIdentifier(tablename)}`);
      counts[tablename] = result.rows[0].n;
    }
    return counts;
  });
}

export function countDifferences(before, after, ignored = []) {
  const tables = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => !ignored.includes(t));
  return tables.filter((t) => before[t] !== after[t]).map((t) => ({ table: t, before: before[t] ?? null, after: after[t] ?? null }));
}
