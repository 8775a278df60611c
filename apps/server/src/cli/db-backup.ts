import { ConfigError, loadConfig } from '../config/env';
import { backupEmbeddedDatabase, BackupError } from '../db/embedded-backup';

/**
 * Backs up the embedded database: `pnpm db:backup -- <file.tar.gz>`, with the monitor stopped.
 * Uses the same data folder as `pnpm start` (MONITOR_DATA_DIR). See db/embedded-backup.ts.
 */
function main(): void {
  const [file] = process.argv.slice(2).filter((a) => a !== '--');
  if (!file) throw new BackupError('Gebruik: pnpm db:backup -- <bestand.tar.gz>');
  const config = loadConfig();
  if (config.databaseUrl) throw new BackupError('DATABASE_URL is gezet: maak de back-up met pg_dump van die PostgreSQL-server.');
  const { bytes, source } = backupEmbeddedDatabase(config.dataDir, file);
  console.log(`Back-up van ${source} geschreven naar ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB).`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof BackupError ? error.message : `Mislukt: ${(error as Error).message}`);
  process.exit(1);
}
