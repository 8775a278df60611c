import type { DataSource } from 'typeorm';
import type { Config } from '../config/env';
import { createDataSource } from '../db/data-source';
import { startDatabase } from '../db/database';
import { loadDistricts } from '../modules/district/district.loader';
import { loadRiskFactors } from '../modules/risk-profile/risk-profile.loader';
import { loadReferenceData } from '../modules/reference-data/reference-data.loader';

/**
 * Runs a CLI task against the monitor's database (DATABASE_URL or the embedded one), migrated and
 * with the reference data loaded (both idempotent), as `pnpm start` would leave it.
 */
export async function withDatabase<T>(config: Config, task: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const database = await startDatabase(config, () => undefined);
  const dataSource = createDataSource({ url: database.url });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await loadReferenceData(dataSource);
    await loadDistricts(dataSource);
    await loadRiskFactors(dataSource);
    return await task(dataSource);
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await database.stop();
  }
}
