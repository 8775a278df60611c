import { Municipality } from './municipality.entity';

export interface MunicipalityRow {
  id: number;
  code: string;
  name: string;
  valid_from: number;
  valid_to: number | null;
}

export const MUNICIPALITY_COLUMNS = 'm.id, m.code, m.name, m.valid_from, m.valid_to';

export function toMunicipality(row: MunicipalityRow, asOfYear: number): Municipality {
  return Object.assign(new Municipality(), {
    id: row.id,
    code: row.code,
    name: row.name,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    asOfYear,
  });
}
