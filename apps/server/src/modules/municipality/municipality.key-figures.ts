import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { AgeBandShare, MunicipalityKeyFigures } from './municipality.types';

/** One stored figure (an entity row or a plain row). */
type MunicipalityStatistic = { variable: string; year: number; value: number; source: string };

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

/** Which stored variables each field of MunicipalityKeyFigures reads. */
const VARIABLES_OF_FIELD: Record<keyof MunicipalityKeyFigures, string[]> = {
  populationYear: ['inwoners'],
  population: ['inwoners'],
  populationSource: ['inwoners'],
  men: ['mannen'],
  women: ['vrouwen'],
  populationDensity: ['bevolkingsdichtheid'],
  dwellings: ['woningvoorraad'],
  landAreaHectares: ['oppervlakte_land_ha'],
  householdYear: ['huishoudens'],
  households: ['huishoudens'],
  householdSource: ['huishoudens'],
  shareHouseholdsWithChildren: ['pct_huishoudens_met_kinderen'],
  shareHouseholdsWithoutChildren: ['pct_huishoudens_zonder_kinderen'],
  shareOnePersonHouseholds: ['pct_eenpersoonshuishoudens'],
  averageHouseholdSize: ['gem_huishoudgrootte'],
  shareDivorced: ['pct_gescheiden'],
  urbanity: ['stedelijkheid'],
  ageDistribution: AGE_BANDS.map(([variable]) => variable),
};

/** The stored variables the query's selection of keyFigures needs (fields it does not ask stay null). */
export function keyFigureVariables(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): string[] {
  const variables = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        for (const v of VARIABLES_OF_FIELD[selection.name.value as keyof MunicipalityKeyFigures] ?? []) variables.add(v);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return [...variables];
}

/** `hasAny`: whether the municipality has any stored figure (with only some variables read, `statistics` may be empty). */
export function keyFiguresOf(statistics: MunicipalityStatistic[], hasAny = statistics.length > 0): MunicipalityKeyFigures | null {
  if (!hasAny) return null;
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
