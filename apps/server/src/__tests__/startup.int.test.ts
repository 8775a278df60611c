import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The built entry point, as `pnpm start` runs it (pnpm test builds before running jest). */
const MAIN = path.resolve(__dirname, '..', '..', 'dist', 'main.js');

function start(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} ontbreekt: draai "pnpm build" eerst`);
  const { DATABASE_URL: _external, ...inherited } = process.env;
  const child = spawn(process.execPath, [MAIN], { env: { ...inherited, PORT: '0', HOST: '127.0.0.1', ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

async function waitFor(predicate: () => boolean, what: string): Promise<void> {
  // a first start creates a cluster and loads all reference data: on a busy 2-core machine over a minute
  // a guard against hanging, not a speed test: a first start on a busy machine takes minutes
  const deadline = Date.now() + 600_000;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Processes whose command line mentions the folder (the embedded PostgreSQL does: -D <dir>/pgdata). */
function processesUsing(folder: string): string[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        return cmdline.includes(folder) ? [cmdline] : [];
      } catch {
        return [];
      }
    });
}

describe('pnpm start', () => {
  it('starts with an embedded PostgreSQL, becomes healthy and leaves no process behind on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-start-'));
    const { child, output } = start({ MONITOR_DATA_DIR: dataDir });
    try {
      await waitFor(() => /Monitor:\s+http:\/\/localhost:\d+\//.test(output()) || child.exitCode !== null, 'the URL');
      const url = /Monitor:\s+(http:\/\/localhost:\d+)\//.exec(output())![1];
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      const clusterDir = /ingebouwde PostgreSQL in (\S+)/.exec(output())![1];
      expect(processesUsing(clusterDir).length).toBeGreaterThan(0);

      child.kill('SIGTERM');
      expect(await exitOf(child)).toBe(0);
      expect(processesUsing(clusterDir)).toEqual([]);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);

  it('stops with a message when its embedded PostgreSQL is killed, instead of answering errors', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-lost-'));
    const { child, output } = start({ MONITOR_DATA_DIR: dataDir });
    try {
      await waitFor(() => /Monitor:\s+http:\/\/localhost:\d+\//.test(output()) || child.exitCode !== null, 'the URL');
      const clusterDir = /ingebouwde PostgreSQL in (\S+)/.exec(output())![1];
      const postmasterPid = Number(fs.readFileSync(path.join(clusterDir, 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(postmasterPid, 'SIGKILL');
      expect(await exitOf(child)).toBe(1);
      expect(output()).toMatch(/PostgreSQL is onverwacht gestopt \(signaal SIGKILL\)/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);

  it('exits non-zero and says what to do when the database cannot be reached', async () => {
    const { child, output } = start({ DATABASE_URL: 'postgresql://monitor:secret@127.0.0.1:1/monitor' });
    expect(await exitOf(child)).toBe(1);
    expect(output()).toMatch(/database kon niet worden gestart of bereikt/);
    expect(output()).toMatch(/Controleer DATABASE_URL/);
  });

  it('exits non-zero and names the variable when the configuration is invalid', async () => {
    const { child, output } = start({ PORT: 'vierduizend' });
    expect(await exitOf(child)).toBe(1);
    expect(output()).toMatch(/PORT moet een geheel getal/);
  });
});
