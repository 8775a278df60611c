import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ByteWriter, parquetWriteRows } from 'hyparquet-writer';
import { neutraliseRow, type ResearchFormat } from '@monitor/domain';
import { RESEARCH_COLUMNS, type ResearchRow } from './research-export.rows';

export const RESEARCH_CONTENT_TYPES: Record<ResearchFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  parquet: 'application/vnd.apache.parquet',
};

/** Rows written between two waits for the client (bounded memory on slow connections). */
const CHUNK_ROWS = 1000;

/** Writes and waits when the client's buffer is full, so a large export never piles up in memory. */
async function write(out: Writable, chunk: string | Uint8Array): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

export async function writeResearchExport(format: ResearchFormat, rows: readonly ResearchRow[], out: Writable, notes: string[]): Promise<void> {
  if (format === 'csv') await writeCsv(rows, out);
  else if (format === 'xlsx') await writeXlsx(rows, out, notes);
  else await writeParquet(rows, out, notes);
}

function csvField(value: ResearchRow[keyof ResearchRow]): string {
  if (value === null) return '';
  const text = typeof value === 'boolean' ? (value ? 'ja' : 'nee') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (comma, UTF-8, header line), text neutralised against spreadsheet formulas. */
async function writeCsv(rows: readonly ResearchRow[], out: Writable): Promise<void> {
  await write(out, RESEARCH_COLUMNS.join(',') + '\r\n');
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const lines = rows.slice(start, start + CHUNK_ROWS).map((row) => {
      const safe = neutraliseRow(row);
      return RESEARCH_COLUMNS.map((column) => csvField(safe[column])).join(',') + '\r\n';
    });
    await write(out, lines.join(''));
  }
  out.end();
}

/** XLSX through ExcelJS's streaming writer: rows are committed and sent as they are written. */
async function writeXlsx(rows: readonly ResearchRow[], out: Writable, notes: string[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  workbook.creator = 'Monitor Aanpak Kindermishandeling en Huiselijk Geweld';
  const sheet = workbook.addWorksheet('Gegevens');
  sheet.columns = RESEARCH_COLUMNS.map((key) => ({ header: key, key }));
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    for (const row of rows.slice(start, start + CHUNK_ROWS)) sheet.addRow(neutraliseRow({ ...row, demo: row.demo ? 'ja' : 'nee' })).commit();
    // let the stream drain between chunks
    await new Promise((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  const about = workbook.addWorksheet('Toelichting');
  for (const note of notes) about.addRow([note]).commit();
  about.commit();
  await workbook.commit();
}

/** A hyparquet ByteWriter that sends its bytes to the client after every row group instead of keeping the file. */
class StreamingByteWriter extends ByteWriter {
  constructor(private readonly out: Writable) {
    super(1 << 20);
  }

  flush(): Promise<void> {
    const chunk = new Uint8Array(this.buffer.slice(0, this.index));
    this.index = 0;
    return write(this.out, chunk);
  }

  // hyparquet awaits the promise of finish() (its Writer interface allows one; ByteWriter's own is sync)
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  finish(): Promise<void> {
    return this.flush().then(() => void this.out.end());
  }
}

const PARQUET_TYPES = {
  jaar: 'INT32',
  waarde: 'DOUBLE',
  demo: 'BOOLEAN',
} as const;

/** Parquet (SNAPPY), row groups of 10,000 rows flushed to the client one by one; the notes go in the file's metadata. */
async function writeParquet(rows: readonly ResearchRow[], out: Writable, notes: string[]): Promise<void> {
  await parquetWriteRows({
    writer: new StreamingByteWriter(out),
    rows,
    columns: RESEARCH_COLUMNS.map((name) => ({ name, type: name in PARQUET_TYPES ? PARQUET_TYPES[name as keyof typeof PARQUET_TYPES] : 'STRING' })),
    rowGroupSize: 10_000,
    kvMetadata: [{ key: 'toelichting', value: notes.join('\n') }],
    createdBy: 'Monitor Aanpak Kindermishandeling en Huiselijk Geweld',
  });
}
