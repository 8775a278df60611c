import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ResponseChange } from './response.types';

interface HistoryRow {
  id: string;
  response_id: number;
  kind: string;
  question_key: string | null;
  old_value: unknown;
  new_value: unknown;
  version: number | null;
  note: string | null;
  changed_at: Date;
  changed_by: string | null;
}

/** Full answer history per response id, newest first. */
export function createResponseHistoryLoader(dataSource: DataSource) {
  return new DataLoader<number, ResponseChange[]>(async (ids) => {
    const rows = await dataSource.query<HistoryRow[]>(
      `SELECT h.id::text, h.response_id, h.kind, h.question_key, h.old_value, h.new_value, h.version, h.note, h.changed_at, u.name AS changed_by
         FROM response_history h LEFT JOIN app_user u ON u.id = h.changed_by
        WHERE h.response_id = ANY($1) ORDER BY h.id DESC`,
      [[...ids]],
    );
    const byId = new Map<number, ResponseChange[]>();
    for (const r of rows) {
      if (!byId.has(r.response_id)) byId.set(r.response_id, []);
      byId.get(r.response_id)!.push({
        id: r.id,
        kind: r.kind,
        questionKey: r.question_key,
        oldValue: r.old_value,
        newValue: r.new_value,
        version: r.version,
        note: r.note,
        changedAt: r.changed_at,
        changedBy: r.changed_by,
      });
    }
    return ids.map((id) => byId.get(id) ?? []);
  });
}
