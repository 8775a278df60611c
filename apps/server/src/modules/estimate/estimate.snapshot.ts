import {
  childrenAged0To17,
  estimateAll,
  estimateDomesticViolence,
  fitRiskModel,
  weightedEstimates,
  type ChildrenCount,
  type DomesticViolenceArea,
  type DomesticViolenceEstimate,
  type Estimate,
  type ModelArea,
  type ModelFactor,
  type PoliceInvolvement,
  type RiskModel,
  type WeightedEstimate,
} from '@monitor/domain';
import type { MunicipalityRegions, RiskArea, StoredValue } from '../risk-profile/risk-profile.repository';
import type { PoliceFigure } from './estimate.repository';

/**
 * Turns the stored risk factors into the inputs of the domain models and runs them for all
 * municipalities at once (the rescaling needs the national mix). No I/O.
 */
export const MODEL_VARIABLES: Record<Exclude<ModelFactor, 'SINGLE_PARENT'>, string> = {
  LOW_INCOME: 'pct_hh_onder_rond_sociaal_minimum',
  LOW_EDUCATION: 'pct_laag_opgeleid_15_75',
  MIGRATION_OUTSIDE_EUROPE: 'pct_herkomst_buiten_europa',
  SOCIAL_ASSISTANCE: 'bijstand_per_1000_inwoners',
};
export const OUTCOME_VARIABLE = 'pct_jeugdbescherming';

export interface MunicipalInput {
  code: string;
  name: string;
  children: ChildrenCount;
  childrenYear: number;
  inhabitants: number | null;
  adults: number | null;
  factors: ModelArea['factors'];
  factorYears: Partial<Record<ModelFactor, number>>;
  outcome: StoredValue | null;
}

export interface PoliceInput {
  level: 'MUNICIPALITY' | 'VEILIG_THUIS_REGION';
  regionCode: string;
  regionName: string;
  year: number;
  reports: number;
  provisional: boolean;
  involvement: PoliceInvolvement;
}

export interface MunicipalResult {
  input: MunicipalInput;
  estimate: WeightedEstimate;
  check: Estimate | null;
  domesticViolence: (DomesticViolenceEstimate & { police: PoliceInput | null }) | null;
}

export interface EstimateSnapshot {
  model: RiskModel;
  municipalities: Map<string, MunicipalResult>;
  totalChildren: number;
  policeYear: number | null;
}

/** Values of the model factors that an area publishes itself (districts: some; municipalities: all). */
export function factorsOf(values: Map<string, StoredValue>): { factors: ModelArea['factors']; years: Partial<Record<ModelFactor, number>> } {
  const factors: ModelArea['factors'] = {};
  const years: Partial<Record<ModelFactor, number>> = {};
  for (const [factor, variable] of Object.entries(MODEL_VARIABLES) as [ModelFactor, string][]) {
    const found = values.get(variable);
    if (found) {
      factors[factor] = found.value;
      years[factor] = found.year;
    }
  }
  const singleParents = values.get('eenouderhuishoudens');
  const households = values.get('huishoudens');
  if (singleParents && households && households.value > 0) {
    factors.SINGLE_PARENT = (100 * singleParents.value) / households.value;
    years.SINGLE_PARENT = singleParents.year;
  }
  return { factors, years };
}

export function municipalInput(area: RiskArea): MunicipalInput | null {
  const young = area.values.get('kinderen_0_14');
  if (!young) return null;
  const children = childrenAged0To17(Math.round(young.value));
  const inhabitants = area.values.get('inwoners')?.value ?? null;
  const { factors, years } = factorsOf(area.values);
  return {
    code: area.code,
    name: area.name,
    children,
    childrenYear: young.year,
    inhabitants,
    // people aged 16+: inhabitants minus 0-15, with 15 year olds as one mean 0-14 cohort
    adults: inhabitants === null ? null : Math.max(0, inhabitants - Math.round((children.aged0To14 * 16) / 15)),
    factors,
    factorYears: years,
    outcome: area.values.get(OUTCOME_VARIABLE) ?? null,
  };
}

export function buildSnapshot(areas: RiskArea[], regions: MunicipalityRegions[], police: PoliceFigure[]): EstimateSnapshot {
  const inputs = areas.map(municipalInput).filter((i): i is MunicipalInput => i !== null);
  const modelAreas: ModelArea[] = inputs.map((i) => ({
    code: i.code,
    children: i.children.aged0To17,
    factors: i.factors,
    outcome: i.outcome ? i.outcome.value / 100 : null,
  }));
  const model = fitRiskModel(modelAreas);
  const estimates = new Map(weightedEstimates(model, modelAreas).map((e) => [e.code, e]));
  const checks = new Map(
    estimateAll(
      inputs.map((i) => ({
        code: i.code,
        children: i.children.aged0To17,
        riskShares: i.factors.LOW_EDUCATION === undefined ? {} : { LOW_PARENTAL_EDUCATION: i.factors.LOW_EDUCATION / 100 },
      })),
    ).map((e) => [e.code, e]),
  );
  const { policeYear, byCode: policeByCode } = policeInputs(inputs, regions, police);
  const dvAreas: DomesticViolenceArea[] = inputs
    .filter((i) => i.adults !== null && i.adults > 0)
    .map((i) => ({
      code: i.code,
      adults: i.adults!,
      riskRelative: estimates.get(i.code)!.relativeRisk,
      police: policeByCode.get(i.code)?.involvement ?? null,
    }));
  const dv = new Map(estimateDomesticViolence(dvAreas).map((e) => [e.code, e]));
  const municipalities = new Map(
    inputs.map((input) => {
      const found = dv.get(input.code);
      return [
        input.code,
        {
          input,
          estimate: estimates.get(input.code)!,
          check: checks.get(input.code) ?? null,
          domesticViolence: found ? { ...found, police: policeByCode.get(input.code) ?? null } : null,
        },
      ];
    }),
  );
  return { model, municipalities, totalChildren: modelAreas.reduce((s, a) => s + a.children, 0), policeYear };
}

/** The municipality's own police figure of the newest year with a national figure, else its Veilig Thuis region's. */
function policeInputs(
  inputs: MunicipalInput[],
  regions: MunicipalityRegions[],
  police: PoliceFigure[],
): { policeYear: number | null; byCode: Map<string, PoliceInput> } {
  const byCode = new Map<string, PoliceInput>();
  const years = police
    .filter((p) => p.regionCode === 'NL01')
    .map((p) => Number(p.period))
    .sort((a, b) => b - a);
  if (years.length === 0) return { policeYear: null, byCode };
  const year = years[0];
  const figures = new Map(police.filter((p) => Number(p.period) === year).map((p) => [p.regionCode, p]));
  const adults = new Map(inputs.map((i) => [i.code, i.adults ?? 0]));
  const nationalAdults = [...adults.values()].reduce((s, a) => s + a, 0);
  const nationalRate = figures.get('NL01')!.value / nationalAdults;
  const regionOf = new Map(regions.map((r) => [r.code, r.veiligThuisRegion]));
  const regionAdults = new Map<string, number>();
  for (const r of regions)
    if (r.veiligThuisRegion)
      regionAdults.set(r.veiligThuisRegion.code, (regionAdults.get(r.veiligThuisRegion.code) ?? 0) + (adults.get(r.code) ?? 0));
  for (const input of inputs) {
    const own = figures.get(input.code);
    const region = regionOf.get(input.code) ?? null;
    const regional = region ? figures.get(region.code) : undefined;
    const figure = own ?? regional;
    if (!figure) continue;
    const areaAdults = own ? (input.adults ?? 0) : (regionAdults.get(region!.code) ?? 0);
    if (areaAdults <= 0) continue;
    byCode.set(input.code, {
      level: own ? 'MUNICIPALITY' : 'VEILIG_THUIS_REGION',
      regionCode: figure.regionCode,
      regionName: own ? input.name : region!.name,
      year,
      reports: figure.value,
      provisional: figure.provisional,
      involvement: { observed: figure.value, adults: areaAdults, nationalRate },
    });
  }
  return { policeYear: year, byCode };
}
