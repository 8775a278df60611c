/**
 * Parser for a StatLine download of a CBS Veilig Thuis table (see cbs-format.md, section 2).
 *
 * "CSV met statistische symbolen": UTF-8 with BOM, ";" separator, every field quoted, CRLF. The header holds the
 * dimension titles ("Kenmerken adviezen/meldingen", "Regio's", "Perioden") and the topic titles as
 * "Group/Sub/Topic (unit)", in the order the user chose. Cells hold titles ("Assen", "Drenthe (VT)",
 * "1e halfjaar 2025*") and right-aligned numbers with "." as decimal separator; "       ." = SECRET, "" = EMPTY.
 *
 * Plain "CSV" is accepted as well: numbers unquoted with a decimal comma, a missing value is an empty field. That
 * variant has no symbols, so an empty cell there may be secret or impossible; it is imported as SECRET (unknown).
 *
 * Columns are found by header text, never by position. Every problem found is reported (capped at MAX_PROBLEMS).
 */
import { CsvSyntaxError, parseCsv, type CsvRecord } from '../csv/parse-csv';
import { looksLikeFormula } from '../csv/neutralise-formula';
import { CBS_TABLES, MEASURES, categoryDimensionsOf, categoryLabel, expectedTopicHeaders, matchTopic, splitTopicHeader } from './cbs-tables';
import { DuplicateTracker, ProblemList, decodeUtf8, finish, parseCbsCell, type ParsedCell } from './cbs-common';
import { describeUnsupportedPeriodTitle, periodFromTitle } from './cbs-periods';
import type { CbsObservation, CbsParseResult, RegionLookup, TableSpec } from './cbs.types';

const REGION_TITLES = ["Regio's", 'Regio’s'];
const PERIOD_TITLE = 'Perioden';
const SEPARATOR = ';';

interface TopicColumn {
  index: number;
  header: string;
  measure: string;
}

interface HeaderLayout {
  regionIndex: number | undefined;
  periodIndex: number | undefined;
  /** index per category dimension title (undefined when missing) */
  categoryIndexes: { dimension: string; index: number | undefined }[];
  topics: TopicColumn[];
  /** header has problems that make row checks meaningless */
  broken: boolean;
}

function quote(s: string): string {
  return `"${s}"`;
}

/** True when every field of a raw CSV line starts with a double quote (the "met statistische symbolen" layout). */
function allFieldsQuoted(raw: string): boolean {
  let i = 0;
  for (;;) {
    if (raw[i] !== '"') return false;
    i++;
    for (;;) {
      if (i >= raw.length) return true; // unclosed; reported elsewhere
      if (raw[i] === '"') {
        if (raw[i + 1] === '"') {
          i += 2;
          continue;
        }
        i++;
        break;
      }
      i++;
    }
    if (i >= raw.length) return true;
    if (raw[i] !== SEPARATOR) return false;
    i++;
  }
}

/** Parses all records; on a syntax error parses line by line so that every bad line is reported. */
function parseRecords(text: string, lines: string[], problems: ProblemList): CsvRecord[] {
  try {
    return parseCsv(text, SEPARATOR);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
  }
  let lastNonEmpty = lines.length - 1;
  while (lastNonEmpty >= 0 && lines[lastNonEmpty] === '') lastNonEmpty--;
  const records: CsvRecord[] = [];
  lines.forEach((raw, i) => {
    if (raw === '') return;
    const line = i + 1;
    try {
      const [record] = parseCsv(raw, SEPARATOR);
      if (record) records.push({ line, fields: record.fields });
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      const message = error.message.replace(/^regel \d+: /, '');
      const truncated = message.includes('niet afgesloten') && i === lastNonEmpty;
      problems.add(
        line,
        '',
        truncated ? `${message}: de laatste regel is afgebroken; het bestand is waarschijnlijk onvolledig gedownload of opgeslagen` : message,
      );
    }
  });
  return records;
}

function isRegionTitle(s: string): boolean {
  return REGION_TITLES.includes(s);
}

/** All dimension titles of all known tables (to recognise a second header row). */
function allDimensionTitles(): Set<string> {
  const titles = new Set<string>([...REGION_TITLES, PERIOD_TITLE]);
  for (const spec of Object.values(CBS_TABLES)) categoryDimensionsOf(spec).forEach((t) => titles.add(t));
  return titles;
}

/** Whether a header fits a table completely (all dimensions, only known topics). */
function headerFits(spec: TableSpec, header: string[]): boolean {
  const dims = categoryDimensionsOf(spec);
  const cells = header.map((h) => h.trim());
  if (!cells.some(isRegionTitle) || !cells.includes(PERIOD_TITLE) || !dims.every((d) => cells.includes(d))) return false;
  const topics = cells.filter((c) => !isRegionTitle(c) && c !== PERIOD_TITLE && !dims.includes(c));
  return (
    topics.length > 0 &&
    topics.every((t) => {
      const { path, unit } = splitTopicHeader(t);
      return matchTopic(spec, path, unit).measure !== undefined;
    })
  );
}

/** The header as it is being read, column by column. */
interface HeaderScan {
  spec: TableSpec;
  line: number;
  layout: HeaderLayout;
  seen: Map<string, number>;
  measureColumn: Map<string, string>;
  unknown: string[];
  topicLike: number;
}

function readHeader(spec: TableSpec, header: CsvRecord, problems: ProblemList): HeaderLayout {
  const scan: HeaderScan = {
    spec,
    line: header.line,
    layout: {
      regionIndex: undefined,
      periodIndex: undefined,
      categoryIndexes: categoryDimensionsOf(spec).map((dimension) => ({ dimension, index: undefined })),
      topics: [],
      broken: false,
    },
    seen: new Map(),
    measureColumn: new Map(),
    unknown: [],
    topicLike: 0,
  };
  const before = problems.size;
  header.fields.forEach((raw, index) => readHeaderCell(scan, raw, index, problems));
  checkHeaderComplete(scan, problems);
  if (problems.size > before) suggestOtherTable(spec, header, problems);
  return scan.layout;
}

function readHeaderCell(scan: HeaderScan, raw: string, index: number, problems: ProblemList): void {
  const { layout, line, spec } = scan;
  const cell = raw.trim();
  if (cell === '') {
    problems.add(line, `kolom ${index + 1}`, `kolom ${index + 1} van de kopregel heeft geen titel`);
    layout.broken = true;
    return;
  }
  if (scan.seen.has(cell)) {
    problems.add(line, raw, `kolom ${quote(cell)} komt meer dan één keer voor in de kopregel (kolom ${scan.seen.get(cell)! + 1} en ${index + 1})`);
    layout.broken = true;
    return;
  }
  scan.seen.set(cell, index);
  if (isRegionTitle(cell)) {
    layout.regionIndex = index;
    return;
  }
  if (cell === PERIOD_TITLE) {
    layout.periodIndex = index;
    return;
  }
  const category = layout.categoryIndexes.find((c) => c.dimension === cell);
  if (category) {
    category.index = index;
    return;
  }
  const owners = Object.values(CBS_TABLES)
    .filter((other) => other.tableId !== spec.tableId && categoryDimensionsOf(other).includes(cell))
    .map((other) => other.tableId);
  if (owners.length > 0) {
    problems.add(line, raw, `kolom ${quote(cell)} is een dimensie van tabel ${owners.join(' / ')}, niet van ${spec.tableId}`);
    layout.broken = true;
    return;
  }
  readTopicColumn(scan, raw, index, problems);
}

function readTopicColumn(scan: HeaderScan, raw: string, index: number, problems: ProblemList): void {
  const { layout, line, spec } = scan;
  const cell = raw.trim();
  scan.topicLike++;
  const { path, unit } = splitTopicHeader(cell);
  const match = matchTopic(spec, path, unit);
  if (match.measure !== undefined) {
    const earlier = scan.measureColumn.get(match.measure);
    if (earlier !== undefined) {
      problems.add(line, raw, `kolom ${quote(cell)} bevat hetzelfde onderwerp (${match.measure}) als kolom ${quote(earlier)}`);
      layout.broken = true;
      return;
    }
    scan.measureColumn.set(match.measure, cell);
    layout.topics.push({ index, header: raw, measure: match.measure });
    return;
  }
  if (match.reason === 'ambiguous') {
    problems.add(
      line,
      raw,
      `kolom ${quote(cell)} is niet eenduidig: die past bij ${match.candidates.map(quote).join(', ')}; gebruik de volledige titel met groep en eenheid`,
    );
  } else if (match.reason === 'unit') {
    problems.add(line, raw, `kolom ${quote(cell)} heeft eenheid ${quote(unit ?? '')}, verwacht ${quote(match.expectedUnit)}`);
  } else {
    scan.unknown.push(raw);
  }
}

function checkHeaderComplete(scan: HeaderScan, problems: ProblemList): void {
  const { layout, line, spec } = scan;
  const expected = expectedTopicHeaders(spec).map(quote).join(', ');
  for (const raw of scan.unknown) {
    problems.add(line, raw, `onbekende kolom ${quote(raw.trim())} voor tabel ${spec.tableId}; verwachte onderwerpkolommen: ${expected}`);
  }
  if (layout.regionIndex === undefined) {
    problems.add(line, "Regio's", `kolom "Regio's" ontbreekt in de kopregel`);
    layout.broken = true;
  }
  if (layout.periodIndex === undefined) {
    problems.add(line, PERIOD_TITLE, `kolom "Perioden" ontbreekt in de kopregel`);
    layout.broken = true;
  }
  for (const c of layout.categoryIndexes) {
    if (c.index === undefined) {
      problems.add(line, c.dimension, `kolom ${quote(c.dimension)} (categorieën van ${spec.tableId}) ontbreekt in de kopregel`);
      layout.broken = true;
    }
  }
  if (scan.topicLike === 0) {
    problems.add(line, '', `de kopregel heeft geen onderwerpkolom; verwacht een of meer van: ${expected}`);
  }
  if (layout.topics.length === 0) layout.broken = true;
}

/** A header with problems may simply belong to another table: say so. */
function suggestOtherTable(spec: TableSpec, header: CsvRecord, problems: ProblemList): void {
  const fits = Object.values(CBS_TABLES)
    .filter((other) => other.tableId !== spec.tableId && headerFits(other, header.fields))
    .map((other) => other.tableId);
  if (fits.length > 0) {
    problems.add(header.line, '', `de kopregel past bij tabel ${fits.join(' of ')}, niet bij ${spec.tableId}; kies de juiste tabel`);
  }
}

/** Counts larger than this cannot be Veilig Thuis figures (the Netherlands has about 18 million inhabitants). */
const LARGEST_PLAUSIBLE_VALUE = 1e9;

/** Bytes → the CSV text, or undefined after adding the problem (empty, not UTF-8, JSON instead of CSV). */
function decodeCsvText(bytes: Uint8Array, problems: ProblemList): string | undefined {
  if (bytes.length === 0) {
    problems.add(0, '', 'het bestand is leeg');
    return undefined;
  }
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) {
    problems.push(decoded.problem);
    return undefined;
  }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === '') {
    problems.add(0, '', 'het bestand is leeg');
    return undefined;
  }
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') {
    problems.add(0, '', 'dit is een JSON-bestand, geen CSV; gebruik de OData-import of download "CSV met statistische symbolen"');
    return undefined;
  }
  return text;
}

/** The header record, or undefined after adding the problem (none, or not separated by ";"). */
function headerRecord(header: CsvRecord | undefined, problems: ProblemList): CsvRecord | undefined {
  if (!header) {
    problems.add(0, '', 'het bestand heeft geen kopregel');
    return undefined;
  }
  if (header.fields.length === 1 && /[,\t]/.test(header.fields[0])) {
    problems.add(
      header.line,
      '',
      'de kopregel bevat geen ";"; CBS-bestanden gebruiken ";" als scheidingsteken (download "CSV met statistische symbolen")',
    );
    return undefined;
  }
  return header;
}

/** What every data row is read against. */
interface CsvRowContext {
  tableId: string;
  text: string;
  header: CsvRecord;
  rows: CsvRecord[];
  layout: HeaderLayout;
  regions: RegionLookup;
  latestYear: number | undefined;
  /** plain CSV (not every field quoted): an empty cell may be secret */
  plain: boolean;
  dimensionTitles: Set<string>;
  headerText: string;
  width: number;
  lastLine: number | undefined;
  duplicates: DuplicateTracker;
  problems: ProblemList;
  observations: CbsObservation[];
}

/** 'stop' ends the reading (a different table follows), 'skip' passes over this row, 'read' reads it. */
function rowShape(row: CsvRecord, cells: string[], ctx: CsvRowContext): 'stop' | 'skip' | 'read' {
  const { problems, width } = ctx;
  const line = row.line;
  // A second header: a concatenation of downloads.
  if (cells.some((c) => ctx.dimensionTitles.has(c))) {
    if (JSON.stringify(cells) === ctx.headerText) {
      problems.add(line, '', 'tweede kopregel: het bestand bevat meer dan één download; importeer elke download apart');
      return 'skip';
    }
    const last = ctx.rows[ctx.rows.length - 1].line;
    problems.add(
      line,
      '',
      `tweede kopregel met andere kolommen: regels ${line}–${last} horen bij een andere tabel of selectie; importeer elke tabel apart`,
    );
    return 'stop';
  }
  if (line === ctx.lastLine && !/[\r\n]$/.test(ctx.text) && row.fields.length === width && cells[width - 1] === '') {
    problems.add(line, '', 'de laatste regel eindigt zonder waarde en zonder regeleinde: het bestand is afgebroken; download het opnieuw');
    return 'skip';
  }
  if (row.fields.length !== width) {
    if (line === ctx.lastLine && row.fields.length < width) {
      problems.add(
        line,
        '',
        `te weinig velden (${row.fields.length} van ${width}): de laatste regel is afgebroken; het bestand is waarschijnlijk onvolledig`,
      );
    } else {
      problems.add(line, '', `${row.fields.length} velden, de kopregel heeft er ${width}`);
    }
    return 'skip';
  }
  return 'read';
}

function readCategoryParts(cells: string[], line: number, ctx: CsvRowContext) {
  let valid = true;
  const parts: { dimension: string; title: string }[] = [];
  for (const c of ctx.layout.categoryIndexes) {
    if (c.index === undefined) continue;
    const title = cells[c.index];
    if (title === '') {
      ctx.problems.add(line, ctx.header.fields[c.index], 'lege categorie');
      valid = false;
    } else if (looksLikeFormula(title)) {
      ctx.problems.add(line, ctx.header.fields[c.index], `begint met een formuleteken, geen CBS-categorie: ${quote(title)}`);
      valid = false;
    }
    parts.push({ dimension: c.dimension, title });
  }
  return { parts, valid };
}

function readCsvRegion(cells: string[], line: number, ctx: CsvRowContext) {
  const index = ctx.layout.regionIndex;
  if (index === undefined) return { regionCode: undefined, regionKey: undefined, valid: true };
  const title = cells[index];
  const regionCode = title === '' ? undefined : ctx.regions.codeForTitle(title);
  if (regionCode === undefined) ctx.problems.add(line, ctx.header.fields[index], title === '' ? 'lege regio' : `onbekende regio ${quote(title)}`);
  return { regionCode, regionKey: regionCode ?? title, valid: regionCode !== undefined };
}

function readCsvPeriod(cells: string[], line: number, ctx: CsvRowContext) {
  const index = ctx.layout.periodIndex;
  if (index === undefined) return { period: undefined, valid: true };
  const title = cells[index];
  const period = periodFromTitle(title);
  if (!period) {
    ctx.problems.add(line, ctx.header.fields[index], title === '' ? 'lege periode' : describeUnsupportedPeriodTitle(title));
    return { period, valid: false };
  }
  if (ctx.latestYear !== undefined && Number(period.period.slice(0, 4)) > ctx.latestYear) {
    ctx.problems.add(line, ctx.header.fields[index], `periode ${quote(title)} ligt in de toekomst (na ${ctx.latestYear})`);
    return { period, valid: false };
  }
  return { period, valid: true };
}

function readCsvValues(row: CsvRecord, ctx: CsvRowContext) {
  const line = row.line;
  let valid = true;
  const values: { topic: TopicColumn; cell: ParsedCell }[] = [];
  for (const topic of ctx.layout.topics) {
    const raw = row.fields[topic.index];
    const cell = parseCbsCell(raw);
    if (!cell) {
      ctx.problems.add(line, topic.header, `geen getal: ${quote(raw.trim())}`);
      valid = false;
      continue;
    }
    if (cell.status === 'VALUE' && cell.value > LARGEST_PLAUSIBLE_VALUE) {
      ctx.problems.add(line, topic.header, `onwaarschijnlijk groot getal: ${raw.trim()}`);
      valid = false;
      continue;
    }
    if (cell.status === 'VALUE' && cell.value < 0) {
      const unit = MEASURES[topic.measure].unit;
      ctx.problems.add(line, topic.header, `${unit === '%' ? 'negatief percentage' : 'negatief aantal'}: ${raw.trim()}`);
      valid = false;
      continue;
    }
    values.push({ topic, cell: ctx.plain && cell.status === 'EMPTY' ? { status: 'SECRET', value: null } : cell });
  }
  return { values, valid };
}

function readCsvRow(row: CsvRecord, ctx: CsvRowContext): void {
  const line = row.line;
  const cells = row.fields.map((f) => f.trim());
  const categories = readCategoryParts(cells, line, ctx);
  const region = readCsvRegion(cells, line, ctx);
  const { period, ...periodCheck } = readCsvPeriod(cells, line, ctx);
  const read = readCsvValues(row, ctx);
  const valid = !ctx.layout.broken && categories.valid && region.valid && periodCheck.valid && read.valid;

  const category = categoryLabel(categories.parts);
  const { regionKey, regionCode } = region;
  if (regionKey !== undefined && regionKey !== '' && period && categories.parts.every((p) => p.title !== '') && !ctx.layout.broken) {
    ctx.duplicates.check(line, category, regionKey, period.period);
  }
  if (!valid || regionCode === undefined || !period) return;
  for (const { topic, cell } of read.values) {
    ctx.observations.push({
      tableId: ctx.tableId,
      measure: topic.measure,
      category,
      regionCode,
      period: period.period,
      value: cell.value,
      status: cell.status,
      provisional: period.provisional,
      line,
    });
  }
}

/** `latestYear`: periods after this year are refused (a figure cannot come from the future). */
export function parseCbsCsv(bytes: Uint8Array, tableId: string, regions: RegionLookup, options: { latestYear?: number } = {}): CbsParseResult {
  const problems = new ProblemList();
  const observations: CbsObservation[] = [];
  const done = () => finish(tableId, 'csv', observations, problems);

  const spec = CBS_TABLES[tableId];
  if (!spec) {
    problems.add(0, '', `onbekende tabel ${quote(tableId)}; ondersteund: ${Object.keys(CBS_TABLES).join(', ')}`);
    return done();
  }
  const text = decodeCsvText(bytes, problems);
  if (text === undefined) return done();
  const lines = text.split(/\r\n|\n|\r/);
  const records = parseRecords(text, lines, problems);
  const [first, ...rows] = records;
  const header = headerRecord(first, problems);
  if (!header) return done();

  const layout = readHeader(spec, header, problems);
  if (rows.length === 0) {
    problems.add(0, '', 'het bestand bevat alleen een kopregel en geen gegevens');
  }
  const ctx: CsvRowContext = {
    tableId,
    text,
    header,
    rows,
    layout,
    regions,
    latestYear: options.latestYear,
    plain: rows.some((row) => {
      const raw = lines[row.line - 1];
      return raw !== undefined && !allFieldsQuoted(raw);
    }),
    dimensionTitles: allDimensionTitles(),
    headerText: JSON.stringify(header.fields.map((f) => f.trim())),
    width: header.fields.length,
    lastLine: records[records.length - 1]?.line,
    duplicates: new DuplicateTracker(problems, 'regel'),
    problems,
    observations,
  };
  for (const row of rows) {
    const shape = rowShape(
      row,
      row.fields.map((f) => f.trim()),
      ctx,
    );
    if (shape === 'stop') break;
    if (shape === 'read') readCsvRow(row, ctx);
  }
  return done();
}
