import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseCsvObjects } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { rowsOf } from '../../db/sql';
import { REFERENCE_DATA_DIR } from '../reference-data/reference-data.files';

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
  const [previous] = await dataSource.query<{ checksum: string }[]>('SELECT checksum FROM reference_dataset WHERE name = $1', [DATASET]);
  if (previous?.checksum === checksum) return { changed: false, districts: figures.length };

  const boundaries = new Map(geojson.flatMap((g) => g.features).map((f) => [f.properties.statcode, f]));
  await dataSource.transaction(async (manager) => {
    for (const row of figures) {
      const feature = boundaries.get(row.wijkcode);
      const [district] = await rowsOf<{ id: number }>(
        manager,
        `INSERT INTO district (code, name, municipality_id, year, boundary)
         VALUES ($1, $2, (SELECT id FROM municipality WHERE code = $3 AND valid_to IS NULL), $4, $5)
         ON CONFLICT (code, year) DO UPDATE SET name = EXCLUDED.name, boundary = EXCLUDED.boundary RETURNING id`,
        [row.wijkcode, row.wijknaam, row.gemeentecode, YEAR, feature ? JSON.stringify(feature.geometry) : null],
      );
      for (const variable of VARIABLES) {
        if (row[variable] === '' || row[variable] === undefined) continue;
        await manager.query(
          `INSERT INTO district_statistic (district_id, variable, year, value, source) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (district_id, variable, year) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source`,
          [district.id, variable, Number(row.jaar), Number(row[variable]), SOURCE],
        );
      }
    }
    await manager.query(
      `INSERT INTO reference_dataset (name, checksum) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, loaded_at = now()`,
      [DATASET, checksum],
    );
  });
  return { changed: true, districts: figures.length };
}
