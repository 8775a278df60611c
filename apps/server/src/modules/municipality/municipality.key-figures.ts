import type { MunicipalityStatistic } from './municipality-statistic.entity';
import type { AgeBandShare, MunicipalityKeyFigures } from './municipality.types';

/** Maps the stored CBS variables of one municipality onto the GraphQL figures (no I/O). */
class Figures {
  private readonly latest = new Map<string, MunicipalityStatistic>();

  constructor(statistics: MunicipalityStatistic[]) {
    for (const s of statistics) {
      const current = this.latest.get(s.variable);
      if (!current || current.year < s.year) this.latest.set(s.variable, s);
    }
  }

  get(variable: string): MunicipalityStatistic | undefined {
    return this.latest.get(variable);
  }

  value(variable: string): number | null {
    return this.latest.get(variable)?.value ?? null;
  }

  int(variable: string): number | null {
    const value = this.value(variable);
    return value === null ? null : Math.round(value);
  }
}

const AGE_BANDS: [variable: string, band: string, from: number, to: number | null][] = [
  ['pct_0_15', '0-14', 0, 14],
  ['pct_15_25', '15-24', 15, 24],
  ['pct_25_45', '25-44', 25, 44],
  ['pct_45_65', '45-64', 45, 64],
  ['pct_65plus', '65+', 65, null],
];

export function keyFiguresOf(statistics: MunicipalityStatistic[]): MunicipalityKeyFigures | null {
  if (statistics.length === 0) return null;
  const f = new Figures(statistics);
  const population = f.get('inwoners');
  const households = f.get('huishoudens');
  const ageDistribution: AgeBandShare[] = AGE_BANDS.map(([variable, band, fromAge, toAge]) => ({
    band,
    fromAge,
    toAge,
    percentage: f.value(variable),
  }));
  return {
    populationYear: population?.year ?? null,
    population: f.int('inwoners'),
    men: f.int('mannen'),
    women: f.int('vrouwen'),
    populationDensity: f.int('bevolkingsdichtheid'),
    dwellings: f.int('woningvoorraad'),
    landAreaHectares: f.int('oppervlakte_land_ha'),
    populationSource: population?.source ?? null,
    householdYear: households?.year ?? null,
    households: f.int('huishoudens'),
    shareHouseholdsWithChildren: f.value('pct_huishoudens_met_kinderen'),
    shareHouseholdsWithoutChildren: f.value('pct_huishoudens_zonder_kinderen'),
    shareOnePersonHouseholds: f.value('pct_eenpersoonshuishoudens'),
    averageHouseholdSize: f.value('gem_huishoudgrootte'),
    shareDivorced: f.value('pct_gescheiden'),
    urbanity: f.int('stedelijkheid'),
    householdSource: households?.source ?? null,
    ageDistribution,
  };
}
