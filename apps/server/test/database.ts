import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource, Logger } from 'typeorm';
import { createDataSource } from '../src/db/data-source';

export const TEMPLATE_DATABASE = 'monitor_test_template';
/** Set by global-setup; jest workers inherit it. Test infrastructure only: the product reads config/env.ts. */
export const ADMIN_URL_VARIABLE = 'MONITOR_TEST_ADMIN_URL';

function adminUrl(): string {
  const url = process.env[ADMIN_URL_VARIABLE];
  if (!url) throw new Error('Geen testdatabase: draai de tests via jest (global-setup start PostgreSQL).');
  return url;
}

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/** A private copy of the migrated template database with the reference data, for one test file. */
export function createTestDatabase(options: { logger?: Logger } = {}): Promise<TestDatabase> {
  return createDatabase(`monitor_test_${randomBytes(5).toString('hex')}`, TEMPLATE_DATABASE, options.logger);
}

/** An empty database without migrations. */
export function createEmptyDatabase(): Promise<TestDatabase> {
  return createDatabase(`monitor_empty_${randomBytes(5).toString('hex')}`, null);
}

async function createDatabase(name: string, template: string | null, logger?: Logger): Promise<TestDatabase> {
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  await admin.end();

  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const dataSource = createDataSource({ url: url.toString(), logger });
  await dataSource.initialize();
  return {
    url: url.toString(),
    dataSource,
    async drop() {
      await dataSource.destroy();
      const client = new Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
