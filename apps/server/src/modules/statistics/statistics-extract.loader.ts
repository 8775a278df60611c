import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CBS_TABLES, parseCsvObjects } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { REFERENCE_DATA_DIR } from '../reference-data/reference-data.files';
import { loadedChecksum, recordLoaded } from '../reference-data/reference-data.repository';
import { StatisticsRepository } from './statistics.repository';

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
  if ((await loadedChecksum(dataSource.manager, DATASET)) === checksum)
    return { changed: false, rows: usable.length, skipped: rows.length - usable.length };

  await dataSource.transaction(async (manager) => {
    const repository = new StatisticsRepository(manager);
    const sources = new Map<string, number>();
    for (const row of usable) {
      const tableId = row.table_id || NEWS_TABLE;
      const key = `${tableId}|${row.source_url}`;
      if (sources.has(key)) continue;
      const sourceId = await repository.upsertExtractSource({
        tableId,
        title: row.table_title,
        fileName: FILE,
        checksum: createHash('sha256').update(`${checksum}|${key}`).digest('hex'),
        url: row.source_url,
        rowCount: usable.filter((r) => `${r.table_id || NEWS_TABLE}|${r.source_url}` === key).length,
      });
      sources.set(key, sourceId);
    }
    for (const row of usable) {
      const tableId = row.table_id || NEWS_TABLE;
      const category = CBS_TABLES[tableId]?.categoryDimension === null ? '' : row.kenmerk;
      const secret = row.value === '';
      await repository.upsertValue({
        tableId,
        measure: row.measure,
        category,
        regionCode: row.region_code,
        period: row.period,
        value: secret ? null : Number(row.value),
        status: secret ? 'SECRET' : 'VALUE',
        provisional: row.provisional === '1',
        sourceId: sources.get(`${tableId}|${row.source_url}`),
      });
    }
    await recordLoaded(manager, DATASET, checksum);
  });
  return { changed: true, rows: usable.length, skipped: rows.length - usable.length };
}
