import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config/env';
import { createServices } from '../context';
import { withDatabase } from './cli-database';

/**
 * Imports a CBS StatLine file: `pnpm import:cbs -- <file> [--table 84849NED]`.
 * CSV ("CSV met statistische symbolen") needs --table; an OData bundle (.json) names its table.
 * All or nothing: problems are listed with line, column and reason, and nothing changes.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2).filter((a) => a !== '--');
  const file = argv.find((a) => !a.startsWith('--') && argv[argv.indexOf(a) - 1] !== '--table');
  const tableIndex = argv.indexOf('--table');
  const tableId = tableIndex >= 0 ? argv[tableIndex + 1] : undefined;
  if (!file) throw new Error('Gebruik: pnpm import:cbs -- <bestand.csv|bestand.json> [--table 84849NED]');

  const config = loadConfig();
  const bytes = new Uint8Array(fs.readFileSync(file));
  await withDatabase(config, async (dataSource) => {
    const services = createServices(dataSource, config);
    const report = await services.cbsImport.importFromCommandLine({ bytes, fileName: path.basename(file), tableId }, (p) => {
      const width = 30;
      const filled = p.total ? Math.round((p.done / p.total) * width) : 0;
      process.stdout.write(`\r${p.phase.padEnd(12)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total}   `);
    });
    process.stdout.write('\n');
    if (!report.ok) {
      console.error(`Niet geïmporteerd: ${report.problems.length} probleem/problemen in ${report.fileName}; er is niets gewijzigd.`);
      for (const p of report.problems) console.error(`  regel ${p.line}${p.column ? `, kolom "${p.column}"` : ''}: ${p.reason}`);
      process.exitCode = 1;
      return;
    }
    console.log(
      report.alreadyImported
        ? `${report.fileName} was al geïmporteerd; er is niets gewijzigd.`
        : `${report.tableId}: ${report.observations} cijfers, ${report.inserted} nieuw, ${report.updated} gewijzigd, ${report.unchanged} ongewijzigd.`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Mislukt: ${(error as Error).message}`);
  process.exit(1);
});
