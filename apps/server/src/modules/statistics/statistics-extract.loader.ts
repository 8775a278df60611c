import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CBS_TABLES, parseCsvObjects } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { rowsOf } from '../../db/sql';
import { REFERENCE_DATA_DIR } from '../reference-data/reference-data.files';

const FILE = 'cbs_veilig_thuis_extracts.csv';
const DATASET = 'cbs-veilig-thuis-extracts';
/** The one row that summarises a CBS news release instead of a table. */
const NEWS_TABLE = 'NIEUWS';

/**
 * Loads the real, partial CBS Veilig Thuis figures shipped with the monitor (copied from cbs.nl
 * table pages), idempotently. Rows for "Brabant Noordoost" have no current region code and are
 * skipped (that region no longer exists in the 2025 division).
 */
export async function loadStatisticExtracts(
  dataSource: DataSource,
  dir = REFERENCE_DATA_DIR,
): Promise<{ changed: boolean; rows: number; skipped: number }> {
  const text = fs.readFileSync(path.join(dir, FILE), 'utf8');
  const checksum = createHash('sha256').update(text).digest('hex');
  const rows = parseCsvObjects(text).map((r) => r.values);
  const usable = rows.filter((r) => r.region_code !== '');
  const [previous] = await dataSource.query<{ checksum: string }[]>('SELECT checksum FROM reference_dataset WHERE name = $1', [DATASET]);
  if (previous?.checksum === checksum) return { changed: false, rows: usable.length, skipped: rows.length - usable.length };

  await dataSource.transaction(async (manager) => {
    const sources = new Map<string, number>();
    for (const row of usable) {
      const tableId = row.table_id || NEWS_TABLE;
      const key = `${tableId}|${row.source_url}`;
      if (sources.has(key)) continue;
      const [source] = await rowsOf<{ id: number }>(
        manager,
        `INSERT INTO statistic_source (table_id, title, format, file_name, checksum, url, row_count)
         VALUES ($1, $2, 'extract', $3, $4, $5, $6)
         ON CONFLICT (checksum) DO UPDATE SET row_count = EXCLUDED.row_count RETURNING id`,
        [
          tableId,
          row.table_title,
          FILE,
          createHash('sha256').update(`${checksum}|${key}`).digest('hex'),
          row.source_url,
          usable.filter((r) => `${r.table_id || NEWS_TABLE}|${r.source_url}` === key).length,
        ],
      );
      sources.set(key, source.id);
    }
    for (const row of usable) {
      const tableId = row.table_id || NEWS_TABLE;
      const category = CBS_TABLES[tableId]?.categoryDimension === null ? '' : row.kenmerk;
      const secret = row.value === '';
      await manager.query(
        `INSERT INTO statistic_value (table_id, measure, category, region_code, period, value, cbs_status, provisional, source_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (table_id, measure, category, region_code, period) DO UPDATE
           SET value = EXCLUDED.value, cbs_status = EXCLUDED.cbs_status, provisional = EXCLUDED.provisional, source_id = EXCLUDED.source_id`,
        [
          tableId,
          row.measure,
          category,
          row.region_code,
          row.period,
          secret ? null : Number(row.value),
          secret ? 'SECRET' : 'VALUE',
          row.provisional === '1',
          sources.get(`${tableId}|${row.source_url}`),
        ],
      );
    }
    await manager.query(
      `INSERT INTO reference_dataset (name, checksum) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, loaded_at = now()`,
      [DATASET, checksum],
    );
  });
  return { changed: true, rows: usable.length, skipped: rows.length - usable.length };
}
