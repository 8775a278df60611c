import {
  domesticViolenceScenarioTotals,
  DV_PREVALENCE,
  estimateDomesticViolence,
  policeFactor,
  POLICE_SHRINKAGE_REPORTS,
} from '../domestic-violence';

// Synthetic areas for the method only.
const areas = [
  { code: 'A', adults: 100000, riskRelative: 1.4, police: { observed: 900, adults: 100000, nationalRate: 0.006 } },
  { code: 'B', adults: 50000, riskRelative: 0.8, police: null },
  { code: 'C', adults: 2000, riskRelative: 1.0, police: { observed: 0, adults: 2000, nationalRate: 0.006 } },
];

describe('estimateDomesticViolence', () => {
  it('adds up to the national prevalence in every scenario', () => {
    const adults = 152000;
    const totals = domesticViolenceScenarioTotals(areas);
    expect(totals).toHaveLength(4);
    for (const [i, total] of totals.entries()) {
      expect(total).toBeCloseTo(adults * (i % 2 === 0 ? DV_PREVALENCE.low : DV_PREVALENCE.high), 6);
    }
  });

  it('gives a range that contains the plain prevalence share, moved up by police involvement and risk', () => {
    const [a, b, c] = estimateDomesticViolence(areas);
    for (const e of [a, b, c]) expect(e.low).toBeLessThan(e.high);
    expect(a.high / a.adults).toBeGreaterThan(b.high / b.adults);
    expect(b.policeFactor).toBe(1);
    // shrinkage: (y + α) / (e + α)
    expect(a.policeFactor).toBeCloseTo((900 + POLICE_SHRINKAGE_REPORTS) / (600 + POLICE_SHRINKAGE_REPORTS), 12);
    expect(c.policeFactor).toBeCloseTo(POLICE_SHRINKAGE_REPORTS / (12 + POLICE_SHRINKAGE_REPORTS), 12);
    expect(policeFactor(null)).toBe(1);
  });
});
