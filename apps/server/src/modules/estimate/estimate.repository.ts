import type { DataSource } from 'typeorm';
import { StatisticsRepository } from '../statistics/statistics.repository';

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

/**
 * The stored CBS figures the estimates need (one category), read through the statistics module that
 * owns them. Only whole years with a published value (CBS status VALUE). The estimate module owns no table.
 */
export class EstimateRepository {
  constructor(private readonly dataSource: DataSource) {}

  async policeReports(): Promise<PoliceFigure[]> {
    const rows = await new StatisticsRepository(this.dataSource.manager).wholeYearValues(POLICE_TABLE, POLICE_CATEGORY, POLICE_MEASURE);
    return rows.map((r) => ({ regionCode: r.region_code, period: r.period, value: r.value, provisional: r.provisional }));
  }
}
