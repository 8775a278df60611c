import {
  DISTRICT_RULES,
  districtCoverage,
  EXPECTED_USE_METHOD,
  expectedUseRow,
  fitLinearModel,
  predict,
  publishRate,
  SUPPLY_THRESHOLDS,
  supplyGaps,
  type DistrictDemand,
  type LinearModel,
  type OfferForCoverage,
} from '@monitor/domain';
import type { RiskArea } from '../risk-profile/risk-profile.repository';
import type { District } from '../district/district.types';
import type { CareOffer, DistrictSupply, ExpectedUse, SupplyAnalysis } from './supply.types';

/** Pure assembly of the analysis from what the service read; no database here. */

export const YOUTH_CARE_YEAR = 2022;
export const EXPECTED_USE_YEAR = 2017;

export const SUPPLY_METHOD =
  'Behoefte: het geschatte aantal kinderen dat met mishandeling te maken heeft (bandbreedte per wijk, zoals op de wijkpagina). ' +
  'Capaciteit: de plaatsen per jaar van geïndiceerde preventie en zorg, verdeeld over de wijken die het aanbod bedient naar hun aantal kinderen ' +
  '(0–17 jaar); aanbieders melden niet waar hun cliënten wonen, dus dit is een benadering. Bereik vorig jaar wordt op dezelfde manier verdeeld ' +
  'en per wijk afgerond op tientallen; kleine aantallen worden niet getoond.';

export const THRESHOLD_EXPLANATION =
  'Beide drempels zijn keuzes van deze monitor, geen landelijke norm: er is geen bron die vastlegt hoeveel aanbod genoeg is. ' +
  'Een tekort wordt gemeld als de capaciteit onder de helft van de ondergrens van de schatting ligt, zodat alleen duidelijke tekorten opvallen.';

export function coverageOffer(offer: CareOffer): OfferForCoverage {
  return {
    id: offer.id,
    name: `${offer.intervention.name} (${offer.provider})`,
    targetGroup: offer.targetGroup,
    preventionLevel: offer.preventionLevel,
    recognitionLevel: offer.intervention.recognitionLevel,
    capacity: offer.capacity,
    reachLastYear: offer.reachLastYear,
    districtCodes: offer.districtCodes,
  };
}

export function demandOf(district: District): DistrictDemand {
  const shown = district.estimate?.status === 'PUBLISHED';
  return {
    code: district.code,
    children: district.children,
    needLow: shown ? district.estimate!.low : null,
    needHigh: shown ? district.estimate!.high : null,
  };
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Youth care per 1,000 children from the 2022 district with the same code and name, under the district rules. */
function youthCare(district: District, areas2022: ReadonlyMap<string, RiskArea>) {
  const area = areas2022.get(district.code);
  if (!area || !sameName(area.name, district.name)) return { youthCarePerThousandChildren: null, youthCareStatus: 'UNKNOWN' as const };
  const count = area.values.get('jongeren_met_jeugdzorg_0_22')?.value ?? null;
  const children = area.values.get('kinderen_0_14')?.value ?? null;
  const rate = publishRate({ value: count, status: count === null ? 'SECRET' : 'VALUE' }, children, 1000, DISTRICT_RULES);
  return { youthCarePerThousandChildren: rate.value, youthCareStatus: rate.status };
}

export function assembleAnalysis(
  municipalityCode: string,
  districts: readonly District[],
  offers: CareOffer[],
  areas2022: ReadonlyMap<string, RiskArea>,
  expectedUse: ExpectedUse | null,
): SupplyAnalysis {
  const coverageOffers = offers.map(coverageOffer);
  const coverage = districtCoverage(districts.map(demandOf), coverageOffers);
  const rows = districts.map((district, i): DistrictSupply => {
    const c = coverage[i];
    const demand = demandOf(district);
    return {
      code: district.code,
      name: district.name,
      boundary: district.boundary,
      children: district.children,
      needLow: demand.needLow,
      needHigh: demand.needHigh,
      needStatus: district.estimate?.status ?? 'UNKNOWN',
      offers: c.offers,
      recognisedOffers: c.recognisedOffers,
      matchingCapacity: c.matchingCapacity,
      capacityPercentOfNeed: c.capacityPercentOfNeed,
      reach: c.reach.value,
      reachStatus: c.reach.status,
      targetGroups: c.targetGroups,
      ...youthCare(district, areas2022),
    };
  });
  return {
    municipalityCode,
    districtYear: districts[0]?.year ?? null,
    districts: rows,
    offers,
    gaps: supplyGaps(coverage, coverageOffers),
    thresholds: { ...SUPPLY_THRESHOLDS, explanation: THRESHOLD_EXPLANATION },
    expectedUse,
    method: SUPPLY_METHOD,
  };
}

/** The model over all 2017 districts with complete values; null when too few. */
export function fitExpectedUse(all: readonly RiskArea[]): LinearModel | null {
  const rows = all.flatMap((area) => {
    const row = expectedUseRow(new Map([...area.values].map(([k, v]) => [k, v.value])));
    return row && row.y !== null ? [{ x: row.x, y: row.y }] : [];
  });
  return rows.length > 10 ? fitLinearModel(rows) : null;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

export function expectedUseFor(model: LinearModel, areas: readonly RiskArea[]): ExpectedUse | null {
  const districts = areas.flatMap((area) => {
    const row = expectedUseRow(new Map([...area.values].map(([k, v]) => [k, v.value])));
    if (!row) return [];
    const expected = predict(model.coefficients, row.x);
    return [
      {
        code: area.code,
        name: area.name,
        observedPercent: row.y,
        expectedPercent: round(expected, 1),
        ratio: row.y !== null && expected > 0 ? round(row.y / expected, 2) : null,
      },
    ];
  });
  if (districts.length === 0) return null;
  return {
    year: EXPECTED_USE_YEAR,
    method: EXPECTED_USE_METHOD,
    rSquared: round(model.rSquared, 2),
    fittedOn: model.fittedOn,
    source: 'Bron: SCP, Jeugdhulp in de wijk (2020), wijkindeling 2017; eigen berekening',
    districts,
  };
}
