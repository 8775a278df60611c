import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/env';
import { createDataSource } from '../src/db/data-source';
import { EmbeddedPostgres } from '../src/db/embedded-postgres';
import { seedQuestionnaires } from '../src/modules/questionnaire/questionnaire.seed';
import { loadReferenceData } from '../src/modules/reference-data/reference-data.loader';
import { loadDistricts } from '../src/modules/district/district.loader';
import { loadRiskFactors } from '../src/modules/risk-profile/risk-profile.loader';
import { loadStatisticExtracts } from '../src/modules/statistics/statistics-extract.loader';
import { StatisticsProtectionService } from '../src/modules/statistics/statistics-protection.service';
import { ADMIN_URL_VARIABLE, TEMPLATE_DATABASE } from './database';

/**
 * Starts one embedded PostgreSQL for the whole run (or uses DATABASE_URL), applies the real
 * migrations and loads the real reference data into a template database that test files clone.
 */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  let adminUrl: string;
  if (config.databaseUrl) {
    adminUrl = config.databaseUrl;
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-test-'));
    const embedded = await EmbeddedPostgres.start({ dataDir, port: 0, database: TEMPLATE_DATABASE });
    (globalThis as Record<string, unknown>).__monitorEmbedded = { embedded, dataDir };
    adminUrl = embedded.url;
  }
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DATABASE);
  if (config.databaseUrl) await recreateDatabase(adminUrl, TEMPLATE_DATABASE);

  const dataSource = createDataSource({ url: templateUrl });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await loadReferenceData(dataSource);
  // the real 2026 questionnaire, without demo data
  await seedQuestionnaires(dataSource, false);
  await loadStatisticExtracts(dataSource);
  await new StatisticsProtectionService(dataSource, config.disclosureProtectionLevel).protectAll();
  await loadDistricts(dataSource);
  await loadRiskFactors(dataSource);
  await dataSource.destroy();

  process.env[ADMIN_URL_VARIABLE] = adminUrl;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function recreateDatabase(url: string, database: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  await client.end();
}
