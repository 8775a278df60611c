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
import { DuplicateTracker, ProblemList, decodeUtf8, finish, parseCbsCell } from './cbs-common';
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

function readHeader(spec: TableSpec, header: CsvRecord, problems: ProblemList): HeaderLayout {
  const dims = categoryDimensionsOf(spec);
  const layout: HeaderLayout = {
    regionIndex: undefined,
    periodIndex: undefined,
    categoryIndexes: dims.map((dimension) => ({ dimension, index: undefined })),
    topics: [],
    broken: false,
  };
  const seen = new Map<string, number>();
  const measureColumn = new Map<string, string>();
  const unknown: string[] = [];
  let topicLike = 0;
  const line = header.line;
  const before = problems.size;

  header.fields.forEach((raw, index) => {
    const cell = raw.trim();
    if (cell === '') {
      problems.add(line, `kolom ${index + 1}`, `kolom ${index + 1} van de kopregel heeft geen titel`);
      layout.broken = true;
      return;
    }
    if (seen.has(cell)) {
      problems.add(line, raw, `kolom ${quote(cell)} komt meer dan één keer voor in de kopregel (kolom ${seen.get(cell)! + 1} en ${index + 1})`);
      layout.broken = true;
      return;
    }
    seen.set(cell, index);
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
    topicLike++;
    const { path, unit } = splitTopicHeader(cell);
    const match = matchTopic(spec, path, unit);
    if (match.measure !== undefined) {
      const earlier = measureColumn.get(match.measure);
      if (earlier !== undefined) {
        problems.add(line, raw, `kolom ${quote(cell)} bevat hetzelfde onderwerp (${match.measure}) als kolom ${quote(earlier)}`);
        layout.broken = true;
        return;
      }
      measureColumn.set(match.measure, cell);
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
      unknown.push(raw);
    }
  });

  const expected = expectedTopicHeaders(spec).map(quote).join(', ');
  for (const raw of unknown) {
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
  if (topicLike === 0) {
    problems.add(line, '', `de kopregel heeft geen onderwerpkolom; verwacht een of meer van: ${expected}`);
  }
  if (layout.topics.length === 0) layout.broken = true;
  if (problems.size > before) {
    const fits = Object.values(CBS_TABLES)
      .filter((other) => other.tableId !== spec.tableId && headerFits(other, header.fields))
      .map((other) => other.tableId);
    if (fits.length > 0) {
      problems.add(line, '', `de kopregel past bij tabel ${fits.join(' of ')}, niet bij ${spec.tableId}; kies de juiste tabel`);
    }
  }
  return layout;
}

/** Counts larger than this cannot be Veilig Thuis figures (the Netherlands has about 18 million inhabitants). */
const LARGEST_PLAUSIBLE_VALUE = 1e9;

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
  if (bytes.length === 0) {
    problems.add(0, '', 'het bestand is leeg');
    return done();
  }
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) {
    problems.push(decoded.problem);
    return done();
  }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === '') {
    problems.add(0, '', 'het bestand is leeg');
    return done();
  }
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') {
    problems.add(0, '', 'dit is een JSON-bestand, geen CSV; gebruik de OData-import of download "CSV met statistische symbolen"');
    return done();
  }

  const lines = text.split(/\r\n|\n|\r/);
  const records = parseRecords(text, lines, problems);
  const [header, ...rows] = records;
  if (!header) {
    problems.add(0, '', 'het bestand heeft geen kopregel');
    return done();
  }
  if (header.fields.length === 1 && /[,\t]/.test(header.fields[0])) {
    problems.add(
      header.line,
      '',
      'de kopregel bevat geen ";"; CBS-bestanden gebruiken ";" als scheidingsteken (download "CSV met statistische symbolen")',
    );
    return done();
  }

  const layout = readHeader(spec, header, problems);
  if (rows.length === 0) {
    problems.add(0, '', 'het bestand bevat alleen een kopregel en geen gegevens');
  }

  const plain = rows.some((row) => {
    const raw = lines[row.line - 1];
    return raw !== undefined && !allFieldsQuoted(raw);
  });
  const dimensionTitles = allDimensionTitles();
  const headerText = JSON.stringify(header.fields.map((f) => f.trim()));
  const duplicates = new DuplicateTracker(problems, 'regel');
  const width = header.fields.length;
  const lastLine = records[records.length - 1]?.line;

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const line = row.line;
    const cells = row.fields.map((f) => f.trim());

    // A second header: a concatenation of downloads.
    if (cells.some((c) => dimensionTitles.has(c))) {
      if (JSON.stringify(cells) === headerText) {
        problems.add(line, '', 'tweede kopregel: het bestand bevat meer dan één download; importeer elke download apart');
        continue;
      }
      const last = rows[rows.length - 1].line;
      problems.add(
        line,
        '',
        `tweede kopregel met andere kolommen: regels ${line}–${last} horen bij een andere tabel of selectie; importeer elke tabel apart`,
      );
      break;
    }

    if (line === lastLine && !/[\r\n]$/.test(text) && row.fields.length === width && cells[width - 1] === '') {
      problems.add(line, '', 'de laatste regel eindigt zonder waarde en zonder regeleinde: het bestand is afgebroken; download het opnieuw');
      continue;
    }
    if (row.fields.length !== width) {
      if (line === lastLine && row.fields.length < width) {
        problems.add(
          line,
          '',
          `te weinig velden (${row.fields.length} van ${width}): de laatste regel is afgebroken; het bestand is waarschijnlijk onvolledig`,
        );
      } else {
        problems.add(line, '', `${row.fields.length} velden, de kopregel heeft er ${width}`);
      }
      continue;
    }

    let valid = !layout.broken;
    const categoryParts: { dimension: string; title: string }[] = [];
    for (const c of layout.categoryIndexes) {
      if (c.index === undefined) continue;
      const title = cells[c.index];
      if (title === '') {
        problems.add(line, header.fields[c.index], 'lege categorie');
        valid = false;
      } else if (looksLikeFormula(title)) {
        problems.add(line, header.fields[c.index], `begint met een formuleteken, geen CBS-categorie: ${quote(title)}`);
        valid = false;
      }
      categoryParts.push({ dimension: c.dimension, title });
    }

    let regionCode: string | undefined;
    let regionKey: string | undefined;
    if (layout.regionIndex !== undefined) {
      const title = cells[layout.regionIndex];
      regionCode = title === '' ? undefined : regions.codeForTitle(title);
      if (regionCode === undefined) {
        problems.add(line, header.fields[layout.regionIndex], title === '' ? 'lege regio' : `onbekende regio ${quote(title)}`);
        valid = false;
      }
      regionKey = regionCode ?? title;
    }

    let period: { period: string; provisional: boolean } | undefined;
    if (layout.periodIndex !== undefined) {
      const title = cells[layout.periodIndex];
      period = periodFromTitle(title);
      if (!period) {
        problems.add(line, header.fields[layout.periodIndex], title === '' ? 'lege periode' : describeUnsupportedPeriodTitle(title));
        valid = false;
      } else if (options.latestYear !== undefined && Number(period.period.slice(0, 4)) > options.latestYear) {
        problems.add(line, header.fields[layout.periodIndex], `periode ${quote(title)} ligt in de toekomst (na ${options.latestYear})`);
        valid = false;
      }
    }

    const values: { topic: TopicColumn; cell: NonNullable<ReturnType<typeof parseCbsCell>> }[] = [];
    for (const topic of layout.topics) {
      const raw = row.fields[topic.index];
      const cell = parseCbsCell(raw);
      if (!cell) {
        problems.add(line, topic.header, `geen getal: ${quote(raw.trim())}`);
        valid = false;
        continue;
      }
      if (cell.status === 'VALUE' && cell.value > LARGEST_PLAUSIBLE_VALUE) {
        problems.add(line, topic.header, `onwaarschijnlijk groot getal: ${raw.trim()}`);
        valid = false;
        continue;
      }
      if (cell.status === 'VALUE' && cell.value < 0) {
        const unit = MEASURES[topic.measure].unit;
        problems.add(line, topic.header, `${unit === '%' ? 'negatief percentage' : 'negatief aantal'}: ${raw.trim()}`);
        valid = false;
        continue;
      }
      values.push({ topic, cell: plain && cell.status === 'EMPTY' ? { status: 'SECRET', value: null } : cell });
    }

    const category = categoryLabel(categoryParts);
    if (regionKey !== undefined && regionKey !== '' && period && categoryParts.every((p) => p.title !== '') && !layout.broken) {
      duplicates.check(line, category, regionKey, period.period);
    }
    if (!valid || regionCode === undefined || !period) continue;
    for (const { topic, cell } of values) {
      observations.push({
        tableId,
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
  return done();
}
