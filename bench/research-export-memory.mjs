// node bench/research-export-memory.mjs [rows] [batchRows] (after `pnpm build`): the memory a research
// export's file writers need, for a SYNTHETIC export of `rows` rows (default 1,000,000) handed over in
// batches of `batchRows` (default 5,000, the server's default), written to a sink that discards the
// bytes. Prints the peak heap and RSS per format next to the same figures for a tenth of the rows:
// when they stay about the same, memory is bounded by the batch, not by the export. A measurement,
// not a test: the figures depend on the machine and on garbage collection.
import { Writable } from 'node:stream';
import { writeResearchExport } from '../apps/server/dist/modules/export/research-export.writers.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const batchRows = Number(process.argv[3] ?? 5000);
const formats = process.argv[4] ? process.argv[4].split(',') : ['csv', 'xlsx', 'parquet'];

/** Generated rows that look like exported answers (pseudonyms, keys, numbers); none of it is real. */
async function* syntheticBatches(total) {
  for (let start = 0; start < total; start += batchRows) {
    const batch = [];
    for (let i = start; i < Math.min(total, start + batchRows); i++) {
      batch.push({
        gegevens: 'ANSWERS',
        gemeente: `P${(i % 342).toString(16).padStart(12, '0')}`,
        gemeentenaam: null,
        jaar: 2026,
        periode: null,
        kenmerk: `synthetisch.v${i % 5000}`,
        omschrijving: `Synthetische vraag ${i % 5000}`,
        categorie: 'NUMBER',
        eenheid: null,
        waarde: i % 1000,
        tekst: null,
        status: 'INGEDIEND',
        demo: true,
      });
    }
    yield batch;
  }
}

async function measure(format, total) {
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  let peakBuffers = before.arrayBuffers;
  let bytes = 0;
  const sample = setInterval(() => {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
    peakBuffers = Math.max(peakBuffers, now.arrayBuffers);
  }, 20);
  const sink = new Writable({
    write(chunk, _encoding, done) {
      bytes += chunk.length;
      setImmediate(done);
    },
  });
  await writeResearchExport(format, { batches: syntheticBatches(total), notes: () => ['synthetisch'] }, sink, new AbortController().signal);
  clearInterval(sample);
  const mb = (n) => Math.round(n / 1024 / 1024);
  return `${format.padEnd(8)} ${String(total).padStart(9)} rows  ${String(mb(bytes)).padStart(5)} MB file  peak heap ${mb(peakHeap)} MB  buffers ${mb(peakBuffers)} MB  peak RSS ${mb(peakRss)} MB`;
}

for (const format of formats) {
  console.log(await measure(format, Math.round(rows / 10)));
  console.log(await measure(format, rows));
}
