import { NATIONAL_RATE } from '../statistics/estimate';
import { fitPoisson, linearPredictor, unitDeviance, type PoissonRow } from './poisson';

/**
 * The weighted estimate of abused children (domain.md §1.5, option "fit a model on registered
 * outcomes and rescale to the NPM national total"):
 *
 * 1. A Poisson regression of a registered outcome, children under child protection
 *    (jeugdbescherming) per child aged 0-17, on the municipal risk factors, all at once, so that
 *    correlated factors share their effect instead of their relative risks being multiplied.
 * 2. The municipality's relative risk RR_g = exp(Σ_k β_k · z_gk), with z_gk the factor's distance
 *    from the child-weighted national mean in national standard deviations.
 * 3. The NPM-2017 range (26-37 per 1,000) is distributed in proportion to children × RR:
 *    E_g = P · N_g · RR_g · ΣN / Σ(N·RR), so the municipalities add up to P · ΣN exactly.
 *
 * A factor value that is missing for an area is set to the national mean (it then does not move
 * the estimate) and reported as missing. Areas without the outcome or with a missing factor are
 * left out of the fit, not out of the estimate.
 */
export const MODEL_FACTORS = {
  LOW_INCOME: { label: 'huishoudens onder of rond het sociaal minimum', unit: '% van de huishoudens' },
  LOW_EDUCATION: { label: 'laag opgeleiden (15–75 jaar)', unit: '% van de 15–75-jarigen' },
  MIGRATION_OUTSIDE_EUROPE: { label: 'inwoners met een herkomst buiten Europa', unit: '% van de inwoners' },
  SINGLE_PARENT: { label: 'eenouderhuishoudens', unit: '% van de huishoudens' },
  SOCIAL_ASSISTANCE: { label: 'bijstandsontvangers', unit: 'per 1.000 inwoners' },
} as const;
export type ModelFactor = keyof typeof MODEL_FACTORS;
export const MODEL_FACTOR_KEYS = Object.keys(MODEL_FACTORS) as ModelFactor[];

export const MODEL_OUTCOME = 'Jongeren met jeugdbescherming (% van de jongeren tot 18 jaar, CBS Indicatoren jeugdzorg 2022, voorlopig)';
export const MODEL_METHOD =
  'Poisson-regressie (log-link, kinderen van 0–17 jaar als blootstelling) van het aandeel jongeren met jeugdbescherming op vijf ' +
  'risicofactoren tegelijk, geschat met iteratief herwogen kleinste kwadraten. Het relatieve risico van een gemeente is ' +
  'exp(Σ β·z), met z de afstand van de factor tot het landelijke (naar kinderen gewogen) gemiddelde in landelijke standaardafwijkingen. ' +
  'De landelijke bandbreedte van 26 tot 37 per 1.000 kinderen (NPM-2017) wordt verdeeld naar kinderen × relatief risico, zodat de ' +
  'gemeenten samen precies de landelijke bandbreedte geven. Relatieve risico’s van samenhangende factoren worden niet vermenigvuldigd. ' +
  'Ontbreekt een factor, dan telt het landelijke gemiddelde (geen invloed). Wijken: hetzelfde model met de factoren die per wijk ' +
  'gepubliceerd zijn (de andere met de waarde van de gemeente), herschaald zodat de wijken samen precies de gemeente geven.';

export interface ModelArea {
  code: string;
  /** children aged 0-17: the exposure and the weight */
  children: number;
  factors: Partial<Record<ModelFactor, number>>;
  /** the registered outcome as a fraction of children (only used for fitting), null when unknown */
  outcome?: number | null;
}

export interface ModelValidation {
  folds: number;
  /** municipalities with the outcome and every factor */
  areas: number;
  /** 1 − deviance(model) / deviance(national rate), both on held-out municipalities */
  devianceExplained: number;
  /** the same for the single-factor check (low education, RR 4.95), which is not fitted */
  singleFactorDevianceExplained: number;
  /** Spearman correlation between predicted and observed outcome rates, held-out */
  rankCorrelation: number;
}

export interface RiskModel {
  factors: ModelFactor[];
  means: Record<ModelFactor, number>;
  scales: Record<ModelFactor, number>;
  /** β per standard deviation of the factor */
  coefficients: Record<ModelFactor, number>;
  intercept: number;
  /** municipalities the model was fitted on */
  fittedOn: number;
  /** in-sample deviance explained */
  devianceExplained: number;
  converged: boolean;
  validation: ModelValidation;
}

export const CROSS_VALIDATION_FOLDS = 10;
export const SINGLE_FACTOR_RELATIVE_RISK = 4.95;

type Standardisation = Pick<RiskModel, 'means' | 'scales'>;

/** Child-weighted mean and standard deviation of each factor, over the areas that have it. */
export function standardisation(areas: readonly ModelArea[]): Standardisation {
  const means = {} as Record<ModelFactor, number>;
  const scales = {} as Record<ModelFactor, number>;
  for (const factor of MODEL_FACTOR_KEYS) {
    const withValue = areas.filter((a) => a.factors[factor] !== undefined && a.children > 0);
    const weight = withValue.reduce((s, a) => s + a.children, 0);
    if (weight === 0) throw new RangeError(`no area has a value for ${factor}`);
    const mean = withValue.reduce((s, a) => s + a.children * a.factors[factor]!, 0) / weight;
    const variance = withValue.reduce((s, a) => s + a.children * (a.factors[factor]! - mean) ** 2, 0) / weight;
    means[factor] = mean;
    scales[factor] = Math.sqrt(variance) || 1;
  }
  return { means, scales };
}

/** z-scores; a missing value is the mean (z = 0). `fallback` supplies a value first (the municipality's, for districts). */
export function zScores(std: Standardisation, factors: ModelArea['factors'], fallback: ModelArea['factors'] = {}): number[] {
  return MODEL_FACTOR_KEYS.map((f) => {
    const value = factors[f] ?? fallback[f];
    return value === undefined ? 0 : (value - std.means[f]) / std.scales[f];
  });
}

function isComplete(area: ModelArea): boolean {
  return area.children > 0 && area.outcome !== null && area.outcome !== undefined && MODEL_FACTOR_KEYS.every((f) => area.factors[f] !== undefined);
}

function rowsOf(areas: readonly ModelArea[], std: Standardisation): PoissonRow[] {
  return areas.map((a) => ({ y: a.outcome! * a.children, exposure: a.children, x: zScores(std, a.factors) }));
}

export function fitRiskModel(areas: readonly ModelArea[], folds = CROSS_VALIDATION_FOLDS): RiskModel {
  const std = standardisation(areas);
  const complete = areas.filter(isComplete);
  const rows = rowsOf(complete, std);
  const fit = fitPoisson(rows);
  const nullDeviance = devianceOfRate(rows, rows);
  return {
    factors: [...MODEL_FACTOR_KEYS],
    ...std,
    coefficients: Object.fromEntries(MODEL_FACTOR_KEYS.map((f, k) => [f, fit.coefficients[k + 1]])) as Record<ModelFactor, number>,
    intercept: fit.coefficients[0],
    fittedOn: complete.length,
    devianceExplained: 1 - fit.deviance / nullDeviance,
    converged: fit.converged,
    validation: crossValidate(complete, folds),
  };
}

function devianceOfRate(train: readonly PoissonRow[], test: readonly PoissonRow[]): number {
  const rate = train.reduce((s, r) => s + r.y, 0) / train.reduce((s, r) => s + r.exposure, 0);
  return test.reduce((s, r) => s + unitDeviance(r.y, r.exposure * rate), 0);
}

/**
 * k-fold cross-validation over municipalities (fold = position in code order modulo k): each
 * fold is predicted by a model fitted, standardisation included, on the other folds only.
 */
export function crossValidate(complete: readonly ModelArea[], folds: number): ModelValidation {
  const sorted = [...complete].sort((a, b) => a.code.localeCompare(b.code));
  let modelDeviance = 0;
  let nullDeviance = 0;
  let singleDeviance = 0;
  const predicted: number[] = [];
  const observed: number[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const train = sorted.filter((_, i) => i % folds !== fold);
    const test = sorted.filter((_, i) => i % folds === fold);
    if (test.length === 0) continue;
    const std = standardisation(train);
    const trainRows = rowsOf(train, std);
    const testRows = rowsOf(test, std);
    const fit = fitPoisson(trainRows);
    nullDeviance += devianceOfRate(trainRows, testRows);
    const single = singleFactorRates(train, test);
    test.forEach((area, i) => {
      const row = testRows[i];
      const mu = row.exposure * Math.exp(linearPredictor(fit.coefficients, row.x));
      modelDeviance += unitDeviance(row.y, mu);
      singleDeviance += unitDeviance(row.y, row.exposure * single[i]);
      predicted.push(mu / row.exposure);
      observed.push(area.outcome!);
    });
  }
  return {
    folds,
    areas: sorted.length,
    devianceExplained: 1 - modelDeviance / nullDeviance,
    singleFactorDevianceExplained: 1 - singleDeviance / nullDeviance,
    rankCorrelation: spearman(predicted, observed),
  };
}

/** The indirect standardisation on low education (RR 4.95) at the training set's outcome rate. */
function singleFactorRates(train: readonly ModelArea[], test: readonly ModelArea[]): number[] {
  const weight = (a: ModelArea) => 1 - a.factors.LOW_EDUCATION! / 100 + (a.factors.LOW_EDUCATION! / 100) * SINGLE_FACTOR_RELATIVE_RISK;
  const children = train.reduce((s, a) => s + a.children, 0);
  const rate = train.reduce((s, a) => s + a.outcome! * a.children, 0) / children;
  const meanWeight = train.reduce((s, a) => s + a.children * weight(a), 0) / children;
  return test.map((a) => (rate * weight(a)) / meanWeight);
}

export function spearman(a: readonly number[], b: readonly number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const n = a.length;
  const mean = (n + 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    num += (ra[i] - mean) * (rb[i] - mean);
    da += (ra[i] - mean) ** 2;
    db += (rb[i] - mean) ** 2;
  }
  return num / Math.sqrt(da * db);
}

function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((x, y) => x.v - y.v);
  const result = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].v === order[start].v) end++;
    for (let k = start; k <= end; k++) result[order[k].i] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return result;
}

export interface FactorEffect {
  factor: ModelFactor;
  value: number | null;
  nationalMean: number;
  /** β·z: the factor's share of log RR; exp(contribution) − 1 is its effect as a fraction */
  contribution: number;
  /** true when the value is missing and the national mean was used */
  missing: boolean;
}

export interface WeightedEstimate {
  code: string;
  children: number;
  relativeRisk: number;
  low: number;
  high: number;
  effects: FactorEffect[];
}

export function effectsOf(model: RiskModel, factors: ModelArea['factors'], fallback: ModelArea['factors'] = {}): FactorEffect[] {
  const z = zScores(model, factors, fallback);
  return MODEL_FACTOR_KEYS.map((factor, k) => {
    const value = factors[factor] ?? fallback[factor];
    return {
      factor,
      value: value ?? null,
      nationalMean: model.means[factor],
      contribution: model.coefficients[factor] * z[k],
      missing: value === undefined,
    };
  });
}

export function relativeRiskOf(effects: readonly FactorEffect[]): number {
  return Math.exp(effects.reduce((s, e) => s + e.contribution, 0));
}

/** Distributes the national range over all areas: Σ low = 0.026 · ΣN and Σ high = 0.037 · ΣN exactly. */
export function weightedEstimates(model: RiskModel, areas: readonly ModelArea[]): WeightedEstimate[] {
  const withChildren = areas.filter((a) => a.children > 0);
  const effects = withChildren.map((a) => effectsOf(model, a.factors));
  const rr = effects.map(relativeRiskOf);
  const children = withChildren.reduce((s, a) => s + a.children, 0);
  const normaliser = children / withChildren.reduce((s, a, i) => s + a.children * rr[i], 0);
  return withChildren.map((area, i) => ({
    code: area.code,
    children: area.children,
    relativeRisk: rr[i] * normaliser,
    low: NATIONAL_RATE.low * area.children * rr[i] * normaliser,
    high: NATIONAL_RATE.high * area.children * rr[i] * normaliser,
    effects: effects[i],
  }));
}
