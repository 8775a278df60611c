// kill -9 during autosave bursts: of the server process, and separately of its embedded PostgreSQL.
// After a restart every acknowledged save must be present exactly once with its value.
import { AutosaveWriter, assignQuestions, DEMO_PASSWORD, verifyAcknowledged } from './autosave.mjs';
import { errorCodes, gql, login } from './client.mjs';
import { embeddedCluster, groupMembers, killGroup, waitGroupEmpty } from './server.mjs';

const WRITERS = 8;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function startWriters(server, tag) {
  const writers = [];
  for (const [i, share] of assignQuestions(WRITERS).entries()) {
    const cookie = await login(server.url, share.editor.email, DEMO_PASSWORD);
    const writer = new AutosaveWriter({ url: server.url, cookie, editor: share.editor, questions: share.questions, tag: `${tag}-w${i}` });
    await writer.loadVersions();
    writers.push(writer);
  }
  return writers;
}

/** Every writer saves back to back until its first unacknowledged save (or until told to stop). */
function burst(writers, failuresBefore) {
  const state = { stop: false, errorsBeforeKill: [], errorsAfterKill: [], killed: false };
  const loops = writers.map(async (writer) => {
    while (!state.stop) {
      const result = await writer.saveOnce();
      if (!result.error) continue;
      (state.killed ? state.errorsAfterKill : state.errorsBeforeKill).push({
        error: result.error,
        codes: errorCodes(result.json),
        status: result.status,
      });
      if (!state.killed) failuresBefore.push(result.error);
      return;
    }
  });
  state.done = Promise.all(loops);
  return state;
}

async function waitForSaves(writers, minimum, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (writers.reduce((n, w) => n + w.acked.length, 0) < minimum && Date.now() < deadline) await sleep(50);
}

/**
 * kind 'server': SIGKILL to the node process; its PostgreSQL, left behind as an orphan, is then
 * stopped with SIGTERM as a supervisor would. kind 'postgres': SIGKILL to the postmaster while the
 * server keeps running; then the server is stopped. Both: restart, verify, return the new server.
 */
export async function crashTest({ kind, server, dataDir, restart, log }) {
  const writers = await startWriters(server, `crash-${kind}`);
  const failuresBefore = [];
  const state = burst(writers, failuresBefore);
  await sleep(1500 + Math.random() * 2000);
  await waitForSaves(writers, 50, 30_000);
  const ackedBeforeKill = writers.reduce((n, w) => n + w.acked.length, 0);
  const observed = {};

  state.killed = true;
  if (kind === 'server') {
    process.kill(server.pid, 'SIGKILL');
    log(`kill -9 server (pid ${server.pid}) na ${ackedBeforeKill} bevestigde saves`);
    await state.done;
    await sleep(500);
    observed.leftBehind = groupMembers(server.pgid).length;
    killGroup(server.pgid, 'SIGTERM');
    await waitGroupEmpty(server.pgid).catch(async () => {
      killGroup(server.pgid, 'SIGKILL');
      await waitGroupEmpty(server.pgid);
    });
  } else {
    const { postmasterPid } = embeddedCluster(dataDir);
    process.kill(postmasterPid, 'SIGKILL');
    log(`kill -9 PostgreSQL (postmaster ${postmasterPid}) na ${ackedBeforeKill} bevestigde saves`);
    const stopper = setTimeout(() => (state.stop = true), 10_000);
    await state.done;
    clearTimeout(stopper);
    await sleep(1000);
    observed.serverAliveAfterDatabaseLoss = server.child.exitCode === null && server.child.signalCode === null;
    observed.healthzWithoutDatabase = await fetch(`${server.url}/healthz`).then(
      (r) => r.status,
      () => 0,
    );
    const probe = await gql(server.url, '{ municipality(code: "GM0363") { name } }');
    observed.queryWithoutDatabase = { status: probe.status, codes: errorCodes(probe.json) };
    killGroup(server.pgid, 'SIGTERM');
    await waitGroupEmpty(server.pgid).catch(async () => {
      killGroup(server.pgid, 'SIGKILL');
      await waitGroupEmpty(server.pgid);
    });
  }

  const restarted = await restart();
  const verification = await verifyAcknowledged(dataDir, writers);
  const after = await startWriters(restarted, `after-${kind}`);
  const saveAfterRestart = await after[0].saveOnce();
  return {
    server: restarted,
    result: {
      kind,
      acknowledgedBeforeKill: ackedBeforeKill,
      acknowledged: verification.acknowledged,
      unanswered: verification.unanswered,
      missingOrWrong: verification.problems.length,
      problems: verification.problems.slice(0, 20),
      failuresBeforeKill: failuresBefore,
      errorsAfterKill: summarise(state.errorsAfterKill),
      observed,
      saveAfterRestart: saveAfterRestart.error ?? 'ok',
      ok: verification.problems.length === 0 && failuresBefore.length === 0 && verification.acknowledged > 0 && !saveAfterRestart.error,
    },
  };
}

function summarise(errors) {
  const counts = {};
  for (const e of errors) {
    const key = e.codes.length > 0 ? `HTTP ${e.status} ${e.codes.join(',')}` : e.error;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
