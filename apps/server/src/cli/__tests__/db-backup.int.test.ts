import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgres, existingClusterBase } from '../../db/embedded-postgres';

/** The built CLIs, as `pnpm db:backup` and `pnpm db:restore` run them (pnpm test builds first). */
const DIST = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli');

let dataDir: string;
let workDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-backup-'));
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-backup-files-'));
});
afterAll(() => {
  fs.rmSync(existingClusterBase(dataDir), { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(workDir, { recursive: true, force: true });
});

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _external, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [path.join(DIST, script), ...args], {
    env: { ...inherited, MONITOR_DATA_DIR: dataDir, ...env },
    encoding: 'utf8',
    input: '',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function createAdmin(email: string) {
  const result = run('create-admin.js', ['--email', email], { MONITOR_ADMIN_PASSWORD: 'zeven zwanen zwemmen', MONITOR_ADMIN_EMAIL: email });
  expect(result.output).toMatch(/aangemaakt/);
}

async function withEmbedded<T>(task: (client: Client) => Promise<T>): Promise<T> {
  const database = await EmbeddedPostgres.start({ dataDir, port: 0, database: 'monitor' });
  const client = new Client({ connectionString: database.url });
  try {
    await client.connect();
    return await task(client);
  } finally {
    await client.end().catch(() => undefined);
    await database.stop();
  }
}

const adminEmails = (client: Client) =>
  client.query<{ email: string }>("SELECT email FROM app_user WHERE role = 'ADMIN' ORDER BY email").then((r) => r.rows.map((row) => row.email));

describe('pnpm db:backup and pnpm db:restore', () => {
  it('restore brings back exactly the database of the backup, and keeps the replaced one aside', async () => {
    createAdmin('voor@nji.nl');
    const file = path.join(workDir, 'monitor.tar.gz');
    const backup = run('db-backup.js', ['--', file]);
    expect(backup.output).toMatch(/Back-up van .* geschreven/);
    expect(backup.status).toBe(0);

    createAdmin('na@nji.nl');
    expect(await withEmbedded(adminEmails)).toEqual(['na@nji.nl', 'voor@nji.nl']);

    const restore = run('db-restore.js', [file]);
    expect(restore.output).toMatch(/hersteld/);
    expect(restore.status).toBe(0);
    expect(await withEmbedded(adminEmails)).toEqual(['voor@nji.nl']);
    expect(fs.readdirSync(existingClusterBase(dataDir)).some((name) => name.startsWith('pgdata.voor-herstel-'))).toBe(true);
  });

  it('refuse while the database runs, and refuse a file that is no backup', async () => {
    const file = path.join(workDir, 'terwijl-actief.tar.gz');
    const whileRunning = await withEmbedded(async () => run('db-backup.js', [file]));
    expect(whileRunning.status).toBe(1);
    expect(whileRunning.output).toMatch(/draait nog/);
    expect(fs.existsSync(file)).toBe(false);

    const junk = path.join(workDir, 'geen-backup.tar.gz');
    fs.writeFileSync(junk, 'geen archief');
    const restore = run('db-restore.js', [junk]);
    expect(restore.status).toBe(1);
    expect(await withEmbedded(adminEmails)).toEqual(['voor@nji.nl']);
  });
});
