import {
  CHILDREN_METHOD,
  DV_METHOD,
  DV_PREVALENCE,
  DV_PREVALENCE_SOURCE,
  MODEL_FACTOR_KEYS,
  MODEL_FACTORS,
  MODEL_METHOD,
  MODEL_OUTCOME,
  MUNICIPALITY_RULES,
  NATIONAL_RATE,
  NATIONAL_RATE_SOURCE,
  publishEstimate,
  RISK_FACTORS,
  roundToMultiple,
  type FactorEffect,
  apportion,
  applySecondarySuppression,
  DISTRICT_RULES,
  estimateDistricts,
  type AdditiveCell,
  type DistrictEstimate,
  type DistrictInput,
  type PublishedEstimate,
} from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { RiskProfileRepository } from '../risk-profile/risk-profile.repository';
import { requireAccess, type AccessSubject } from '../../auth/access';
import { EstimateRepository } from './estimate.repository';
import { buildSnapshot, factorsOf, type EstimateSnapshot, type MunicipalResult } from './estimate.snapshot';
import type { RiskArea } from '../risk-profile/risk-profile.repository';
import type { YouthPopulation } from '../municipality/municipality.types';
import type { AbuseEstimate, DomesticViolenceEstimate, EstimateFactorEffect, EstimateInputValue, EstimateModel } from './estimate.types';

const FORMULA =
  'E = P × N × RR × ΣN / Σ(N × RR), met P het landelijke tarief (26 tot 37 per 1.000, NPM-2017), N het aantal kinderen van 0–17 jaar, ' +
  'RR = exp(Σ β·z) het relatieve risico volgens het model (z: afstand van elke risicofactor tot het landelijke gemiddelde in standaardafwijkingen) ' +
  'en de sommen over alle gemeenten: samen geven de gemeenten precies de landelijke bandbreedte.';
const VALIDATION_METHOD =
  '10-voudige kruisvalidatie over gemeenten: elke gemeente wordt voorspeld door een model dat zonder haar tiende deel is geschat ' +
  '(standaardisatie inbegrepen), vergeleken met het landelijke tarief als nulmodel (Poisson-deviantie).';
const RISK_SOURCE = 'Bron: CBS (zie risicofactoren); jeugdbescherming: CBS Indicatoren jeugdzorg 2022 (voorlopig)';

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Estimates are derived from public data only; they are shown as ranges with their inputs and model. */
export class EstimateService {
  private readonly risk: RiskProfileRepository;
  private readonly repository: EstimateRepository;
  private cached: { key: string; snapshot: Promise<EstimateSnapshot | null> } | null = null;

  constructor(dataSource: DataSource) {
    this.risk = new RiskProfileRepository(dataSource);
    this.repository = new EstimateRepository(dataSource);
  }

  private checking: Promise<EstimateSnapshot | null> | null = null;

  /**
   * The models for all municipalities at once, recomputed only when the risk factors or police
   * figures change. Callers at the same moment (a list of 50 municipalities resolves its fields
   * together) share one check of whether they changed, instead of two statements each.
   */
  snapshot(): Promise<EstimateSnapshot | null> {
    this.checking ??= this.currentSnapshot().finally(() => (this.checking = null));
    return this.checking;
  }

  private async currentSnapshot(): Promise<EstimateSnapshot | null> {
    const [checksum, police] = await Promise.all([this.risk.checksum(), this.repository.policeReports()]);
    const key = `${checksum}|${JSON.stringify(police)}`;
    if (this.cached?.key !== key) {
      const snapshot =
        checksum === null
          ? Promise.resolve(null)
          : Promise.all([this.risk.municipalities(), this.risk.regions()]).then(([areas, regions]) => buildSnapshot(areas, regions, police));
      this.cached = { key, snapshot };
      snapshot.catch(() => (this.cached = null));
    }
    return this.cached.snapshot;
  }

  /** Unrounded estimates per municipality (for sums and checks; never sent to clients as such). */
  async municipalities(): Promise<Map<string, MunicipalResult>> {
    return (await this.snapshot())?.municipalities ?? new Map();
  }

  async forMunicipality(ctx: AccessSubject, code: string, year: number): Promise<AbuseEstimate | null> {
    requireAccess(ctx, 'estimate.read');
    const snapshot = await this.snapshot();
    const result = snapshot?.municipalities.get(code);
    return snapshot && result ? presentMunicipal(snapshot, result, year) : null;
  }

  /**
   * Per municipality: the published estimate per 1,000 children as the middle of its range, or null
   * when the estimate is withheld (for the landing map; the same rounding as the estimate card).
   */
  async ratesPerThousand(ctx: AccessSubject, year: number): Promise<{ code: string; low: number | null; high: number | null; dataYear: number }[]> {
    requireAccess(ctx, 'estimate.read');
    const snapshot = await this.snapshot();
    if (!snapshot) return [];
    return [...snapshot.municipalities.entries()].map(([code, result]) => {
      const shown = presentMunicipal(snapshot, result, year);
      return { code, low: shown.ratePerThousandLow, high: shown.ratePerThousandHigh, dataYear: shown.dataYear };
    });
  }

  async model(ctx: AccessSubject): Promise<EstimateModel | null> {
    requireAccess(ctx, 'estimate.read');
    const snapshot = await this.snapshot();
    return snapshot ? presentModel(snapshot) : null;
  }

  /** Whether the municipality's estimate is withheld: then the inputs that would give it back are withheld too. */
  async isWithheld(code: string): Promise<boolean> {
    const result = (await this.municipalities()).get(code);
    return result ? publishEstimate(result.estimate, MUNICIPALITY_RULES).status !== 'PUBLISHED' : false;
  }

  /**
   * The districts of a municipality in one division year: children and ranges that add up to the
   * published municipal figures exactly, under the district disclosure rules.
   */
  async forDistricts(
    municipalityCode: string,
    divisionYear: number,
    districts: readonly { code: string; inhabitants: number | null }[],
  ): Promise<Map<string, DistrictFigures>> {
    const snapshot = await this.snapshot();
    const municipal = snapshot?.municipalities.get(municipalityCode);
    if (!snapshot || !municipal || districts.length === 0) return new Map();
    const riskAreas = new Map((await this.risk.districts(municipalityCode, divisionYear)).map((a) => [a.code, a]));
    const inputs = districts.map((d) => districtInput(d, riskAreas.get(d.code), municipal));
    const results = estimateDistricts(
      snapshot.model,
      { children: municipal.estimate.children, low: municipal.estimate.low, high: municipal.estimate.high, factors: municipal.input.factors },
      inputs,
    );
    return publishDistricts(municipal, results, inputs, divisionYear);
  }

  /**
   * Children 0-14 (CBS count) and 0-17 (with the documented 15-17 step) of a municipality; null
   * when unknown or when its estimate is withheld (the count would give the estimate back).
   */
  async youthPopulation(code: string): Promise<YouthPopulation | null> {
    const result = (await this.municipalities()).get(code);
    if (!result || publishEstimate(result.estimate, MUNICIPALITY_RULES).status !== 'PUBLISHED') return null;
    const { children, childrenYear } = result.input;
    return {
      year: childrenYear,
      aged0To14: children.aged0To14,
      aged0To17: children.aged0To17,
      isApproximation: true,
      method: CHILDREN_METHOD,
      source: 'CBS StatLine 70072NED Regionale kerncijfers Nederland (0–14 jaar, 1 januari 2023)',
    };
  }

  async domesticViolence(ctx: AccessSubject, code: string): Promise<DomesticViolenceEstimate | null> {
    requireAccess(ctx, 'estimate.read');
    const result = (await this.municipalities()).get(code);
    return result?.domesticViolence ? presentDomesticViolence(result) : null;
  }
}

export function presentModel(snapshot: EstimateSnapshot): EstimateModel {
  const { model } = snapshot;
  const years = yearsOfFactors(snapshot);
  return {
    outcome: MODEL_OUTCOME,
    outcomeYear: 2022,
    method: MODEL_METHOD,
    childrenMethod: CHILDREN_METHOD,
    fittedOn: model.fittedOn,
    devianceExplained: round(model.devianceExplained, 3),
    coefficients: MODEL_FACTOR_KEYS.map((factor) => ({
      factor,
      label: MODEL_FACTORS[factor].label,
      unit: MODEL_FACTORS[factor].unit,
      year: years[factor],
      nationalMean: round(model.means[factor], 1),
      standardDeviation: round(model.scales[factor], 2),
      coefficient: round(model.coefficients[factor], 4),
      relativeRiskPerStandardDeviation: round(Math.exp(model.coefficients[factor]), 3),
    })),
    validation: {
      method: VALIDATION_METHOD,
      folds: model.validation.folds,
      municipalities: model.validation.areas,
      devianceExplained: round(model.validation.devianceExplained, 3),
      singleFactorDevianceExplained: round(model.validation.singleFactorDevianceExplained, 3),
      rankCorrelation: round(model.validation.rankCorrelation, 3),
    },
    nationalChildren: snapshot.totalChildren,
    nationalLow: Math.round(snapshot.totalChildren * NATIONAL_RATE.low),
    nationalHigh: Math.round(snapshot.totalChildren * NATIONAL_RATE.high),
  };
}

function yearsOfFactors(snapshot: EstimateSnapshot): Record<string, number> {
  const years: Record<string, number> = {};
  for (const { input } of snapshot.municipalities.values()) {
    for (const [factor, year] of Object.entries(input.factorYears)) years[factor] ??= year;
  }
  return years;
}

export function presentEffects(
  effects: readonly FactorEffect[],
  years: Partial<Record<string, number>>,
  origin: (effect: FactorEffect) => string,
): EstimateFactorEffect[] {
  return effects.map((effect) => ({
    factor: effect.factor,
    label: MODEL_FACTORS[effect.factor].label,
    unit: MODEL_FACTORS[effect.factor].unit,
    value: effect.value === null ? null : round(effect.value, 1),
    nationalMean: round(effect.nationalMean, 1),
    effectPercent: round((Math.exp(effect.contribution) - 1) * 100, 1),
    missing: effect.missing,
    year: effect.missing ? null : (years[effect.factor] ?? null),
    origin: origin(effect),
  }));
}

function presentMunicipal(snapshot: EstimateSnapshot, result: MunicipalResult, year: number): AbuseEstimate {
  const { estimate, input, check } = result;
  const published = publishEstimate(estimate, MUNICIPALITY_RULES);
  const withheld = published.status !== 'PUBLISHED';
  const children = withheld ? null : roundToMultiple(estimate.children, 10);
  const checkPublished = check && !withheld ? publishEstimate(check, MUNICIPALITY_RULES) : null;
  return {
    areaCode: input.code,
    year,
    dataYear: input.childrenYear,
    children,
    low: published.low,
    high: published.high,
    status: published.status,
    method: 'RISK_MODEL',
    nationalRateLow: NATIONAL_RATE.low * 1000,
    nationalRateHigh: NATIONAL_RATE.high * 1000,
    riskFactor: null,
    relativeRisk: withheld ? null : round(estimate.relativeRisk, 2),
    share: null,
    nationalShare: null,
    ratePerThousandLow: withheld ? null : round((1000 * estimate.low) / estimate.children, 1),
    ratePerThousandHigh: withheld ? null : round((1000 * estimate.high) / estimate.children, 1),
    effects: withheld ? [] : presentEffects(estimate.effects, input.factorYears, (e) => (e.missing ? 'NATIONAL_MEAN' : 'AREA')),
    check:
      check && checkPublished
        ? {
            factor: RISK_FACTORS.LOW_PARENTAL_EDUCATION.label,
            relativeRisk: RISK_FACTORS.LOW_PARENTAL_EDUCATION.relativeRisk,
            low: checkPublished.low,
            high: checkPublished.high,
            share: check.share === null ? null : round(check.share, 3),
            nationalShare: check.nationalShare === null ? null : round(check.nationalShare, 3),
          }
        : null,
    model: presentModel(snapshot),
    formula: FORMULA,
    explanation: explanationOf(published, estimate.relativeRisk),
    fallbackReason: null,
    inputs: inputsOf(result, children),
  };
}

function explanationOf(published: PublishedEstimate, relativeRisk: number): string {
  if (published.status !== 'PUBLISHED') {
    return 'Voor deze gemeente wordt geen schatting getoond: het aantal is te klein om te publiceren. Daarom worden ook het aantal kinderen en de weging niet getoond.';
  }
  const direction =
    relativeRisk >= 1.005
      ? `${Math.round((relativeRisk - 1) * 100)} % boven`
      : relativeRisk <= 0.995
        ? `${Math.round((1 - relativeRisk) * 100)} % onder`
        : 'gelijk aan';
  return (
    `Naar schatting ${published.low} tot ${published.high} kinderen: de landelijke bandbreedte van 26 tot 37 per 1.000 kinderen, ` +
    `gewogen naar het risicoprofiel van de gemeente (${direction} het landelijke tarief). Het model gebruikt vijf risicofactoren tegelijk ` +
    'en is geschat op de jeugdbescherming per gemeente; het is een schatting, geen telling.'
  );
}

function inputsOf(result: MunicipalResult, children: number | null): EstimateInputValue[] {
  const { input } = result;
  return [
    {
      name: 'Kinderen van 0–17 jaar',
      value: children === null ? 'niet getoond' : children.toLocaleString('nl-NL'),
      year: input.childrenYear,
      source: `CBS 70072NED (0–14 jaar). ${CHILDREN_METHOD}`,
    },
    { name: 'Landelijk tarief', value: '26 tot 37 per 1.000 kinderen', year: 2017, source: NATIONAL_RATE_SOURCE },
    { name: 'Model', value: 'Poisson-regressie op jeugdbescherming, vijf risicofactoren', year: 2022, source: RISK_SOURCE },
  ];
}

function presentDomesticViolence(result: MunicipalResult): DomesticViolenceEstimate {
  const dv = result.domesticViolence!;
  const published = publishEstimate(dv, MUNICIPALITY_RULES);
  const withheld = published.status !== 'PUBLISHED';
  const police = dv.police;
  return {
    areaCode: result.input.code,
    isEstimate: true,
    low: published.low,
    high: published.high,
    status: published.status,
    adults: withheld ? null : roundToMultiple(dv.adults, 100),
    percentLow: withheld ? null : round((100 * dv.low) / dv.adults, 1),
    percentHigh: withheld ? null : round((100 * dv.high) / dv.adults, 1),
    nationalPrevalence: DV_PREVALENCE.central * 100,
    prevalenceYear: DV_PREVALENCE.year,
    police: police
      ? {
          level: police.level,
          areaCode: police.regionCode,
          areaName: police.regionName,
          year: police.year,
          reports: police.reports,
          provisional: police.provisional,
          factor: round(dv.policeFactor, 2),
        }
      : null,
    method: DV_METHOD,
    explanation: withheld
      ? 'Voor deze gemeente wordt geen schatting getoond: het aantal is te klein om te publiceren.'
      : `Naar schatting ${published.low} tot ${published.high} inwoners van 16 jaar en ouder waren in een jaar slachtoffer van huiselijk geweld. ` +
        'Dit is een schatting op basis van de landelijke prevalentie, het risicoprofiel en (waar gepubliceerd) meldingen door de politie, geen telling.',
    inputs: [
      {
        name: 'Landelijke prevalentie',
        value: '9 % van de inwoners van 16 jaar en ouder (8,5–9,5 %)',
        year: DV_PREVALENCE.year,
        source: DV_PREVALENCE_SOURCE,
      },
      {
        name: 'Inwoners van 16 jaar en ouder',
        value: withheld ? 'niet getoond' : roundToMultiple(dv.adults, 100).toLocaleString('nl-NL'),
        year: 2024,
        source: 'CBS: inwoners 1-1-2024 min 0–15 jaar (0–14 jaar: 1-1-2023)',
      },
      { name: 'Risicoprofiel', value: 'relatief risico uit het model voor kindermishandeling', year: 2022, source: RISK_SOURCE },
      police
        ? {
            name: 'Meldingen door justitie en politie bij Veilig Thuis',
            value: `${police.reports.toLocaleString('nl-NL')} (${police.level === 'MUNICIPALITY' ? 'gemeente' : `Veilig Thuis-regio ${police.regionName}`})`,
            year: police.year,
            source: 'CBS 84849NED',
          }
        : {
            name: 'Meldingen door justitie en politie bij Veilig Thuis',
            value: 'niet gepubliceerd voor deze gemeente of haar Veilig Thuis-regio',
            year: null,
            source: 'CBS 84849NED',
          },
    ],
  };
}

export interface DistrictFigures {
  /** children aged 0-17, published (rounded to tens, adding up to the published municipal count); null when withheld */
  children: number | null;
  estimate: AbuseEstimate;
}

function districtInput(
  district: { code: string; inhabitants: number | null },
  area: RiskArea | undefined,
  municipal: MunicipalResult,
): DistrictInput {
  const inhabitants = area?.values.get('inwoners')?.value ?? district.inhabitants ?? 0;
  const young = area?.values.get('pct_0_14')?.value;
  const municipalShare = municipal.input.inhabitants ? municipal.input.children.aged0To14 / municipal.input.inhabitants : 0;
  return {
    code: district.code,
    childWeight: young !== undefined ? (inhabitants * young) / 100 : inhabitants * municipalShare,
    factors: area ? factorsOf(area.values).factors : {},
  };
}

/** Apportions a published (rounded to tens) municipal figure over districts in units of ten. */
function apportionTens(total: number | null, weights: number[]): (number | null)[] {
  if (total === null || weights.every((w) => w <= 0)) return weights.map(() => null);
  return apportion(
    Math.round(total / 10),
    weights.map((w) => Math.max(0, w)),
  ).map((v) => v * 10);
}

/** The published district figures of one municipality, before the estimate of each district is written out. */
interface DistrictShares {
  municipal: MunicipalResult;
  published: ReturnType<typeof publishEstimate>;
  divisionYear: number;
  children: (number | null)[];
  lows: (number | null)[];
  highs: (number | null)[];
}

/** Which districts are shown: small ones are suppressed, and others where needed to protect them (secondary suppression). */
function districtStatuses(shares: DistrictShares, results: DistrictEstimate[]) {
  const { municipal, published, highs } = shares;
  const cells: AdditiveCell[] = results.map((r, i) => {
    const small = r.high < DISTRICT_RULES.minimumCount || highs[i] === null || highs[i] < DISTRICT_RULES.minimumCount;
    return {
      key: r.code,
      raw: { value: r.high, status: 'VALUE' },
      published: small ? { value: null, status: 'SUPPRESSED', reason: 'small' } : { value: highs[i], status: 'PUBLISHED' },
    };
  });
  const total: AdditiveCell = {
    key: municipal.input.code,
    raw: { value: municipal.estimate.high, status: 'VALUE' },
    published: { value: published.high, status: published.status },
  };
  return new Map(applySecondarySuppression(total, cells, DISTRICT_RULES).parts.map((p) => [p.key, p.published.status]));
}

function publishDistricts(
  municipal: MunicipalResult,
  results: DistrictEstimate[],
  inputs: DistrictInput[],
  divisionYear: number,
): Map<string, DistrictFigures> {
  const published = publishEstimate(municipal.estimate, MUNICIPALITY_RULES);
  const municipalChildren = published.status === 'PUBLISHED' ? roundToMultiple(municipal.estimate.children, 10) : null;
  const shares: DistrictShares = {
    municipal,
    published,
    divisionYear,
    children: apportionTens(
      municipalChildren,
      results.map((r) => r.children),
    ),
    lows: apportionTens(
      published.low,
      results.map((r) => r.low),
    ),
    highs: apportionTens(
      published.high,
      results.map((r) => r.high),
    ),
  };
  const status = districtStatuses(shares, results);
  return new Map(
    results.map((r, i) => {
      const shown = status.get(r.code) === 'PUBLISHED';
      const estimate = districtEstimate(shares, r, i, inputs[i].factors, shown);
      return [r.code, { children: shown ? shares.children[i] : null, estimate }];
    }),
  );
}

function districtEstimate(
  shares: DistrictShares,
  r: DistrictEstimate,
  i: number,
  ownFactors: DistrictInput['factors'],
  shown: boolean,
): AbuseEstimate {
  const { municipal, published, divisionYear, children, lows, highs } = shares;
  return {
    areaCode: r.code,
    year: divisionYear,
    dataYear: municipal.input.childrenYear,
    children: shown ? children[i] : null,
    low: shown ? Math.min(lows[i]!, highs[i]!) : null,
    high: shown ? highs[i] : null,
    status: shown ? 'PUBLISHED' : 'SUPPRESSED',
    method: 'RISK_MODEL',
    nationalRateLow: NATIONAL_RATE.low * 1000,
    nationalRateHigh: NATIONAL_RATE.high * 1000,
    riskFactor: null,
    relativeRisk: shown && r.children > 0 ? round(r.low / (NATIONAL_RATE.low * r.children), 2) : null,
    share: null,
    nationalShare: null,
    ratePerThousandLow: shown && r.children > 0 ? round((1000 * r.low) / r.children, 1) : null,
    ratePerThousandHigh: shown && r.children > 0 ? round((1000 * r.high) / r.children, 1) : null,
    effects: shown
      ? presentEffects(
          r.effects,
          { ...municipal.input.factorYears, ...Object.fromEntries(Object.keys(ownFactors).map((f) => [f, divisionYear])) },
          (e) => (ownFactors[e.factor] !== undefined ? 'AREA' : e.missing ? 'NATIONAL_MEAN' : 'MUNICIPALITY'),
        )
      : [],
    check: null,
    model: null,
    formula:
      'E_wijk = E_gemeente × (N_wijk × RR_wijk) / Σ(N × RR) over de wijken van de gemeente, met N de kinderen van 0–17 jaar (het gemeentelijke aantal verdeeld naar de kinderen per wijk) ' +
      'en RR het relatieve risico volgens hetzelfde model, met de factoren die per wijk gepubliceerd zijn en voor de andere die van de gemeente.',
    explanation: shown
      ? `Naar schatting ${lows[i]} tot ${highs[i]} kinderen: het deel van de gemeentelijke schatting dat bij deze wijk hoort naar haar kinderen en risicoprofiel. De wijken tellen precies op tot de gemeente.`
      : 'Voor deze wijk wordt geen schatting getoond (te klein, of nodig om een andere kleine wijk te beschermen).',
    fallbackReason: null,
    inputs: [
      {
        name: 'Kinderen van 0–17 jaar in de wijk',
        value: shown && children[i] !== null ? children[i].toLocaleString('nl-NL') : 'niet getoond',
        year: divisionYear,
        source: 'Gemeentelijk aantal verdeeld naar inwoners × aandeel 0–14 jaar per wijk (CBS KWB)',
      },
      {
        name: 'Schatting van de gemeente',
        value: published.status === 'PUBLISHED' ? `${published.low} tot ${published.high}` : 'niet getoond',
        year: municipal.input.childrenYear,
        source: 'Model voor kindermishandeling (zie de gemeente)',
      },
    ],
  };
}
