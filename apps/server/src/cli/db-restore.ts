import { ConfigError, loadConfig } from '../config/env';
import { BackupError, restoreEmbeddedDatabase } from '../db/embedded-backup';

/**
 * Restores a backup made by `pnpm db:backup`: `pnpm db:restore -- <file.tar.gz>`, with the monitor
 * stopped. The database it replaces is kept beside it (pgdata.voor-herstel-<time>).
 */
function main(): void {
  const [file] = process.argv.slice(2).filter((a) => a !== '--');
  if (!file) throw new BackupError('Gebruik: pnpm db:restore -- <bestand.tar.gz>');
  const config = loadConfig();
  if (config.databaseUrl) throw new BackupError('DATABASE_URL is gezet: herstel met pg_restore van die PostgreSQL-server.');
  const { setAside, target } = restoreEmbeddedDatabase(config.dataDir, file);
  console.log(`Database in ${target} hersteld uit ${file}.`);
  if (setAside) console.log(`De vorige database staat nog in ${setAside}; verwijder die map zelf als alles klopt.`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof BackupError ? error.message : `Mislukt: ${(error as Error).message}`);
  process.exit(1);
}
