import { NATIONAL_RATE } from '../../statistics/estimate';
import { estimateDistricts } from '../districts';
import { fitPoisson, poissonDeviance } from '../poisson';
import { fitRiskModel, MODEL_FACTOR_KEYS, spearman, standardisation, weightedEstimates, zScores, type ModelArea } from '../risk-model';

// Synthetic areas for the method only: not real municipalities.
function syntheticAreas(count: number, beta: number[], noise = (i: number) => 0 * i): ModelArea[] {
  const areas: ModelArea[] = [];
  for (let i = 0; i < count; i++) {
    const factors = {
      LOW_INCOME: 4 + ((i * 37) % 11),
      LOW_EDUCATION: 15 + ((i * 53) % 23),
      MIGRATION_OUTSIDE_EUROPE: 3 + ((i * 29) % 31),
      SINGLE_PARENT: 5 + ((i * 17) % 7) + (i % 3) * 0.5,
      SOCIAL_ASSISTANCE: 10 + ((i * 41) % 37),
    };
    areas.push({ code: `A${String(i).padStart(3, '0')}`, children: 1000 + ((i * 7919) % 40000), factors });
  }
  const std = standardisation(areas);
  for (const [i, area] of areas.entries()) {
    const z = zScores(std, area.factors);
    area.outcome = Math.exp(beta[0] + z.reduce((s, v, k) => s + beta[k + 1] * v, 0) + noise(i));
  }
  return areas;
}

describe('fitPoisson (IRLS)', () => {
  it('recovers known coefficients from noise-free data with an exposure offset', () => {
    const rows = Array.from({ length: 40 }, (_, i) => {
      const x = [Math.sin(i), (i % 7) / 3];
      const exposure = 100 + 37 * i;
      return { x, exposure, y: exposure * Math.exp(-4 + 0.8 * x[0] - 0.3 * x[1]) };
    });
    const fit = fitPoisson(rows);
    expect(fit.converged).toBe(true);
    expect(fit.coefficients[0]).toBeCloseTo(-4, 8);
    expect(fit.coefficients[1]).toBeCloseTo(0.8, 8);
    expect(fit.coefficients[2]).toBeCloseTo(-0.3, 8);
    expect(poissonDeviance(rows, fit.coefficients)).toBeCloseTo(0, 8);
  });

  it('refuses collinear covariates', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ x: [i, 2 * i], exposure: 10, y: 1 + i }));
    expect(() => fitPoisson(rows)).toThrow(/collinear/);
  });
});

describe('fitRiskModel', () => {
  const beta = [Math.log(0.012), 0.3, 0.2, 0.1, 0.05, 0.25];

  it('recovers the coefficients of a known synthetic case and validates perfectly on noise-free data', () => {
    const model = fitRiskModel(syntheticAreas(120, beta));
    expect(model.converged).toBe(true);
    expect(model.intercept).toBeCloseTo(beta[0], 6);
    MODEL_FACTOR_KEYS.forEach((f, k) => expect(model.coefficients[f]).toBeCloseTo(beta[k + 1], 6));
    expect(model.fittedOn).toBe(120);
    expect(model.validation.devianceExplained).toBeCloseTo(1, 6);
    expect(model.validation.rankCorrelation).toBeCloseTo(1, 6);
    expect(model.validation.folds).toBe(10);
  });

  it('scores lower out of sample when the outcome is noise, and the single-factor check is reported', () => {
    const noisy = syntheticAreas(120, [Math.log(0.012), 0, 0, 0, 0, 0], (i) => 0.4 * Math.sin(i * 12.9898));
    const model = fitRiskModel(noisy);
    expect(model.validation.devianceExplained).toBeLessThan(0.2);
    expect(Number.isFinite(model.validation.singleFactorDevianceExplained)).toBe(true);
  });

  it('distributes the national range exactly, more per child where the risk is higher', () => {
    const areas = syntheticAreas(60, beta);
    const model = fitRiskModel(areas);
    const estimates = weightedEstimates(model, areas);
    const children = areas.reduce((s, a) => s + a.children, 0);
    expect(estimates.reduce((s, e) => s + e.low, 0)).toBeCloseTo(children * NATIONAL_RATE.low, 6);
    expect(estimates.reduce((s, e) => s + e.high, 0)).toBeCloseTo(children * NATIONAL_RATE.high, 6);
    const byRisk = [...estimates].sort((a, b) => a.relativeRisk - b.relativeRisk);
    expect(byRisk[0].low / byRisk[0].children).toBeLessThan(byRisk[59].low / byRisk[59].children);
    for (const e of estimates) expect(e.low / e.children / NATIONAL_RATE.low).toBeCloseTo(e.relativeRisk, 9);
  });

  it('treats a missing factor as the national mean and says so', () => {
    const areas = syntheticAreas(60, beta);
    const model = fitRiskModel(areas);
    const gap: ModelArea = { code: 'GAP', children: 500, factors: { ...areas[0].factors, SINGLE_PARENT: undefined } };
    delete gap.factors.SINGLE_PARENT;
    const [estimate] = weightedEstimates(model, [gap]);
    const single = estimate.effects.find((e) => e.factor === 'SINGLE_PARENT')!;
    expect(single).toMatchObject({ missing: true, value: null, contribution: 0 });
    // areas without a factor are not used in the fit
    expect(fitRiskModel([...areas, { ...gap, outcome: 0.5 }]).fittedOn).toBe(60);
  });
});

describe('estimateDistricts', () => {
  it('adds up exactly to the municipality in children and in range, with the district factors moving the split', () => {
    const areas = syntheticAreas(60, [Math.log(0.012), 0.3, 0.2, 0.1, 0.05, 0.25]);
    const model = fitRiskModel(areas);
    const municipality = { children: 12345, low: 400.7, high: 570.2, factors: areas[3].factors };
    const districts = [
      { code: 'W1', childWeight: 3000, factors: { SOCIAL_ASSISTANCE: 80 } },
      { code: 'W2', childWeight: 3000, factors: { SOCIAL_ASSISTANCE: 10 } },
      { code: 'W3', childWeight: 1234.5, factors: {} },
      { code: 'W4', childWeight: 0, factors: {} },
    ];
    const result = estimateDistricts(model, municipality, districts);
    expect(result.reduce((s, d) => s + d.children, 0)).toBe(12345);
    expect(result.reduce((s, d) => s + d.low, 0)).toBeCloseTo(400.7, 9);
    expect(result.reduce((s, d) => s + d.high, 0)).toBeCloseTo(570.2, 9);
    expect(result[3]).toMatchObject({ children: 0, low: 0, high: 0 });
    expect(result[0].low).toBeGreaterThan(result[1].low);
    // a district without own values takes the municipality's: it has the municipality's risk
    expect(result[2].effects.every((e) => !e.missing)).toBe(true);
  });
});

describe('spearman', () => {
  it('is 1 for the same order and -1 for the reverse, ties averaged', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 1, 2], [1, 1, 2])).toBeCloseTo(1, 12);
  });
});
