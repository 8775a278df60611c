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
import type { CbsObservation, CbsParseResult, RegionLookup } from './cbs.types';

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

export function parseCbsODataBundle(bytes: Uint8Array, regions: RegionLookup): CbsParseResult {
  const problems = new ProblemList();
  const observations: CbsObservation[] = [];
  let tableId = '';
  const done = () => finish(tableId, 'odata', observations, problems);

  if (bytes.length === 0) {
    problems.add(0, '', 'het bestand is leeg');
    return done();
  }
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) {
    problems.push({ ...decoded.problem, reason: decoded.problem.reason.replace('(CSV met statistische symbolen)', '(JSON)') });
    return done();
  }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === '') {
    problems.add(0, '', 'het bestand is leeg');
    return done();
  }
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch (error) {
    problems.add(0, '', jsonErrorReason(error, text));
    return done();
  }
  if (!isObject(root)) {
    problems.add(0, '', 'de bundel moet een JSON-object zijn met "tableId", "DataProperties", de dimensies en "TypedDataSet"');
    return done();
  }

  // --- table -------------------------------------------------------------------------------------------------
  const rawTableId = root.tableId;
  if (typeof rawTableId !== 'string' || rawTableId.trim() === '') {
    problems.add(0, 'tableId', 'ontbrekend onderdeel "tableId" (bijvoorbeeld "84849NED")');
    return done();
  }
  tableId = rawTableId.trim();
  const spec = CBS_TABLES[tableId];
  if (!spec) {
    problems.add(0, 'tableId', `onbekende tabel ${quote(tableId)}; ondersteund: ${Object.keys(CBS_TABLES).join(', ')}`);
    return done();
  }

  // --- pieces ------------------------------------------------------------------------------------------------
  const missing: string[] = [];
  const piece = (name: string, required: boolean): Json[] | undefined => {
    const value = root[name];
    if (value === undefined) {
      if (required) missing.push(name);
      return undefined;
    }
    if (Array.isArray(value)) return value;
    if (isObject(value)) {
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
      if (Array.isArray(value.value)) return value.value;
      if (name === 'TableInfos') return [value];
    }
    problems.add(0, name, `onderdeel ${quote(name)} moet een lijst zijn of een object met een "value"-lijst`);
    return undefined;
  };

  const tableInfos = piece('TableInfos', false);
  if (tableInfos && isObject(tableInfos[0])) {
    const identifier = tableInfos[0].Identifier;
    if (typeof identifier === 'string' && identifier.trim() !== tableId) {
      problems.add(0, 'TableInfos', `TableInfos beschrijft tabel ${identifier.trim()}, de bundel is voor ${tableId}`);
    }
  }

  const dataProperties = piece('DataProperties', true);
  const typed = piece('TypedDataSet', root.UntypedDataSet === undefined);
  const untyped = piece('UntypedDataSet', false);

  // --- DataProperties ----------------------------------------------------------------------------------------
  interface Dim {
    key: string;
    title: string;
    type: string;
  }
  const dims: Dim[] = [];
  const topicProps: { key: string; measure: string | undefined }[] = [];
  const groups = new Map<number, { title: string; parent: number | null }>();
  const topicEntries: { key: string; title: string; parent: number | null; unit: string | undefined }[] = [];

  if (dataProperties) {
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

    const geo = dims.filter((d) => d.type === 'GeoDimension' || d.type === 'GeoDetail');
    const time = dims.filter((d) => d.type === 'TimeDimension');
    const categories = dims.filter((d) => d.type === 'Dimension');
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

    const pathOf = (title: string, parent: number | null): string => {
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
    };
    const measureKeys = new Map<string, string>();
    const expected = expectedTopicHeaders(spec).map(quote).join(', ');
    for (const topic of topicEntries) {
      const path = pathOf(topic.title, topic.parent);
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
    if (topicEntries.length === 0) problems.add(0, 'DataProperties', `DataProperties heeft geen onderwerpen (Type "Topic")`);
  }

  // --- dimension endpoints -----------------------------------------------------------------------------------
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
  for (const name of missing) {
    problems.add(0, name, `ontbrekend onderdeel ${quote(name)}${name === 'TypedDataSet' ? ' (of "UntypedDataSet")' : ''}`);
  }
  const rows = typed ?? untyped;
  const geoDim = dims.filter((d) => d.type === 'GeoDimension' || d.type === 'GeoDetail');
  const timeDim = dims.filter((d) => d.type === 'TimeDimension');
  // Without these the rows cannot be read; other problems still allow checking every row.
  if (!rows || !dataProperties || missing.length > 0 || dims.some((d) => !dimItems.has(d.key)) || geoDim.length !== 1 || timeDim.length !== 1)
    return done();

  // --- rows --------------------------------------------------------------------------------------------------
  const untypedById = new Map<number, JsonObject>();
  if (typed && untyped) {
    for (const row of untyped) if (isObject(row) && typeof row.ID === 'number') untypedById.set(row.ID, row);
  }
  const source = typed ? 'TypedDataSet' : 'UntypedDataSet';
  if (rows.length === 0) problems.add(0, source, `${source} bevat geen rijen`);
  const known = new Set<string>(['ID', ...dims.map((d) => d.key), ...topicProps.map((t) => t.key)]);
  const geoKey = geoDim[0].key;
  const timeKey = timeDim[0].key;
  const categoryDims = dims.filter((d) => d.type === 'Dimension');
  const duplicates = new DuplicateTracker(problems, 'rij');

  rows.forEach((row, i) => {
    const line = i + 1;
    if (!isObject(row)) {
      problems.add(line, '', `rij ${line} van ${source} is geen object`);
      return;
    }
    let valid = true;
    for (const prop of Object.keys(row)) {
      if (!known.has(prop)) {
        problems.add(line, prop, `eigenschap ${quote(prop)} staat niet in DataProperties (rij van een andere tabel?)`);
        valid = false;
      }
    }
    const lookup = (key: string): { key: string; item: DimensionItem } | undefined => {
      const raw = row[key];
      if (typeof raw !== 'string') {
        problems.add(line, key, raw === undefined ? `eigenschap ${quote(key)} ontbreekt` : `sleutel ${describe(raw)} is geen tekst`);
        return undefined;
      }
      const trimmed = raw.trim();
      const item = dimItems.get(key)?.get(trimmed);
      if (!item) {
        problems.add(line, key, `sleutel ${quote(trimmed)} staat niet in ${quote(key)}`);
        return undefined;
      }
      return { key: trimmed, item };
    };

    const parts: { dimension: string; title: string }[] = [];
    for (const dim of categoryDims) {
      const found = lookup(dim.key);
      if (found) parts.push({ dimension: dim.title, title: found.item.title });
      else valid = false;
    }
    const region = lookup(geoKey);
    let regionCode: string | undefined;
    if (region) {
      if (regions.isKnownCode(region.key)) regionCode = region.key;
      else problems.add(line, geoKey, `onbekende regiocode ${quote(region.key)} (${region.item.title})`);
    }
    const periodFound = lookup(timeKey);
    let period: string | undefined;
    let provisional = false;
    if (periodFound) {
      const result = periodFromKey(periodFound.key);
      if ('problem' in result) problems.add(line, timeKey, result.problem);
      else {
        period = result.period;
        provisional = periodFound.item.status !== 'Definitief';
      }
    }

    const values: { measure: string; cell: ParsedCell }[] = [];
    const extra = typed && typeof row.ID === 'number' ? untypedById.get(row.ID) : undefined;
    for (const topic of topicProps) {
      if (topic.measure === undefined) continue;
      const raw = row[topic.key];
      let cell: ParsedCell | undefined;
      if (raw === undefined) {
        problems.add(line, topic.key, `eigenschap ${quote(topic.key)} ontbreekt`);
        valid = false;
        continue;
      }
      if (raw === null) {
        const refined = extra && typeof extra[topic.key] === 'string' ? parseCbsCell(extra[topic.key] as string) : undefined;
        cell = refined && refined.status !== 'VALUE' ? refined : { status: 'SECRET', value: null };
      } else if (typeof raw === 'number' && Number.isFinite(raw)) {
        cell = { status: 'VALUE', value: raw };
      } else if (typeof raw === 'string' && !typed) {
        cell = parseCbsCell(raw);
      }
      if (!cell) {
        problems.add(line, topic.key, `geen getal: ${describe(raw)}`);
        valid = false;
        continue;
      }
      if (cell.status === 'VALUE' && cell.value < 0) {
        const unit = MEASURES[topic.measure].unit;
        problems.add(line, topic.key, `${unit === '%' ? 'negatief percentage' : 'negatief aantal'}: ${cell.value}`);
        valid = false;
        continue;
      }
      values.push({ measure: topic.measure, cell });
    }

    const category = categoryLabel(parts);
    if (region && period && parts.length === categoryDims.length) duplicates.check(line, category, region.key, period);
    if (!valid || regionCode === undefined || period === undefined) return;
    for (const { measure, cell } of values) {
      observations.push({
        tableId,
        measure,
        category,
        regionCode,
        period,
        value: cell.value,
        status: cell.status,
        provisional,
        line,
      });
    }
  });
  return done();
}
