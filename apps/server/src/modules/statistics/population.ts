import { LANDSDELEN, NATION_CODE } from '@monitor/domain';
import type { EntityManager } from 'typeorm';
import { currentInhabitantsByYear } from '../municipality/municipality.repository';
import { currentProvinceAndVeiligThuisMembers } from '../region/region.repository';

/**
 * Inhabitants per region and year, as denominators: municipalities from CBS Kerncijfers; regions,
 * landsdelen and the Netherlands as the sum of their member municipalities (current division).
 */
export class PopulationTable {
  private constructor(
    private readonly byMunicipality: Map<string, Map<number, number>>,
    private readonly members: Map<string, string[]>,
  ) {}

  static async load(db: EntityManager): Promise<PopulationTable> {
    const rows = await currentInhabitantsByYear(db);
    const byMunicipality = new Map<string, Map<number, number>>();
    for (const row of rows) {
      if (!byMunicipality.has(row.code)) byMunicipality.set(row.code, new Map());
      byMunicipality.get(row.code)!.set(row.year, row.value);
    }
    const memberships = await currentProvinceAndVeiligThuisMembers(db);
    const members = new Map<string, string[]>();
    for (const { region, municipality } of memberships) {
      if (!members.has(region)) members.set(region, []);
      members.get(region)!.push(municipality);
    }
    for (const [code, { provinces }] of Object.entries(LANDSDELEN))
      members.set(
        code,
        provinces.flatMap((p) => members.get(p) ?? []),
      );
    members.set(NATION_CODE, [...byMunicipality.keys()]);
    return new PopulationTable(byMunicipality, members);
  }

  /**
   * Population on 1 January of exactly this year (sum of the member municipalities for regions); null
   * when that year is missing for any of them. Rates use this: never another year's population.
   */
  ofYear(code: string, year: number): { population: number; year: number } | null {
    const municipalities = code.startsWith('GM') ? [code] : this.members.get(code);
    if (!municipalities?.length) return null;
    let population = 0;
    for (const m of municipalities) {
      const value = this.byMunicipality.get(m)?.get(year);
      if (value === undefined) return null;
      population += value;
    }
    return { population, year };
  }

  /** Population for the period's year: the newest year at or before it, else the oldest after it. */
  of(code: string, periodYear: number): { population: number; year: number } | null {
    const municipalities = code.startsWith('GM') ? [code] : this.members.get(code);
    if (!municipalities?.length) return null;
    const years = [...new Set(municipalities.flatMap((m) => [...(this.byMunicipality.get(m)?.keys() ?? [])]))].sort((a, b) => a - b);
    const year = [...years].reverse().find((y) => y <= periodYear) ?? years[0];
    if (year === undefined) return null;
    let population = 0;
    for (const m of municipalities) {
      const value = this.byMunicipality.get(m)?.get(year);
      if (value === undefined) return null;
      population += value;
    }
    return { population, year };
  }
}
