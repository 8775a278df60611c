/**
 * Parser for a CBS OData v3 bundle: the pieces of one table, as a download tool saves them in one JSON file.
 *
 * ## Bundle format (UTF-8 JSON object)
 *
 * ```json
 * {
 *   "tableId": "84849NED",
 *   "TableInfos":     { "odata.metadata": "...", "value": [ { "Identifier": "84849NED", ... } ] },
 *   "DataProperties": { "odata.metadata": "...", "value": [ { "ID": 0, "Type": "Dimension", "Key": "...", "Title": "Kenmerken adviezen/meldingen", ... }, ... ] },
 *   "RegioS":         { "value": [ { "Key": "NL01  ", "Title": "Nederland", ... }, ... ] },
 *   "Perioden":       { "value": [ { "Key": "2023JJ00", "Title": "2023", "Status": "Voorlopig", ... }, ... ] },
 *   "<Kenmerken key>": { "value": [ { "Key": "...", "Title": "Totaal", ... }, ... ] },
 *   "TypedDataSet":   { "value": [ { "ID": 0, "<Kenmerken key>": "...", "RegioS": "NL01  ", "Perioden": "2023JJ00", "GestarteAdviezen_1": 143210, ... } ] }
 * }
 * ```
 *
 * - `tableId` (string) names the table; it must be one of CBS_TABLES.
 * - Every other piece is the OData response of the endpoint of the same name
 *   (`https://opendata.cbs.nl/ODataFeed/odata/{tableId}/{piece}?$format=json`): either the response object with its
 *   `value` array, or the bare array. A piece that still carries `odata.nextLink` is incomplete: follow the links
 *   and concatenate all pages into one `value` array first.
 * - Required: `tableId`, `DataProperties`, `TypedDataSet`, and one piece per dimension in DataProperties (Type
 *   `Dimension`, `TimeDimension`, `GeoDimension`/`GeoDetail`), named after its `Key` (usually `RegioS` and
 *   `Perioden`, plus the table's "Kenmerken" dimension, whose key is read from DataProperties). `TableInfos` is
 *   optional (when present its `Identifier` must equal `tableId`).
 * - Optional: `UntypedDataSet`. When present next to `TypedDataSet`, its cells (matched on `ID`) tell a secret
 *   cell (".") from an impossible one (""); without it every JSON `null` counts as SECRET. An `UntypedDataSet`
 *   alone is accepted too.
 *
 * Keys are read from DataProperties, never derived from titles: topic Title (with the titles of its TopicGroup
 * parents, "Group/Sub/Topic", and its Unit) → measure key via the TableSpec; region keys are trimmed ("NL01  " →
 * "NL01"); period keys → "2023" / "2025-H1", provisional when the Perioden Status is not "Definitief"; the category
 * is the Title of the row's key in the Kenmerken dimension ("Dim1: Cat1; Dim2: Cat2" for two such dimensions).
 * A problem's `line` is the 1-based row number in the data set (0 for the bundle as a whole) and its `column`
 * the piece or property key.
 */
import { CBS_TABLES, MEASURES, categoryDimensionsOf, categoryLabel, expectedTopicHeaders, matchTopic } from './cbs-tables';
import { DuplicateTracker, ProblemList, decodeUtf8, finish, parseCbsCell, type ParsedCell } from './cbs-common';
import { periodFromKey } from './cbs-periods';
import type { CbsObservation, CbsParseResult, RegionLookup, TableSpec } from './cbs.types';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const DIMENSION_TYPES = ['Dimension', 'TimeDimension', 'GeoDimension', 'GeoDetail'];
const KNOWN_TYPES = [...DIMENSION_TYPES, 'Topic', 'TopicGroup'];

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function quote(s: string): string {
  return `"${s}"`;
}

function describe(value: Json): string {
  return typeof value === 'string' ? quote(value) : JSON.stringify(value);
}

/** "Unexpected token } in JSON at position 12" → line and column in the text. */
function jsonErrorReason(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  if (!match) return `ongeldige JSON: ${message}`;
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `ongeldige JSON op positie ${position} (regel ${line}, kolom ${column}): ${message}`;
}

interface DimensionItem {
  title: string;
  status: string | undefined;
}

interface Dim {
  key: string;
  title: string;
  type: string;
}

interface TopicProp {
  key: string;
  measure: string | undefined;
}

interface TopicEntry {
  key: string;
  title: string;
  parent: number | null;
  unit: string | undefined;
}

type TopicGroups = Map<number, { title: string; parent: number | null }>;

/** Reads one piece of the bundle (its `value` list), noting a missing required piece in `missing`. */
type PieceReader = (name: string, required: boolean) => Json[] | undefined;

const isGeo = (d: Dim) => d.type === 'GeoDimension' || d.type === 'GeoDetail';
const isTime = (d: Dim) => d.type === 'TimeDimension';
const isCategory = (d: Dim) => d.type === 'Dimension';

/** Bytes → the bundle's root object, or undefined after adding the problem. */
function readRoot(bytes: Uint8Array, problems: ProblemList): JsonObject | undefined {
  if (bytes.length === 0) {
    problems.add(0, '', 'het bestand is leeg');
    return undefined;
  }
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) {
    problems.push({ ...decoded.problem, reason: decoded.problem.reason.replace('(CSV met statistische symbolen)', '(JSON)') });
    return undefined;
  }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === '') {
    problems.add(0, '', 'het bestand is leeg');
    return undefined;
  }
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch (error) {
    problems.add(0, '', jsonErrorReason(error, text));
    return undefined;
  }
  if (!isObject(root)) {
    problems.add(0, '', 'de bundel moet een JSON-object zijn met "tableId", "DataProperties", de dimensies en "TypedDataSet"');
    return undefined;
  }
  return root;
}

function pieceReader(root: JsonObject, tableId: string, problems: ProblemList, missing: string[]): PieceReader {
  return (name, required) => {
    const value = root[name];
    if (value === undefined) {
      if (required) missing.push(name);
      return undefined;
    }
    if (Array.isArray(value)) return value;
    if (isObject(value)) {
      checkPieceSource(value, name, tableId, problems);
      if (Array.isArray(value.value)) return value.value;
      if (name === 'TableInfos') return [value];
    }
    problems.add(0, name, `onderdeel ${quote(name)} moet een lijst zijn of een object met een "value"-lijst`);
    return undefined;
  };
}

/** A piece must be complete (no next page) and come from the bundle's own table. */
function checkPieceSource(value: JsonObject, name: string, tableId: string, problems: ProblemList): void {
  const link = value['odata.nextLink'] ?? value['@odata.nextLink'];
  if (typeof link === 'string') {
    problems.add(0, name, `onderdeel ${quote(name)} is onvolledig: het bevat "odata.nextLink" (${link}); haal alle pagina's op en voeg ze samen`);
  }
  const metadata = value['odata.metadata'];
  if (typeof metadata === 'string') {
    const source = /\/odata\/([0-9A-Za-z]+)\/\$metadata/i.exec(metadata)?.[1];
    if (source && source.toUpperCase() !== tableId.toUpperCase()) {
      problems.add(0, name, `onderdeel ${quote(name)} komt uit tabel ${source}, de bundel is voor ${tableId}`);
    }
  }
}

function checkTableInfos(tableInfos: Json[] | undefined, tableId: string, problems: ProblemList): void {
  if (!tableInfos || !isObject(tableInfos[0])) return;
  const identifier = tableInfos[0].Identifier;
  if (typeof identifier === 'string' && identifier.trim() !== tableId) {
    problems.add(0, 'TableInfos', `TableInfos beschrijft tabel ${identifier.trim()}, de bundel is voor ${tableId}`);
  }
}

/** Sorts the DataProperties entries into dimensions, topic groups and topics. */
function classifyDataProperties(dataProperties: Json[], problems: ProblemList) {
  const dims: Dim[] = [];
  const groups: TopicGroups = new Map();
  const topicEntries: TopicEntry[] = [];
  dataProperties.forEach((entry, i) => {
    if (!isObject(entry) || typeof entry.Type !== 'string') {
      problems.add(0, 'DataProperties', `DataProperties item ${i + 1} heeft geen "Type"`);
      return;
    }
    const type = entry.Type;
    const key = typeof entry.Key === 'string' ? entry.Key.trim() : '';
    const title = typeof entry.Title === 'string' ? entry.Title.trim() : key;
    const parent = typeof entry.ParentID === 'number' ? entry.ParentID : null;
    if (!KNOWN_TYPES.includes(type)) {
      problems.add(0, key || 'DataProperties', `DataProperties item ${i + 1} heeft onbekend type ${quote(type)}`);
      return;
    }
    if (type === 'TopicGroup') {
      if (typeof entry.ID === 'number') groups.set(entry.ID, { title, parent });
      return;
    }
    if (key === '') {
      problems.add(0, 'DataProperties', `DataProperties item ${i + 1} (${type}) heeft geen "Key"`);
      return;
    }
    if (DIMENSION_TYPES.includes(type)) dims.push({ key, title, type });
    else topicEntries.push({ key, title, parent, unit: typeof entry.Unit === 'string' ? entry.Unit.trim() : undefined });
  });
  return { dims, groups, topicEntries };
}

function checkDimensionCounts(dims: Dim[], spec: TableSpec, tableId: string, problems: ProblemList): void {
  const geo = dims.filter(isGeo);
  const time = dims.filter(isTime);
  const categories = dims.filter(isCategory);
  if (geo.length !== 1) {
    problems.add(0, 'DataProperties', `DataProperties moet precies één regiodimensie (GeoDimension) hebben, gevonden: ${geo.length}`);
  }
  if (time.length !== 1) {
    problems.add(0, 'DataProperties', `DataProperties moet precies één tijdsdimensie (TimeDimension) hebben, gevonden: ${time.length}`);
  }
  const expectedCategories = categoryDimensionsOf(spec);
  if (expectedCategories.length === 0 && categories.length > 0) {
    problems.add(
      0,
      'DataProperties',
      `tabel ${tableId} heeft geen kenmerkdimensie, maar DataProperties noemt ${categories.map((d) => quote(d.title)).join(', ')}`,
    );
  } else if (expectedCategories.length > 0 && categories.length === 0) {
    problems.add(0, 'DataProperties', `DataProperties heeft geen kenmerkdimensie; verwacht ${expectedCategories.map(quote).join(', ')}`);
  }
}

/** "Group/Sub/Topic": the topic's title behind the titles of its TopicGroup parents. */
function topicPath(title: string, parent: number | null, groups: TopicGroups): string {
  const parts = [title];
  const visited = new Set<number>();
  let id = parent;
  while (id !== null && groups.has(id) && !visited.has(id)) {
    visited.add(id);
    const group = groups.get(id)!;
    parts.unshift(group.title);
    id = group.parent;
  }
  return parts.join('/');
}

/** Each topic → its measure via the TableSpec (undefined when it matches none, or one already taken). */
function matchTopics(topicEntries: TopicEntry[], groups: TopicGroups, spec: TableSpec, tableId: string, problems: ProblemList): TopicProp[] {
  const topicProps: TopicProp[] = [];
  const measureKeys = new Map<string, string>();
  const expected = expectedTopicHeaders(spec).map(quote).join(', ');
  for (const topic of topicEntries) {
    const path = topicPath(topic.title, topic.parent, groups);
    const match = matchTopic(spec, path, topic.unit);
    const shown = `${quote(path)}${topic.unit ? ` (${topic.unit})` : ''}`;
    if (match.measure !== undefined) {
      const earlier = measureKeys.get(match.measure);
      if (earlier !== undefined) {
        problems.add(0, topic.key, `onderwerp ${shown} (${topic.key}) heeft hetzelfde onderwerp (${match.measure}) als ${earlier}`);
        topicProps.push({ key: topic.key, measure: undefined });
        continue;
      }
      measureKeys.set(match.measure, topic.key);
      topicProps.push({ key: topic.key, measure: match.measure });
    } else {
      topicProps.push({ key: topic.key, measure: undefined });
      if (match.reason === 'ambiguous') {
        problems.add(0, topic.key, `onderwerp ${shown} is niet eenduidig: past bij ${match.candidates.map(quote).join(', ')}`);
      } else if (match.reason === 'unit') {
        problems.add(0, topic.key, `onderwerp ${shown} heeft eenheid ${quote(topic.unit ?? '')}, verwacht ${quote(match.expectedUnit)}`);
      } else {
        problems.add(0, topic.key, `onbekend onderwerp ${shown} voor tabel ${tableId}; verwacht: ${expected}`);
      }
    }
  }
  return topicProps;
}

function readDataProperties(dataProperties: Json[] | undefined, spec: TableSpec, tableId: string, problems: ProblemList) {
  if (!dataProperties) return { dims: [] as Dim[], topicProps: [] as TopicProp[] };
  const { dims, groups, topicEntries } = classifyDataProperties(dataProperties, problems);
  checkDimensionCounts(dims, spec, tableId, problems);
  const topicProps = matchTopics(topicEntries, groups, spec, tableId, problems);
  if (topicEntries.length === 0) problems.add(0, 'DataProperties', `DataProperties heeft geen onderwerpen (Type "Topic")`);
  return { dims, topicProps };
}

/** The items of each dimension endpoint by their trimmed key. */
function readDimensionItems(dims: Dim[], piece: PieceReader, problems: ProblemList): Map<string, Map<string, DimensionItem>> {
  const dimItems = new Map<string, Map<string, DimensionItem>>();
  for (const dim of dims) {
    const items = piece(dim.key, true);
    if (!items) continue;
    const map = new Map<string, DimensionItem>();
    items.forEach((item, i) => {
      if (!isObject(item) || typeof item.Key !== 'string') {
        problems.add(0, dim.key, `item ${i + 1} van ${quote(dim.key)} heeft geen "Key"`);
        return;
      }
      const key = item.Key.trim();
      map.set(key, {
        title: typeof item.Title === 'string' ? item.Title.trim() : key,
        status: typeof item.Status === 'string' ? item.Status.trim() : undefined,
      });
    });
    dimItems.set(dim.key, map);
  }
  return dimItems;
}

/** What every row of the data set is read against. */
interface RowContext {
  tableId: string;
  source: string;
  typed: boolean;
  known: Set<string>;
  geoKey: string;
  timeKey: string;
  categoryDims: Dim[];
  topicProps: TopicProp[];
  dimItems: Map<string, Map<string, DimensionItem>>;
  untypedById: Map<number, JsonObject>;
  regions: RegionLookup;
  problems: ProblemList;
  duplicates: DuplicateTracker;
  observations: CbsObservation[];
}

function checkKnownProperties(row: JsonObject, line: number, ctx: RowContext): boolean {
  let valid = true;
  for (const prop of Object.keys(row)) {
    if (!ctx.known.has(prop)) {
      ctx.problems.add(line, prop, `eigenschap ${quote(prop)} staat niet in DataProperties (rij van een andere tabel?)`);
      valid = false;
    }
  }
  return valid;
}

function lookupDimension(row: JsonObject, key: string, line: number, ctx: RowContext): { key: string; item: DimensionItem } | undefined {
  const raw = row[key];
  if (typeof raw !== 'string') {
    ctx.problems.add(line, key, raw === undefined ? `eigenschap ${quote(key)} ontbreekt` : `sleutel ${describe(raw)} is geen tekst`);
    return undefined;
  }
  const trimmed = raw.trim();
  const item = ctx.dimItems.get(key)?.get(trimmed);
  if (!item) {
    ctx.problems.add(line, key, `sleutel ${quote(trimmed)} staat niet in ${quote(key)}`);
    return undefined;
  }
  return { key: trimmed, item };
}

function readRegion(row: JsonObject, line: number, ctx: RowContext) {
  const region = lookupDimension(row, ctx.geoKey, line, ctx);
  let regionCode: string | undefined;
  if (region) {
    if (ctx.regions.isKnownCode(region.key)) regionCode = region.key;
    else ctx.problems.add(line, ctx.geoKey, `onbekende regiocode ${quote(region.key)} (${region.item.title})`);
  }
  return { region, regionCode };
}

function readPeriod(row: JsonObject, line: number, ctx: RowContext): { period: string | undefined; provisional: boolean } {
  const periodFound = lookupDimension(row, ctx.timeKey, line, ctx);
  if (!periodFound) return { period: undefined, provisional: false };
  const result = periodFromKey(periodFound.key);
  if ('problem' in result) {
    ctx.problems.add(line, ctx.timeKey, result.problem);
    return { period: undefined, provisional: false };
  }
  return { period: result.period, provisional: periodFound.item.status !== 'Definitief' };
}

/** A cell of the data set; a JSON null is refined by the untyped cell ("." secret, "" empty) when there is one. */
function readCell(raw: Json, key: string, extra: JsonObject | undefined, typed: boolean): ParsedCell | undefined {
  if (raw === null) {
    const refined = extra && typeof extra[key] === 'string' ? parseCbsCell(extra[key]) : undefined;
    return refined && refined.status !== 'VALUE' ? refined : { status: 'SECRET', value: null };
  }
  if (typeof raw === 'number' && Number.isFinite(raw)) return { status: 'VALUE', value: raw };
  if (typeof raw === 'string' && !typed) return parseCbsCell(raw);
  return undefined;
}

function readValues(row: JsonObject, line: number, ctx: RowContext) {
  let valid = true;
  const values: { measure: string; cell: ParsedCell }[] = [];
  const extra = ctx.typed && typeof row.ID === 'number' ? ctx.untypedById.get(row.ID) : undefined;
  for (const topic of ctx.topicProps) {
    if (topic.measure === undefined) continue;
    const raw = row[topic.key];
    if (raw === undefined) {
      ctx.problems.add(line, topic.key, `eigenschap ${quote(topic.key)} ontbreekt`);
      valid = false;
      continue;
    }
    const cell = readCell(raw, topic.key, extra, ctx.typed);
    if (!cell) {
      ctx.problems.add(line, topic.key, `geen getal: ${describe(raw)}`);
      valid = false;
      continue;
    }
    if (cell.status === 'VALUE' && cell.value < 0) {
      const unit = MEASURES[topic.measure].unit;
      ctx.problems.add(line, topic.key, `${unit === '%' ? 'negatief percentage' : 'negatief aantal'}: ${cell.value}`);
      valid = false;
      continue;
    }
    values.push({ measure: topic.measure, cell });
  }
  return { values, valid };
}

function readRow(row: Json, i: number, ctx: RowContext): void {
  const line = i + 1;
  if (!isObject(row)) {
    ctx.problems.add(line, '', `rij ${line} van ${ctx.source} is geen object`);
    return;
  }
  let valid = checkKnownProperties(row, line, ctx);
  const parts: { dimension: string; title: string }[] = [];
  for (const dim of ctx.categoryDims) {
    const found = lookupDimension(row, dim.key, line, ctx);
    if (found) parts.push({ dimension: dim.title, title: found.item.title });
    else valid = false;
  }
  const { region, regionCode } = readRegion(row, line, ctx);
  const { period, provisional } = readPeriod(row, line, ctx);
  const read = readValues(row, line, ctx);
  valid = valid && read.valid;

  const category = categoryLabel(parts);
  if (region && period && parts.length === ctx.categoryDims.length) ctx.duplicates.check(line, category, region.key, period);
  if (!valid || regionCode === undefined || period === undefined) return;
  for (const { measure, cell } of read.values) {
    ctx.observations.push({ tableId: ctx.tableId, measure, category, regionCode, period, value: cell.value, status: cell.status, provisional, line });
  }
}

/** The table named by the bundle: its trimmed id, and its spec when it is a supported table. */
function readTableId(root: JsonObject, problems: ProblemList): { tableId: string; spec?: TableSpec } {
  const rawTableId = root.tableId;
  if (typeof rawTableId !== 'string' || rawTableId.trim() === '') {
    problems.add(0, 'tableId', 'ontbrekend onderdeel "tableId" (bijvoorbeeld "84849NED")');
    return { tableId: '' };
  }
  const tableId = rawTableId.trim();
  const spec = CBS_TABLES[tableId];
  if (!spec) problems.add(0, 'tableId', `onbekende tabel ${quote(tableId)}; ondersteund: ${Object.keys(CBS_TABLES).join(', ')}`);
  return { tableId, spec };
}

export function parseCbsODataBundle(bytes: Uint8Array, regions: RegionLookup): CbsParseResult {
  const problems = new ProblemList();
  const observations: CbsObservation[] = [];
  const root = readRoot(bytes, problems);
  if (!root) return finish('', 'odata', observations, problems);
  const { tableId, spec } = readTableId(root, problems);
  const done = () => finish(tableId, 'odata', observations, problems);
  if (!spec) return done();

  const missing: string[] = [];
  const piece = pieceReader(root, tableId, problems, missing);
  checkTableInfos(piece('TableInfos', false), tableId, problems);
  const dataProperties = piece('DataProperties', true);
  const typed = piece('TypedDataSet', root.UntypedDataSet === undefined);
  const untyped = piece('UntypedDataSet', false);
  const { dims, topicProps } = readDataProperties(dataProperties, spec, tableId, problems);
  const dimItems = readDimensionItems(dims, piece, problems);
  for (const name of missing) {
    problems.add(0, name, `ontbrekend onderdeel ${quote(name)}${name === 'TypedDataSet' ? ' (of "UntypedDataSet")' : ''}`);
  }
  const rows = typed ?? untyped;
  const geoDim = dims.filter(isGeo);
  const timeDim = dims.filter(isTime);
  // Without these the rows cannot be read; other problems still allow checking every row.
  if (!rows || !dataProperties || missing.length > 0 || dims.some((d) => !dimItems.has(d.key)) || geoDim.length !== 1 || timeDim.length !== 1)
    return done();

  const untypedById = new Map<number, JsonObject>();
  if (typed && untyped) {
    for (const row of untyped) if (isObject(row) && typeof row.ID === 'number') untypedById.set(row.ID, row);
  }
  const source = typed ? 'TypedDataSet' : 'UntypedDataSet';
  if (rows.length === 0) problems.add(0, source, `${source} bevat geen rijen`);
  const ctx: RowContext = {
    tableId,
    source,
    typed: typed !== undefined,
    known: new Set<string>(['ID', ...dims.map((d) => d.key), ...topicProps.map((t) => t.key)]),
    geoKey: geoDim[0].key,
    timeKey: timeDim[0].key,
    categoryDims: dims.filter(isCategory),
    topicProps,
    dimItems,
    untypedById,
    regions,
    problems,
    duplicates: new DuplicateTracker(problems, 'rij'),
    observations,
  };
  rows.forEach((row, i) => readRow(row, i, ctx));
  return done();
}
