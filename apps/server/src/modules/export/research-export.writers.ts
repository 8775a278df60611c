import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ByteWriter, ParquetWriter, schemaFromColumnData, type ColumnSource } from 'hyparquet-writer';
import { neutraliseRow, type ResearchFormat } from '@monitor/domain';
import { RESEARCH_COLUMNS, type ResearchRow } from './research-export.rows';

export const RESEARCH_CONTENT_TYPES: Record<ResearchFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  parquet: 'application/vnd.apache.parquet',
};

/** The rows in batches (each read from PostgreSQL when the writer asks for it) and the notes, final after the last batch. */
export interface ResearchExportSource {
  batches: AsyncIterable<readonly ResearchRow[]>;
  notes: () => string[];
}

/**
 * Writes to the client and, while its buffer is full, waits before the next batch is read, so a slow
 * client holds back the reading instead of letting the file pile up in memory. Throws once the signal
 * is aborted (the client cancelled or the connection was lost). One 'drain' listener serves the whole
 * export: the compression middleware forwards listeners to its gzip stream but not their removal.
 */
class ClientOutput {
  private wake: (() => void) | null = null;

  constructor(
    readonly out: Writable,
    private readonly signal: AbortSignal,
  ) {
    out.on('drain', () => this.wake?.());
    signal.addEventListener('abort', () => this.wake?.(), { once: true });
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    this.signal.throwIfAborted();
    if (!this.out.write(chunk)) await this.drain();
  }

  /** Waits until the client has taken what was written (for writers that write to the stream themselves). */
  async drained(): Promise<void> {
    this.signal.throwIfAborted();
    if (this.out.writableNeedDrain) await this.drain();
  }

  /** Waits until another stream on the way to the client (the zip's input) has taken what was written to it. */
  async drainedOther(stream: Writable): Promise<void> {
    this.signal.throwIfAborted();
    // archiver's streams come from readable-stream 2, whose state has no writableNeedDrain getter
    const state = (stream as unknown as { _writableState?: { needDrain?: boolean } })._writableState;
    if (stream.writableNeedDrain || state?.needDrain) await once(stream, 'drain', { signal: this.signal });
  }

  private async drain(): Promise<void> {
    await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
    this.signal.throwIfAborted();
  }
}

/** Streams the export in the format; at most one batch (and its encoded form) is held at a time. */
export async function writeResearchExport(format: ResearchFormat, source: ResearchExportSource, out: Writable, signal: AbortSignal): Promise<void> {
  const client = new ClientOutput(out, signal);
  if (format === 'csv') await writeCsv(source, client);
  else if (format === 'xlsx') await writeXlsx(source, client);
  else await writeParquet(source, client);
}

function csvField(value: ResearchRow[keyof ResearchRow]): string {
  if (value === null) return '';
  const text = typeof value === 'boolean' ? (value ? 'ja' : 'nee') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (comma, UTF-8, header line), text neutralised against spreadsheet formulas; one write per batch. */
async function writeCsv({ batches }: ResearchExportSource, client: ClientOutput): Promise<void> {
  await client.write(RESEARCH_COLUMNS.join(',') + '\r\n');
  for await (const batch of batches) {
    const lines = batch.map((row) => {
      const safe = neutraliseRow(row);
      return RESEARCH_COLUMNS.map((column) => csvField(safe[column])).join(',') + '\r\n';
    });
    await client.write(lines.join(''));
  }
  client.out.end();
}

/** XLSX through ExcelJS's streaming WorkbookWriter: each batch's rows are committed (sent) before the next batch is read. */
async function writeXlsx({ batches, notes }: ResearchExportSource, client: ClientOutput): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: client.out, useStyles: false, useSharedStrings: false });
  workbook.creator = 'Monitor Aanpak Kindermishandeling en Huiselijk Geweld';
  const sheet = workbook.addWorksheet('Gegevens');
  sheet.columns = RESEARCH_COLUMNS.map((key) => ({ header: key, key }));
  for await (const batch of batches) {
    for (const row of batch) sheet.addRow(neutraliseRow({ ...row, demo: row.demo ? 'ja' : 'nee' })).commit();
    await zipCaughtUp(sheet, client);
  }
  sheet.commit();
  const about = workbook.addWorksheet('Toelichting');
  for (const note of notes()) about.addRow([note]).commit();
  about.commit();
  await workbook.commit();
}

/**
 * ExcelJS's sheet stream writes into the zip (archiver) without back-pressure, so rows made faster
 * than they are compressed would pile up. Before the next batch is read, wait until the zip has
 * taken the sheet's XML (its input stream drained) and the client has taken the zip's output.
 * The sheet's `stream.pipes` is ExcelJS's internal StreamBuf; if it changes, only the first wait goes.
 */
async function zipCaughtUp(sheet: ExcelJS.Worksheet, client: ClientOutput): Promise<void> {
  const inputs = (sheet as unknown as { stream?: { pipes?: unknown } }).stream?.pipes;
  for (const input of Array.isArray(inputs) ? (inputs as Writable[]) : []) await client.drainedOther(input);
  await client.drained();
}

/** A hyparquet ByteWriter that sends its bytes to the client after every row group instead of keeping the file. */
class StreamingByteWriter extends ByteWriter {
  constructor(private readonly client: ClientOutput) {
    super(1 << 20);
  }

  flush(): Promise<void> {
    const chunk = new Uint8Array(this.buffer.slice(0, this.index));
    this.index = 0;
    return this.client.write(chunk);
  }

  // hyparquet awaits the promise of finish() (its Writer interface allows one; ByteWriter's own is sync)
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  finish(): Promise<void> {
    return this.flush().then(() => void this.client.out.end());
  }
}

const PARQUET_COLUMNS = RESEARCH_COLUMNS.map((name) => ({
  name,
  type: name === 'jaar' ? 'INT32' : name === 'waarde' ? 'DOUBLE' : name === 'demo' ? 'BOOLEAN' : 'STRING',
})) satisfies Omit<ColumnSource, 'data'>[];

/**
 * Parquet (SNAPPY) with one row group per batch, each flushed to the client before the next batch is
 * read (hyparquet-writer's ParquetWriter writes row groups incrementally; only the footer, a few
 * bytes per row group, grows with the file). The notes go in the file's metadata.
 */
async function writeParquet({ batches, notes }: ResearchExportSource, client: ClientOutput): Promise<void> {
  const schema = schemaFromColumnData({ columnData: PARQUET_COLUMNS.map((column) => ({ ...column, data: [] })) });
  const parquet = new ParquetWriter({
    writer: new StreamingByteWriter(client),
    schema,
    createdBy: 'Monitor Aanpak Kindermishandeling en Huiselijk Geweld',
  });
  for await (const batch of batches) {
    const columnData = PARQUET_COLUMNS.map((column) => ({ ...column, data: batch.map((row) => row[column.name]) }));
    await parquet.write({ columnData, rowGroupSize: batch.length });
  }
  parquet.kvMetadata = [{ key: 'toelichting', value: notes().join('\n') }];
  await parquet.finish();
}
