import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
import { Municipality } from '../modules/municipality/municipality.entity';
import { MunicipalityStatistic } from '../modules/municipality/municipality-statistic.entity';
import { RegionMembership } from '../modules/region/region-membership.entity';
import { Registration } from '../modules/registration/registration.entity';
import { User } from '../modules/user/user.entity';
import { Region } from '../modules/region/region.entity';
import { migrations } from './migrations';

export const entities = [Municipality, MunicipalityStatistic, Region, RegionMembership, User, Registration];

export interface DataSourceOptions {
  url: string;
  logger?: Logger;
  logSql?: boolean;
  /** PostgreSQL statement_timeout for every connection of the pool (the request time budget) */
  statementTimeoutMs?: number;
}

export function createDataSource({ url, logger, logSql, statementTimeoutMs }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    logger: logger ?? (logSql ? 'advanced-console' : undefined),
    logging: logger || logSql ? ['query', 'error'] : ['error'],
    extra: { max: 10, application_name: 'monitor', ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}) },
  });
}

/** True when the database answers and has no pending migration. */
export async function databaseReady(dataSource: DataSource): Promise<boolean> {
  try {
    await dataSource.query('SELECT 1');
    return !(await dataSource.showMigrations());
  } catch {
    return false;
  }
}
