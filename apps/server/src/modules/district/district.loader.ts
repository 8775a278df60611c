import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseCsvObjects } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { currentMunicipalitiesByCode } from '../municipality/municipality.repository';
import { REFERENCE_DATA_DIR } from '../reference-data/reference-data.files';
import { loadedChecksum, recordLoaded } from '../reference-data/reference-data.repository';
import { upsertDistrict, upsertDistrictStatistic } from './district.repository';

const DATASET = 'wijken-2024';
const YEAR = 2024;
const FIGURES_FILE = 'wijken_kerncijfers_2024.csv';
const SOURCE = 'CBS StatLine 85984NED Kerncijfers wijken en buurten 2024';
const VARIABLES = ['aantal_inwoners', 'mannen', 'vrouwen', 'bevolkingsdichtheid_per_km2', 'woningvoorraad', 'oppervlakte_land_ha'];

/**
 * Districts (wijken) with boundaries and key figures, for the municipalities that have district
 * data in `data/reference/wijken/`. More municipalities can be added by adding their files (the
 * same CBS Kerncijfers wijken en buurten format); the load is idempotent.
 */
export async function loadDistricts(
  dataSource: DataSource,
  dir = path.join(REFERENCE_DATA_DIR, 'wijken'),
): Promise<{ changed: boolean; districts: number }> {
  const boundaryFiles = fs
    .readdirSync(dir)
    .filter((f) => /^wijken_GM\d{4}_\d{4}\.geojson$/.test(f))
    .sort();
  const figuresText = fs.readFileSync(path.join(dir, FIGURES_FILE), 'utf8');
  const hash = createHash('sha256').update(figuresText);
  const geojson = boundaryFiles.map((f) => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    hash.update(text);
    return JSON.parse(text) as { features: { properties: { statcode: string; statnaam: string; gemeentecode: string }; geometry: unknown }[] };
  });
  const checksum = hash.digest('hex');
  const figures = parseCsvObjects(figuresText).map((r) => r.values);
  if ((await loadedChecksum(dataSource.manager, DATASET)) === checksum) return { changed: false, districts: figures.length };

  const boundaries = new Map(geojson.flatMap((g) => g.features).map((f) => [f.properties.statcode, f]));
  const codes = [...new Set(figures.map((row) => row.gemeentecode))];
  const municipalityIds = new Map((await currentMunicipalitiesByCode(dataSource.manager, codes)).map((m) => [m.code, m.id]));
  await dataSource.transaction(async (manager) => {
    for (const row of figures) {
      const feature = boundaries.get(row.wijkcode);
      const districtId = await upsertDistrict(manager, {
        code: row.wijkcode,
        name: row.wijknaam,
        municipalityId: municipalityIds.get(row.gemeentecode) ?? null,
        year: YEAR,
        boundary: feature ? JSON.stringify(feature.geometry) : null,
      });
      for (const variable of VARIABLES) {
        if (row[variable] === '' || row[variable] === undefined) continue;
        await upsertDistrictStatistic(manager, {
          districtId,
          variable,
          year: Number(row.jaar),
          value: Number(row[variable]),
          source: SOURCE,
        });
      }
    }
    await recordLoaded(manager, DATASET, checksum);
  });
  return { changed: true, districts: figures.length };
}
