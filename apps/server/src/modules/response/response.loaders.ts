import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { historyOfResponses } from './response.repository';
import type { ResponseChange } from './response.types';

/** Full answer history per response id, newest first. */
export function createResponseHistoryLoader(dataSource: DataSource) {
  return new DataLoader<number, ResponseChange[]>(async (ids) => {
    const rows = await historyOfResponses(dataSource.manager, ids);
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
