import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { answersOfResponses, historyOfResponses } from './response.repository';
import type { StoredAnswer } from './response.service';
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

/** Current answers per response id, by question key (only asked when a query selects them). */
export function createAnswersLoader(dataSource: DataSource) {
  return new DataLoader<number, StoredAnswer[]>(async (ids) => {
    const byId = new Map<number, StoredAnswer[]>();
    for (const r of await answersOfResponses(dataSource.manager, ids)) {
      if (!byId.has(r.response_id)) byId.set(r.response_id, []);
      byId
        .get(r.response_id)!
        .push({ questionKey: r.question_key, value: r.value, version: r.version, updatedAt: r.updated_at, updatedBy: r.updated_by });
    }
    return ids.map((id) => byId.get(id) ?? []);
  });
}
