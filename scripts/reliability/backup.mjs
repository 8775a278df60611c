// Backup and restore of the embedded database through the documented commands
// (`pnpm db:backup -- <file>`, `pnpm db:restore -- <file>`), with counts and checksums compared.
import { spawnSync } from 'node:child_process';
import { AutosaveWriter, assignQuestions, DEMO_PASSWORD } from './autosave.mjs';
import { login } from './client.mjs';
import { countDifferences, root, rowCounts, withDb } from './server.mjs';

function pnpm(script, file, dataDir) {
  const { DATABASE_URL: _external, ...env } = process.env;
  const result = spawnSync('pnpm', ['--silent', script, '--', file], { cwd: root, env: { ...env, MONITOR_DATA_DIR: dataDir }, encoding: 'utf8' });
  return { command: `pnpm ${script} -- ${file}`, status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().slice(-1000) };
}

/** md5 over every row of every table, so that a restore is checked for content, not only counts. */
async function checksums(dataDir) {
  return withDb(dataDir, async (client) => {
    const { rows } = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    const sums = {};
    for (const { tablename } of rows) {
      const t = client.escapeIdentifier(tablename);
      const result = await client.query(`SELECT coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS sum FROM ${t} x`);
      sums[tablename] = result.rows[0].sum;
    }
    return sums;
  });
}

async function changeSomething(server) {
  const [share] = assignQuestions(1);
  const cookie = await login(server.url, share.editor.email, DEMO_PASSWORD);
  const writer = new AutosaveWriter({ url: server.url, cookie, editor: share.editor, questions: share.questions, tag: 'na-backup' });
  await writer.loadVersions();
  for (let i = 0; i < 5; i++) await writer.saveOnce();
  return writer.acked.length;
}

export async function backupRestore({ server, dataDir, workDir, stop, start, log }) {
  const file = `${workDir}/monitor-backup.tar.gz`;
  const before = { counts: await rowCounts(dataDir), sums: await checksums(dataDir) };
  await stop(server);
  const backup = pnpm('db:backup', file, dataDir);
  log(`${backup.command}: exit ${backup.status}`);

  let current = await start();
  const savesAfterBackup = await changeSomething(current);
  const changed = countDifferences(before.counts, await rowCounts(dataDir));
  const restoreWhileRunning = pnpm('db:restore', file, dataDir);
  await stop(current);

  const restore = pnpm('db:restore', file, dataDir);
  log(`${restore.command}: exit ${restore.status}`);
  current = await start();
  const after = { counts: await rowCounts(dataDir), sums: await checksums(dataDir) };
  const countDiffs = countDifferences(before.counts, after.counts);
  const checksumDiffs = Object.keys(before.sums).filter((t) => before.sums[t] !== after.sums[t]);
  return {
    server: current,
    result: {
      backup,
      restore,
      restoreRefusedWhileRunning: restoreWhileRunning.status !== 0,
      restoreWhileRunningOutput: restoreWhileRunning.output.slice(-300),
      savesAfterBackup,
      tablesChangedAfterBackup: changed.map((d) => d.table),
      tables: Object.keys(before.counts).length,
      rowsAtBackup: Object.values(before.counts).reduce((a, b) => a + b, 0),
      rowsAfterRestore: Object.values(after.counts).reduce((a, b) => a + b, 0),
      countDifferences: countDiffs,
      checksumDifferences: checksumDiffs,
      ok: backup.status === 0 && restore.status === 0 && changed.length > 0 && countDiffs.length === 0 && checksumDiffs.length === 0,
    },
  };
}
