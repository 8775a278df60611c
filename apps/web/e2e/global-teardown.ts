import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';

/** SIGTERM, as an operator would send; the monitor stops its PostgreSQL itself. */
export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__monitorE2e as { child: ChildProcess; dataDir: string } | undefined;
  if (!state) return;
  const { child, dataDir } = state;
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}
