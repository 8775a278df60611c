// reliability/report.json (everything) and reliability/report.md (for people).
import fs from 'node:fs';
import path from 'node:path';
import { root } from './server.mjs';

const table = (header, rows) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
const cell = (value) => String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function malformedSection(m) {
  if (!m) return [];
  const family = (t) =>
    Object.entries(t.byFamily).map(([name, f]) => [
      name,
      f.sent,
      f.serverErrors,
      f.leaks,
      f.accepted,
      cell(
        Object.entries(f.statuses)
          .map(([s, n]) => `${s}: ${n}`)
          .join(', '),
      ),
    ]);
  return [
    '## Misvormde invoer',
    '',
    ...table(['GraphQL-familie', 'verstuurd', 'serverfouten', 'interne details', 'geaccepteerd', 'HTTP-status'], family(m.graphql)),
    '',
    ...table(['CBS-familie', 'verstuurd', 'serverfouten', 'interne details', 'geïmporteerd', 'HTTP-status'], family(m.cbs)),
    '',
    `Rijen gewijzigd: ${m.rowsChanged.length === 0 ? 'geen' : m.rowsChanged.map((d) => `${d.table} ${d.before}→${d.after}`).join(', ')}.` +
      (m.countersExcluded.length
        ? ` Tellers buiten de vergelijking: ${m.countersExcluded.map((d) => `${d.table} ${d.before}→${d.after}`).join(', ')}.`
        : ''),
    '',
    ...[...m.graphql.serverErrorSamples, ...m.cbs.serverErrorSamples]
      .slice(0, 12)
      .map(
        (s) =>
          `- serverfout (${s.family}): ${cell(s.problem)} — antwoord \`${cell(s.sample).slice(0, 160)}\` — invoer \`${cell(s.input ?? '').slice(0, 200)}\``,
      ),
    ...[...m.graphql.leakSamples, ...m.cbs.leakSamples].slice(0, 10).map((s) => `- interne details (${s.family}): \`${cell(s.leak)}\``),
    ...m.cbs.acceptedSamples.map((s) => `- misvormd CBS-bestand geïmporteerd (${s.family}): \`${cell(s.sample).slice(0, 300)}\``),
    ...m.graphql.acceptedSamples.slice(0, 10).map((s) => `- misvormde operatie uitgevoerd (${s.family}): \`${cell(s.sample).slice(0, 160)}\``),
    '',
  ];
}

function soakSection(s) {
  if (!s) return [];
  return [
    '## Soak',
    '',
    `${s.seconds} s; ${s.clients.anonymousReaders} anonieme lezers (de queries van de webapp: kaart, gemeente, Veilig Thuis, benchmarks), ` +
      `${s.clients.signedInViewers} ingelogde lezers (benchmarkpagina's van hun eigen gemeente), ` +
      `${s.clients.autosavingEditors} invullers die autosaven, ${s.clients.logins} clients die in- en uitloggen. ` +
      `${s.total} verzoeken (${s.requestsPerSecond}/s), ${s.errors} fouten, ${s.acknowledgedSaves} bevestigde saves.`,
    '',
    ...table(
      ['operatie', 'aantal', 'fouten', 'p50 ms', 'p95 ms', 'max ms'],
      Object.entries(s.operations).map(([n, o]) => [n, o.count, o.errors, o.p50Ms, o.p95Ms, o.maxMs]),
    ),
    '',
    `Geheugen van het serverproces (RSS uit /proc, ${s.memory.samples} metingen): start ${s.memory.startMb} MB, eind ${s.memory.endMb} MB, ` +
      `max ${s.memory.maxMb} MB; na opwarmen eerste vijfde ${s.memory.steadyEarlyMb} MB, laatste vijfde ${s.memory.steadyLateMb} MB ` +
      `(groei ${s.memory.growthMb} MB, toegestaan ${s.memory.allowedGrowthMb} MB); helling ${s.memory.slopeMbPerMinute} MB/min.`,
    '',
    ...s.errorSamples.slice(0, 10).map((e) => `- fout (${e.operation}): ${cell(e.problem)}`),
    '',
  ];
}

function crashSection(name, c) {
  if (!c) return [];
  return [
    `## kill -9 van ${name} tijdens autosave`,
    '',
    `${c.acknowledgedBeforeKill} bevestigde saves vóór de kill, ${c.acknowledged} in totaal; ${c.unanswered} saves zonder antwoord (mogen wel of niet zijn opgeslagen); ` +
      `${c.missingOrWrong} bevestigde antwoorden ontbraken of waren fout. Opslaan na herstart: ${c.saveAfterRestart}.`,
    `Antwoorden van de server na de kill: ${cell(JSON.stringify(c.errorsAfterKill))}. Waarnemingen: ${cell(JSON.stringify(c.observed))}.`,
    ...c.problems.map((p) => `- ${cell(p)}`),
    '',
  ];
}

function backupSection(b) {
  if (!b) return [];
  return [
    '## Back-up en herstel',
    '',
    `\`${b.backup.command.replace(/ \/\S+/, ' <bestand>')}\` (exit ${b.backup.status}), daarna ${b.savesAfterBackup} saves (tabellen gewijzigd: ${b.tablesChangedAfterBackup.join(', ') || 'geen'}), ` +
      `\`${b.restore.command.replace(/ \/\S+/, ' <bestand>')}\` (exit ${b.restore.status}). ${b.tables} tabellen, ${b.rowsAtBackup} rijen bij de back-up, ${b.rowsAfterRestore} na herstel; ` +
      `verschillen in aantallen: ${b.countDifferences.length}, in inhoud (md5 per tabel): ${b.checksumDifferences.length}. Herstel terwijl de monitor draait geweigerd: ${b.restoreRefusedWhileRunning ? 'ja' : 'nee'}.`,
    '',
  ];
}

export function writeReport(report) {
  const dir = path.join(root, 'reliability');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const m = report.machine;
  const lines = [
    '# Betrouwbaarheidsrapport',
    '',
    `${report.startedAt} – ${report.finishedAt}. Gemaakt met \`pnpm reliability\` (scripts/reliability/) tegen de gebouwde server ` +
      `(\`node apps/server/dist/main.js\`, eigen procesgroep, ingebouwde PostgreSQL ${m.postgres ?? '?'} in een wegwerpmap, alleen 127.0.0.1).`,
    '',
    `Machine: ${m.cpus}, ${m.memoryGb} GB, ${m.platform}, Node ${m.node}, commit ${m.commit}. Load average bij start ${m.loadAverageAtStart.join(' / ')}, ` +
      `aan het eind ${m.loadAverageAtEnd?.join(' / ')}; ${m.shared}.`,
    `Opties: ${cell(JSON.stringify(report.options))}.`,
    '',
    `**Resultaat: ${report.ok ? 'alle controles geslaagd' : 'een of meer controles MISLUKT'}.**`,
    '',
    ...table(
      ['controle', 'resultaat', 'details'],
      report.checks.map((c) => [cell(c.name), c.ok ? 'geslaagd' : '**MISLUKT**', cell(c.detail)]),
    ),
    '',
    ...malformedSection(report.phases.malformed),
    ...soakSection(report.phases.soak),
    ...crashSection('de server', report.phases['kill-server']),
    ...crashSection('PostgreSQL', report.phases['kill-postgres']),
    ...backupSection(report.phases.backup),
    ...(report.error ? ['## Afgebroken', '', '```', report.error, '```', ''] : []),
    `Achtergebleven processen na afloop: ${report.leftoverProcesses.length}.`,
    '',
  ];
  fs.writeFileSync(path.join(dir, 'report.md'), lines.join('\n'));
}
