import 'reflect-metadata';
import http from 'node:http';
import type { DataSource } from 'typeorm';
import { createApp } from './app';
import type { Services } from './context';
import { ConfigError, loadConfig, type Config } from './config/env';
import { createDataSource } from './db/data-source';
import { BenchmarkRepository } from './modules/benchmark/benchmark.repository';
import { startDatabase, type Database } from './db/database';
import { withStartupLock } from './db/startup-lock';
import { retireDemoAdministrator, syncDemoAccounts } from './modules/demo/demo-accounts';
import { seedDemoEffectScores } from './modules/demo/demo-effects';
import { seedQuestionnaires } from './modules/questionnaire/questionnaire.seed';
import { seedDemoSupply } from './modules/demo/demo-supply';
import { loadReferenceData } from './modules/reference-data/reference-data.loader';
import { loadDistricts } from './modules/district/district.loader';
import { loadRiskFactors } from './modules/risk-profile/risk-profile.loader';
import { loadStatisticExtracts } from './modules/statistics/statistics-extract.loader';
import { buildAppSchema } from './schema';

const log = (message: string) => console.log(`[monitor] ${message}`);

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  let database: Database | undefined;
  let dataSource: DataSource | undefined;
  let server: http.Server | undefined;
  let stopping = false;

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} ontvangen, afsluiten…`);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await dataSource?.destroy().catch(() => undefined);
    await database?.stop();
    log('gestopt');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    database = await startDatabase(config, log);
    // Without its database the monitor can only answer errors: stop, so that a process supervisor
    // (compose, systemd) or the user starts it again with a fresh PostgreSQL.
    database.onLost((reason) => {
      if (stopping) return;
      stopping = true;
      console.error(`[monitor] de ingebouwde PostgreSQL is onverwacht gestopt (${reason}); de monitor stopt. Start hem opnieuw.`);
      process.exit(1);
    });
    dataSource = createDataSource({ url: database.url, logSql: config.logSql, statementTimeoutMs: config.limits.requestTimeoutMs });
    await dataSource.initialize();
  } catch (error) {
    await database?.stop();
    throw new StartupError(
      `De database kon niet worden gestart of bereikt: ${(error as Error).message}\n` +
        (config.databaseUrl
          ? 'Controleer DATABASE_URL (host, poort, gebruiker, wachtwoord) en of die server draait.'
          : `Controleer de datamap ${config.dataDir} (MONITOR_DATA_DIR) of gebruik een eigen PostgreSQL via DATABASE_URL.`),
    );
  }

  try {
    // several instances may start at once on one database: one at a time migrates and seeds
    const { reference, extracts } = await withStartupLock(dataSource, () => prepareDatabase(dataSource, config));
    const schema = await buildAppSchema();
    server = http.createServer();
    const { app, services } = await createApp({ config, dataSource, schema, httpServer: server });
    const benchmarksStale = await withStartupLock(dataSource, () =>
      prepareServices(dataSource, services, config, reference.changed || extracts.changed),
    );
    server.on('request', app);
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(config.port, config.host, resolve);
    });
    // After listening, so start-up is not held up (the audit takes seconds on a busy machine).
    // Veilig Thuis queries wait for this; on failure the store keeps its last complete result (the
    // transaction rolls back), and an empty store publishes nothing: never unprotected figures
    void services.statisticsProtection
      .protectInBackground(reference.changed || extracts.changed, (p) =>
        log(`openbaarmaking: ${p.cells} cijfers beschermd over ${p.relations} optelrelaties (${p.rounds} auditronde(s))`),
      )
      // the Veilig Thuis benchmarks are computed from the protected figures, so again once they exist
      .then(() => (benchmarksStale ? services.benchmarks.recompute(undefined, 'veiligThuis') : undefined))
      .catch((error: unknown) => console.error('[monitor] openbaarmaking kon niet worden berekend:', error));
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    await database.stop();
    throw error;
  }

  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(`database: ${database.location}`);
  if (config.demo) log('demomodus staat aan: demo-accounts staan op de inlogpagina (zet uit met MONITOR_DEMO=false)');
  log(`klaar in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (config.host !== '127.0.0.1' && config.host !== 'localhost' && config.host !== '::1')
    log(`luistert op ${config.host}: bereikbaar vanaf andere computers`);
  log(`Monitor:     http://localhost:${port}/`);
  log(`GraphQL:     http://localhost:${port}/graphql`);
  log(`Playground:  http://localhost:${port}/playground`);
}

/** Migrations, reference data, CBS extracts, districts and seeds: idempotent, run at every start. */
async function prepareDatabase(dataSource: DataSource, config: Config) {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) log(`${applied.length} migratie(s) uitgevoerd`);
  const reference = await loadReferenceData(dataSource);
  log(
    reference.changed
      ? `referentiedata geladen: ${reference.municipalities} gemeenten, ${reference.regions} regio's`
      : `referentiedata actueel (${reference.municipalities} gemeenten)`,
  );

  const extracts = await loadStatisticExtracts(dataSource);
  if (extracts.changed) log(`CBS Veilig Thuis-cijfers geladen: ${extracts.rows} waarden (${extracts.skipped} zonder huidige regiocode overgeslagen)`);
  await loadDistricts(dataSource);
  await loadRiskFactors(dataSource);
  await syncDemoAccounts(dataSource, config.demo);
  await seedQuestionnaires(dataSource, config.demo);
  await seedDemoSupply(dataSource, config.demo);
  return { reference, extracts };
}

class StartupError extends Error {}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(`[monitor] ${error.message}`);
  } else {
    console.error('[monitor] starten mislukt:', error);
  }
  process.exit(1);
});

/**
 * Under the start-up lock: the indicator benchmarks when stale (the Veilig Thuis rates wait for the
 * protected figures, after listening) and the first administrator. Returns whether benchmarks were stale.
 */
async function prepareServices(dataSource: DataSource, services: Services, config: Config, dataChanged: boolean): Promise<boolean> {
  const stale = dataChanged || (await new BenchmarkRepository(dataSource).countAggregates()) === 0;
  if (stale) await services.benchmarks.recompute(undefined, 'indicators');
  if (config.demo && (await seedDemoEffectScores(dataSource, services.effects)))
    log('effectmonitoring: synthetische demoscores voor Amsterdam aangemaakt');
  if (config.initialAdmin) {
    const outcome = await services.users.ensureAdmin(config.initialAdmin.email, config.initialAdmin.password);
    if (outcome === 'created') log(`eerste beheerder aangemaakt: ${config.initialAdmin.email}`);
    await retireDemoAdministrator(dataSource);
  }
  return stale;
}
