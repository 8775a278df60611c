import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MUNICIPALITY_CODE_PATTERN, parseCsvObjects, regionTypeOfCode, searchKey, type RegionType } from '@monitor/domain';
import type { Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { DataSource, EntityManager } from 'typeorm';
import {
  BOUNDARY_SOURCE,
  GEOGRAPHY_YEAR,
  KEY_FIGURES_FILE,
  MEMBERSHIP_COLUMNS,
  MUNICIPALITIES_FILE,
  MUNICIPALITY_LAYER,
  REFERENCE_DATA_DIR,
  REGION_FILE_TYPES,
  REGION_LAYER_YEAR,
  REGION_LAYERS,
  REGIONS_FILE,
  STATISTIC_SOURCES,
} from './reference-data.files';

const DATASET = `geografie-${GEOGRAPHY_YEAR}`;

export class ReferenceDataError extends Error {}

export interface LoadResult {
  changed: boolean;
  municipalities: number;
  regions: number;
}

/**
 * Loads the shipped CBS/PDOK reference data in one transaction. Idempotent: when the checksum of
 * the files equals the one recorded at the previous load, nothing is touched.
 */
export async function loadReferenceData(dataSource: DataSource, dir = REFERENCE_DATA_DIR): Promise<LoadResult> {
  const files = [MUNICIPALITIES_FILE, REGIONS_FILE, KEY_FIGURES_FILE, MUNICIPALITY_LAYER.file, ...REGION_LAYERS.map((l) => l.file)];
  const contents = new Map(files.map((file) => [file, readFile(dir, file)]));
  const checksum = createHash('sha256');
  for (const file of files) checksum.update(file).update(contents.get(file)!);
  const digest = checksum.digest('hex');

  const [previous] = await dataSource.query<{ checksum: string }[]>('SELECT checksum FROM reference_dataset WHERE name = $1', [DATASET]);
  const municipalities = parseMunicipalities(contents.get(MUNICIPALITIES_FILE)!);
  const regions = parseRegions(contents.get(REGIONS_FILE)!);
  if (previous?.checksum === digest) {
    return { changed: false, municipalities: municipalities.length, regions: regions.length };
  }

  const municipalityTopology = JSON.parse(contents.get(MUNICIPALITY_LAYER.file)!) as Topology;
  const boundaries = boundariesByCode(municipalityTopology, MUNICIPALITY_LAYER.object);
  const statistics = parseStatistics(contents.get(KEY_FIGURES_FILE)!);
  checkConsistency(municipalities, regions, boundaries, statistics);

  await dataSource.transaction(async (manager) => {
    const regionIds = await upsertRegions(manager, regions);
    const municipalityIds = await upsertMunicipalities(manager, municipalities);
    await replaceMemberships(manager, municipalities, municipalityIds, regionIds);
    await upsertBoundaries(manager, boundaries, municipalityIds);
    await upsertStatistics(manager, statistics, municipalityIds);
    await upsertLayer(manager, MUNICIPALITY_LAYER, contents.get(MUNICIPALITY_LAYER.file)!);
    for (const layer of REGION_LAYERS) await upsertLayer(manager, layer, contents.get(layer.file)!);
    await manager.query(
      `INSERT INTO reference_dataset (name, checksum) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, loaded_at = now()`,
      [DATASET, digest],
    );
  });
  return { changed: true, municipalities: municipalities.length, regions: regions.length };
}

function readFile(dir: string, file: string): string {
  try {
    return fs.readFileSync(path.join(dir, file), 'utf8');
  } catch (error) {
    throw new ReferenceDataError(`Referentiebestand ${file} ontbreekt in ${dir}: ${(error as Error).message}`);
  }
}

interface MunicipalityRow {
  code: string;
  name: string;
  memberships: Record<RegionType, string>;
}

function parseMunicipalities(text: string): MunicipalityRow[] {
  return parseCsvObjects(text).map(({ line, values }) => {
    if (!MUNICIPALITY_CODE_PATTERN.test(values.gm_code ?? '')) {
      throw new ReferenceDataError(`${MUNICIPALITIES_FILE} regel ${line}: ongeldige gemeentecode "${values.gm_code}"`);
    }
    const memberships = Object.fromEntries(Object.entries(MEMBERSHIP_COLUMNS).map(([type, column]) => [type, values[column]])) as Record<
      RegionType,
      string
    >;
    return { code: values.gm_code, name: values.gm_name, memberships };
  });
}

interface RegionRow {
  code: string;
  name: string;
  type: RegionType;
}

function parseRegions(text: string): RegionRow[] {
  return parseCsvObjects(text).map(({ line, values }) => {
    const type = REGION_FILE_TYPES[values.region_type];
    if (!type || regionTypeOfCode(values.region_code) !== type) {
      throw new ReferenceDataError(`${REGIONS_FILE} regel ${line}: regio "${values.region_code}" past niet bij indeling "${values.region_type}"`);
    }
    return { code: values.region_code, name: values.region_name, type };
  });
}

interface StatisticRow {
  code: string;
  variable: string;
  year: number;
  value: number;
}

function parseStatistics(text: string): StatisticRow[] {
  const rows: StatisticRow[] = [];
  for (const { line, values } of parseCsvObjects(text)) {
    for (const [column, raw] of Object.entries(values)) {
      const match = /^(.+)_(\d{4})$/.exec(column);
      if (!match || raw === '') continue;
      const value = Number(raw);
      if (!Number.isFinite(value)) {
        throw new ReferenceDataError(`${KEY_FIGURES_FILE} regel ${line}, kolom ${column}: "${raw}" is geen getal`);
      }
      rows.push({ code: values.gm_code, variable: match[1], year: Number(match[2]), value });
    }
  }
  return rows;
}

function boundariesByCode(topology: Topology, object: string): Map<string, Geometry> {
  const collection = feature(topology, topology.objects[object]);
  const features = 'features' in collection ? collection.features : [collection];
  return new Map(features.map((f) => [String(f.properties?.statcode), f.geometry]));
}

function checkConsistency(
  municipalities: MunicipalityRow[],
  regions: RegionRow[],
  boundaries: Map<string, Geometry>,
  statistics: StatisticRow[],
): void {
  const regionCodes = new Set(regions.map((r) => r.code));
  const codes = new Set(municipalities.map((m) => m.code));
  const problems: string[] = [];
  if (codes.size !== municipalities.length) problems.push('dubbele gemeentecodes');
  for (const m of municipalities) {
    if (!boundaries.has(m.code)) problems.push(`${m.code} heeft geen grens`);
    for (const code of Object.values(m.memberships)) {
      if (!regionCodes.has(code)) problems.push(`${m.code} verwijst naar onbekende regio ${code}`);
    }
  }
  for (const code of boundaries.keys()) if (!codes.has(code)) problems.push(`grens ${code} hoort bij geen gemeente`);
  for (const s of statistics) if (!codes.has(s.code)) problems.push(`kerncijfer voor onbekende gemeente ${s.code}`);
  if (problems.length > 0) throw new ReferenceDataError(`Referentiedata inconsistent: ${problems.slice(0, 10).join('; ')}`);
}

async function upsertRegions(manager: EntityManager, regions: RegionRow[]): Promise<Map<string, number>> {
  const rows: { id: number; code: string }[] = await manager.query(
    `INSERT INTO region (code, name, type, valid_from)
     SELECT * FROM unnest($1::varchar[], $2::text[], $3::region_type[], $4::int[])
     ON CONFLICT (code, valid_from) DO UPDATE SET name = EXCLUDED.name, type = EXCLUDED.type
     RETURNING id, code`,
    [regions.map((r) => r.code), regions.map((r) => r.name), regions.map((r) => r.type), regions.map(() => REGION_LAYER_YEAR)],
  );
  return new Map(rows.map((r) => [r.code, r.id]));
}

async function upsertMunicipalities(manager: EntityManager, municipalities: MunicipalityRow[]): Promise<Map<string, number>> {
  const rows: { id: number; code: string }[] = await manager.query(
    `INSERT INTO municipality (code, name, search_name, valid_from)
     SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::int[])
     ON CONFLICT (code, valid_from) DO UPDATE SET name = EXCLUDED.name, search_name = EXCLUDED.search_name
     RETURNING id, code`,
    [
      municipalities.map((m) => m.code),
      municipalities.map((m) => m.name),
      municipalities.map((m) => searchKey(m.name)),
      municipalities.map(() => GEOGRAPHY_YEAR),
    ],
  );
  return new Map(rows.map((r) => [r.code, r.id]));
}

async function replaceMemberships(
  manager: EntityManager,
  municipalities: MunicipalityRow[],
  municipalityIds: Map<string, number>,
  regionIds: Map<string, number>,
): Promise<void> {
  const ids = [...municipalityIds.values()];
  await manager.query('DELETE FROM region_membership WHERE municipality_id = ANY($1) AND valid_from = $2', [ids, GEOGRAPHY_YEAR]);
  const pairs = municipalities.flatMap((m) =>
    Object.values(m.memberships).map((regionCode) => [municipalityIds.get(m.code)!, regionIds.get(regionCode)!]),
  );
  await manager.query(
    `INSERT INTO region_membership (municipality_id, region_id, valid_from)
     SELECT m, r, $3 FROM unnest($1::int[], $2::int[]) AS t(m, r)`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1]), GEOGRAPHY_YEAR],
  );
}

async function upsertBoundaries(manager: EntityManager, boundaries: Map<string, Geometry>, ids: Map<string, number>) {
  const codes = [...boundaries.keys()];
  await manager.query(
    `INSERT INTO municipality_boundary (municipality_id, year, geometry)
     SELECT id, $3, geometry FROM unnest($1::int[], $2::jsonb[]) AS t(id, geometry)
     ON CONFLICT (municipality_id, year) DO UPDATE SET geometry = EXCLUDED.geometry`,
    [codes.map((c) => ids.get(c)), codes.map((c) => JSON.stringify(boundaries.get(c))), GEOGRAPHY_YEAR],
  );
}

async function upsertStatistics(manager: EntityManager, statistics: StatisticRow[], ids: Map<string, number>) {
  await manager.query(
    `INSERT INTO municipality_statistic (municipality_id, variable, year, value, source)
     SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::float8[], $5::text[])
     ON CONFLICT (municipality_id, variable, year) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source`,
    [
      statistics.map((s) => ids.get(s.code)),
      statistics.map((s) => s.variable),
      statistics.map((s) => s.year),
      statistics.map((s) => s.value),
      statistics.map((s) => STATISTIC_SOURCES[s.year] ?? 'CBS'),
    ],
  );
}

async function upsertLayer(manager: EntityManager, layer: { layer: string; year: number }, topology: string) {
  await manager.query(
    `INSERT INTO boundary_layer (layer, year, topology, source) VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT (layer, year) DO UPDATE SET topology = EXCLUDED.topology, source = EXCLUDED.source`,
    [layer.layer, layer.year, topology, BOUNDARY_SOURCE],
  );
}
