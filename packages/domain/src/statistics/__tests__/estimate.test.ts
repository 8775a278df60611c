import { MUNICIPALITY_RULES, DISTRICT_RULES } from '../disclosure';
import { chooseFactor, estimateAll, NATIONAL_RATE, publishEstimate, RISK_FACTORS, type EstimateInput } from '../estimate';

// Synthetic inputs for the method only: these are not real municipalities or shares.
const inputs: EstimateInput[] = [
  { code: 'A', children: 20000, riskShares: { LOW_PARENTAL_EDUCATION: 0.3, SINGLE_PARENT: 0.2 } },
  { code: 'B', children: 5000, riskShares: { LOW_PARENTAL_EDUCATION: 0.1, SINGLE_PARENT: 0.1 } },
  { code: 'C', children: 12000, riskShares: { LOW_PARENTAL_EDUCATION: 0.2 } },
  { code: 'D', children: 3000, riskShares: {} },
];
const allChildren = inputs.reduce((s, i) => s + i.children!, 0);

describe('estimateAll', () => {
  it('uses only the strongest factor with data, never a product of correlated risks', () => {
    expect(chooseFactor(inputs)).toBe('LOW_PARENTAL_EDUCATION');
    expect(chooseFactor([{ code: 'x', children: 10, riskShares: { SINGLE_PARENT: 0.2 } }])).toBe('SINGLE_PARENT');
    const a = estimateAll(inputs).find((e) => e.code === 'A')!;
    expect(a.factor).toBe('LOW_PARENTAL_EDUCATION');
  });

  it('follows E = N·P·(1 − s_g + s_g·RR)/(1 − s + s·RR) with s the child-weighted mean', () => {
    const estimates = estimateAll(inputs);
    const withData = inputs.filter((i) => i.riskShares?.LOW_PARENTAL_EDUCATION !== undefined);
    const s =
      withData.reduce((sum, i) => sum + i.children! * i.riskShares!.LOW_PARENTAL_EDUCATION!, 0) / withData.reduce((sum, i) => sum + i.children!, 0);
    const rr = RISK_FACTORS.LOW_PARENTAL_EDUCATION.relativeRisk;
    const a = estimates.find((e) => e.code === 'A')!;
    expect(a.nationalShare).toBeCloseTo(s, 12);
    expect(a.low).toBeCloseTo((20000 * 0.026 * (1 - 0.3 + 0.3 * rr)) / (1 - s + s * rr), 9);
    expect(a.high / a.low).toBeCloseTo(37 / 26, 12);
    // more risk, more children affected per child
    const b = estimates.find((e) => e.code === 'B')!;
    expect(a.low / a.children).toBeGreaterThan(b.low / b.children);
  });

  it('reproduces the national range when summed over all municipalities', () => {
    const estimates = estimateAll(inputs);
    expect(estimates.reduce((s, e) => s + e.low, 0)).toBeCloseTo(allChildren * NATIONAL_RATE.low, 6);
    expect(estimates.reduce((s, e) => s + e.high, 0)).toBeCloseTo(allChildren * NATIONAL_RATE.high, 6);
  });

  it('falls back to the national rate where an input is missing, and says so', () => {
    const d = estimateAll(inputs).find((e) => e.code === 'D')!;
    expect(d).toMatchObject({ method: 'NATIONAL_RATE', low: 3000 * 0.026, high: 3000 * 0.037, factor: null });
    expect(d.fallbackReason).toMatch(/landelijke tarief/);
    const none = estimateAll([{ code: 'E', children: 1000 }]);
    expect(none[0].fallbackReason).toMatch(/geen gegevens over risicofactoren/);
  });

  it('gives no estimate without a number of children', () => {
    expect(estimateAll([{ code: 'F', children: null }])).toEqual([]);
  });
});

describe('publishEstimate', () => {
  it('rounds the range to tens and suppresses tiny estimates', () => {
    expect(publishEstimate({ low: 4273.4, high: 6081.2 }, MUNICIPALITY_RULES)).toEqual({ low: 4270, high: 6080, status: 'PUBLISHED' });
    expect(publishEstimate({ low: 10.4, high: 14.8 }, DISTRICT_RULES)).toEqual({ low: null, high: null, status: 'SUPPRESSED' });
  });
});
