import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..', '..');
export const BASE_URL_VARIABLE = 'MONITOR_E2E_BASE_URL';

/**
 * Starts the built monitor (`node apps/server/dist/main.js`, as `pnpm start` does) with its own
 * embedded PostgreSQL in a temporary folder, and waits until it prints its URL.
 */
export default async function globalSetup(): Promise<void> {
  const main = path.join(REPOSITORY_ROOT, 'apps', 'server', 'dist', 'main.js');
  const index = path.join(REPOSITORY_ROOT, 'apps', 'web', 'dist', 'index.html');
  for (const file of [main, index]) {
    if (!fs.existsSync(file)) throw new Error(`${file} ontbreekt: draai eerst "pnpm build" (pnpm test doet dat zelf).`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-e2e-'));
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, [main], {
    env: { ...env, PORT: '0', HOST: '127.0.0.1', MONITOR_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  (globalThis as Record<string, unknown>).__monitorE2e = { child, dataDir };

  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    // a start-up guard, not a speed test: on a busy machine the first start (initdb, migrations, data) takes minutes
    const timer = setTimeout(() => reject(new Error(`de monitor startte niet binnen 10 minuten:\n${output}`)), 600_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Monitor:\s+(http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1').replace(/\/$/, ''));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`de monitor stopte (code ${code}):\n${output}`));
    });
  });
  child.stdout.resume();
  child.stderr.resume();
  child.removeAllListeners('exit');
  process.env[BASE_URL_VARIABLE] = url;
}
