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
import { upsertLayer } from '../geo/geo.repository';
import { upsertBoundaries, upsertMunicipalities, upsertStatistics } from '../municipality/municipality.repository';
import { replaceMemberships, upsertRegions } from '../region/region.repository';
import { loadedChecksum, recordLoaded } from './reference-data.repository';

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

  const previous = await loadedChecksum(dataSource.manager, DATASET);
  const municipalities = parseMunicipalities(contents.get(MUNICIPALITIES_FILE)!);
  const regions = parseRegions(contents.get(REGIONS_FILE)!);
  if (previous === digest) {
    return { changed: false, municipalities: municipalities.length, regions: regions.length };
  }

  const municipalityTopology = JSON.parse(contents.get(MUNICIPALITY_LAYER.file)!) as Topology;
  const boundaries = boundariesByCode(municipalityTopology, MUNICIPALITY_LAYER.object);
  const statistics = parseStatistics(contents.get(KEY_FIGURES_FILE)!);
  checkConsistency(municipalities, regions, boundaries, statistics);

  await dataSource.transaction(async (manager) => {
    const regionIds = await upsertRegions(manager, regions, REGION_LAYER_YEAR);
    const municipalityIds = await upsertMunicipalities(
      manager,
      municipalities.map((m) => ({ code: m.code, name: m.name, searchName: searchKey(m.name) })),
      GEOGRAPHY_YEAR,
    );
    await replaceMembershipsOf(manager, municipalities, municipalityIds, regionIds);
    const codes = [...boundaries.keys()];
    await upsertBoundaries(
      manager,
      codes.map((c) => ({ municipalityId: municipalityIds.get(c), geometry: JSON.stringify(boundaries.get(c)) })),
      GEOGRAPHY_YEAR,
    );
    await upsertStatistics(
      manager,
      statistics.map((s) => ({
        municipalityId: municipalityIds.get(s.code),
        variable: s.variable,
        year: s.year,
        value: s.value,
        source: STATISTIC_SOURCES[s.year] ?? 'CBS',
      })),
    );
    await upsertLayer(manager, MUNICIPALITY_LAYER, contents.get(MUNICIPALITY_LAYER.file)!, BOUNDARY_SOURCE);
    for (const layer of REGION_LAYERS) await upsertLayer(manager, layer, contents.get(layer.file)!, BOUNDARY_SOURCE);
    await recordLoaded(manager, DATASET, digest);
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

async function replaceMembershipsOf(
  manager: EntityManager,
  municipalities: MunicipalityRow[],
  municipalityIds: Map<string, number>,
  regionIds: Map<string, number>,
): Promise<void> {
  const pairs = municipalities.flatMap((m) =>
    Object.values(m.memberships).map((regionCode): [number, number] => [municipalityIds.get(m.code)!, regionIds.get(regionCode)!]),
  );
  await replaceMemberships(manager, [...municipalityIds.values()], pairs, GEOGRAPHY_YEAR);
}
