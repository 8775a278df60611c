// Child processes of the bench: each in a process group of its own (detached), stopped by signalling
// that group, so the embedded PostgreSQL under the server stops with it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const children = new Set();

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a Node script and resolves once `ready` matches its output. */
export function startProcess(args, { env = {}, ready, onOutput, timeoutMs = 180_000 }) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} not ready after ${timeoutMs} ms:\n${output.slice(-3000)}`)), timeoutMs);
    const onData = (chunk) => {
      const text = String(chunk);
      onOutput?.(text);
      if (output !== null) {
        output += text;
        if (ready.test(output)) {
          clearTimeout(timer);
          output = null;
          resolve(child);
        } else if (output.length > 1_000_000) output = output.slice(-100_000);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (output !== null) reject(new Error(`${args.join(' ')} exited with ${code}:\n${output.slice(-3000)}`));
    });
  });
}

export async function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, 15_000);
  await exited;
  clearTimeout(timer);
}

export async function stopAll() {
  await Promise.all([...children].map(stopProcess));
}

export function rssMb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
  } catch {
    return null;
  }
}

/** Starts the built monitor on a data folder; resolves with its URL once it listens. */
export async function startMonitor({ dataDir, dbPort, env = {}, onOutput, extraArgs = [] }) {
  const port = await freePort();
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const child = await startProcess([...extraArgs, path.join(ROOT, 'apps', 'server', 'dist', 'main.js')], {
    env: { ...rest, PORT: String(port), HOST: '127.0.0.1', MONITOR_DATA_DIR: dataDir, MONITOR_DB_PORT: String(dbPort), ...env },
    ready: /Monitor:\s+http/,
    onOutput,
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

/** Connection settings of the monitor's embedded PostgreSQL (the folder may have moved, see README). */
export function databaseSettings(dataDir, dbPort) {
  const pointer = path.join(dataDir, 'postgres-location');
  const base = fs.existsSync(pointer) ? fs.readFileSync(pointer, 'utf8').trim() : dataDir;
  const password = fs.readFileSync(path.join(base, 'postgres-password'), 'utf8').trim();
  return { host: '127.0.0.1', port: dbPort, user: 'postgres', password, database: 'monitor' };
}

/** CPU time (ms) a process has used so far, or null when it is gone. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime in clock ticks of 10 ms
  } catch {
    return null;
  }
}

/**
 * Waits until a process has (almost) stopped using CPU: a server's start-up work (disclosure
 * protection, benchmark recompute) runs in the background and would otherwise be timed as load.
 */
export async function waitUntilIdle(pid, { busyMsPerSecond = 50, timeoutMs = 180_000 } = {}) {
  const until = Date.now() + timeoutMs;
  for (let before = cpuMs(pid); Date.now() < until;) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = cpuMs(pid);
    if (now === null || before === null || now - before < busyMsPerSecond) return;
    before = now;
  }
}
