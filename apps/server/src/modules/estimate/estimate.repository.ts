import type { DataSource } from 'typeorm';

/** Veilig Thuis reports made by justice and police (CBS 84849NED), the police input of the DV estimate. */
export const POLICE_TABLE = '84849NED';
export const POLICE_CATEGORY = 'Justitie en veiligheid: totaal';
export const POLICE_MEASURE = 'ontvangen_meldingen';

export interface PoliceFigure {
  regionCode: string;
  period: string;
  value: number;
  provisional: boolean;
}

interface PoliceRow {
  region_code: string;
  period: string;
  value: number;
  provisional: boolean;
}

/**
 * Read-only access to the stored CBS figures (owned by the statistics module) for the one
 * category the estimates need. Only whole years with a published value (CBS status VALUE).
 */
export class EstimateRepository {
  constructor(private readonly dataSource: DataSource) {}

  async policeReports(): Promise<PoliceFigure[]> {
    const rows: PoliceRow[] = await this.dataSource.query(
      `SELECT region_code, period, value, provisional FROM statistic_value
        WHERE table_id = $1 AND category = $2 AND measure = $3 AND cbs_status = 'VALUE' AND period ~ '^[0-9]{4}$'`,
      [POLICE_TABLE, POLICE_CATEGORY, POLICE_MEASURE],
    );
    return rows.map((r) => ({ regionCode: r.region_code, period: r.period, value: r.value, provisional: r.provisional }));
  }
}
