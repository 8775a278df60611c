import type { RegionType } from '@monitor/domain';
import { Region } from './region.entity';

export interface RegionRow {
  id: number;
  code: string;
  name: string;
  type: RegionType;
  valid_from: number;
  valid_to: number | null;
}

export const REGION_COLUMNS = 'r.id, r.code, r.name, r.type, r.valid_from, r.valid_to';

export function toRegion(row: RegionRow, asOfYear: number): Region {
  return Object.assign(new Region(), {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    asOfYear,
  });
}
