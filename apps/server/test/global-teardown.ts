import fs from 'node:fs';
import type { EmbeddedPostgres } from '../src/db/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__monitorEmbedded as { embedded: EmbeddedPostgres; dataDir: string } | undefined;
  if (state) {
    await state.embedded.stop();
    fs.rmSync(state.dataDir, { recursive: true, force: true });
  }
}
