import {
  districtCoverage,
  districtShares,
  fitLinearModel,
  isLevelOfDatabank,
  isRecognised,
  offersPerTargetGroup,
  predict,
  solveLinearSystem,
  supplyGaps,
  SUPPLY_THRESHOLDS,
  TARGET_GROUPS,
  type DistrictDemand,
  type OfferForCoverage,
} from '..';

const demand: DistrictDemand[] = [
  { code: 'WK1', children: 3000, needLow: 80, needHigh: 110 },
  { code: 'WK2', children: 1000, needLow: 30, needHigh: 40 },
  { code: 'WK3', children: null, needLow: null, needHigh: null },
];

const offer = (over: Partial<OfferForCoverage>): OfferForCoverage => ({
  id: 'o',
  name: 'Aanbod',
  targetGroup: 'FAMILIES',
  preventionLevel: 'CARE',
  recognitionLevel: 'GOOD_INDICATIONS',
  capacity: 100,
  reachLastYear: 90,
  districtCodes: ['WK1', 'WK2'],
  ...over,
});

describe('recognition levels', () => {
  it('only counts goed onderbouwd and higher as recognised', () => {
    expect(isRecognised('WELL_FOUNDED')).toBe(true);
    expect(isRecognised('STRONG_INDICATIONS')).toBe(true);
    expect(isRecognised('WELL_DESCRIBED')).toBe(false);
    expect(isRecognised('NOT_ASSESSED')).toBe(false);
  });

  it('knows which databank awards which level', () => {
    expect(isLevelOfDatabank('NJI', 'GOOD_INDICATIONS')).toBe(true);
    expect(isLevelOfDatabank('NJI', 'EFFECTIVE')).toBe(false);
    expect(isLevelOfDatabank('MOVISIE', 'EFFECTIVE')).toBe(true);
    expect(isLevelOfDatabank('NONE', 'WELL_FOUNDED')).toBe(false);
    expect(isLevelOfDatabank('NONE', 'NOT_ASSESSED')).toBe(true);
  });
});

describe('district shares of an offer', () => {
  const byCode = new Map(demand.map((d) => [d.code, d]));
  it('shares by children 0-17 when every served district has a count', () => {
    expect(districtShares({ districtCodes: ['WK1', 'WK2'] }, byCode)).toEqual(
      new Map([
        ['WK1', 0.75],
        ['WK2', 0.25],
      ]),
    );
  });
  it('shares equally when a served district has no published count, and ignores unknown codes', () => {
    const shares = districtShares({ districtCodes: ['WK1', 'WK3', 'WK9'] }, byCode);
    expect([...shares.entries()]).toEqual([
      ['WK1', 0.5],
      ['WK3', 0.5],
    ]);
  });
});

describe('district coverage', () => {
  it('apportions capacity of indicated prevention and care, and relates it to the lower estimate', () => {
    const universal = offer({ id: 'u', preventionLevel: 'UNIVERSAL', capacity: 1000, targetGroup: 'PARENTS', recognitionLevel: 'NOT_ASSESSED' });
    const [wk1, wk2, wk3] = districtCoverage(demand, [offer({}), universal]);
    expect(wk1.matchingCapacity).toBe(75);
    expect(wk1.capacityPercentOfNeed).toBe(94); // 75 / 80
    expect(wk2.matchingCapacity).toBe(25);
    expect(wk2.capacityPercentOfNeed).toBe(83); // 25 / 30
    expect(wk3.offers).toBe(0);
    expect(wk3.capacityPercentOfNeed).toBeNull();
    expect(wk1.offers).toBe(2);
    expect(wk1.recognisedOffers).toBe(1);
    const parents = wk1.targetGroups.find((t) => t.targetGroup === 'PARENTS')!;
    expect(parents).toEqual({ targetGroup: 'PARENTS', offers: 1, recognisedOffers: 0, capacity: 750 });
  });

  it('counts offers per target group as the page does from its offers: only those serving the district, recognised apart', () => {
    const offers = [
      offer({ id: 'a', targetGroup: 'PARENTS', recognitionLevel: 'WELL_FOUNDED', districtCodes: ['WK1'] }),
      offer({ id: 'b', targetGroup: 'PARENTS', recognitionLevel: 'NOT_ASSESSED', districtCodes: ['WK1', 'WK2'] }),
      offer({ id: 'c', targetGroup: 'PARENTS', recognitionLevel: 'WELL_FOUNDED', districtCodes: ['WK2'] }),
    ];
    const counts = offersPerTargetGroup('WK1', offers);
    expect(counts.map((c) => c.targetGroup)).toEqual([...TARGET_GROUPS]);
    expect(counts.find((c) => c.targetGroup === 'PARENTS')).toEqual({ targetGroup: 'PARENTS', offers: 2, recognisedOffers: 1 });
    expect(counts.find((c) => c.targetGroup === 'FAMILIES')).toEqual({ targetGroup: 'FAMILIES', offers: 0, recognisedOffers: 0 });
    // the coverage's own counts are the same
    const [wk1] = districtCoverage(demand, offers);
    expect(wk1.targetGroups.map(({ capacity: _capacity, ...rest }) => rest)).toEqual(counts);
  });

  it('publishes apportioned reach under the district rules (rounded to tens, small counts withheld)', () => {
    const [wk1, wk2] = districtCoverage(demand, [offer({ reachLastYear: 60 })]);
    expect(wk1.reach).toEqual({ value: 50, status: 'PUBLISHED' }); // 45 → 50
    expect(wk2.reach.status).toBe('SUPPRESSED'); // 15 < 20
    expect(wk2.reach.value).toBeNull();
  });
});

describe('gaps', () => {
  it('names target groups without a recognised offer, districts below the capacity threshold and offers with low reach', () => {
    const offers = [offer({ capacity: 40, reachLastYear: 10 })];
    const coverage = districtCoverage(demand, offers);
    const gaps = supplyGaps(coverage, offers);
    const missing = gaps.filter((g) => g.kind === 'NO_RECOGNISED_OFFER');
    expect(missing.map((g) => g.targetGroup)).toEqual(['CHILDREN_0_4', 'CHILDREN_4_12', 'YOUTH_12_18', 'PARENTS', 'FAMILIES']);
    expect(missing.find((g) => g.targetGroup === 'FAMILIES')!.districtCodes).toEqual(['WK3']);
    expect(missing.find((g) => g.targetGroup === 'PARENTS')!.explanation).toContain('in geen enkele wijk');
    // WK1: 30 places against 80 (38 %), WK2: 10 against 30 (33 %), both below 50 %
    expect(gaps.find((g) => g.kind === 'CAPACITY_BELOW_NEED')!.districtCodes).toEqual(['WK1', 'WK2']);
    const reach = gaps.find((g) => g.kind === 'LOW_REACH')!;
    expect(reach.offerId).toBe('o');
    expect(reach.explanation).toContain('25 %');
  });

  it('flags nothing at the thresholds themselves', () => {
    const atThreshold = offer({ capacity: 160, reachLastYear: 160 * SUPPLY_THRESHOLDS.reachShareOfCapacity });
    const coverage = districtCoverage([{ code: 'WK1', children: 100, needLow: 320, needHigh: 400 }], [{ ...atThreshold, districtCodes: ['WK1'] }]);
    expect(coverage[0].capacityPercentOfNeed).toBe(50);
    const kinds = supplyGaps(coverage, [atThreshold]).map((g) => g.kind);
    expect(kinds).not.toContain('CAPACITY_BELOW_NEED');
    expect(kinds).not.toContain('LOW_REACH');
  });
});

describe('expected use model', () => {
  it('solves a linear system', () => {
    expect(
      solveLinearSystem(
        [
          [2, 1],
          [1, 3],
        ],
        [3, 5],
      ).map((v) => Math.round(v * 1e9) / 1e9),
    ).toEqual([0.8, 1.4]);
    expect(() =>
      solveLinearSystem(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 2],
      ),
    ).toThrow(RangeError);
  });

  it('recovers the coefficients of exact linear data and explains all variance', () => {
    const rows = [
      [1, 2],
      [2, 1],
      [3, 5],
      [4, 2],
      [5, 7],
      [6, 1],
    ].map((x) => ({ x, y: 2 + 0.5 * x[0] - 1.5 * x[1] }));
    const model = fitLinearModel(rows);
    expect(model.coefficients.map((c) => Math.round(c * 1e6) / 1e6)).toEqual([2, 0.5, -1.5]);
    expect(model.rSquared).toBeCloseTo(1, 9);
    expect(predict(model.coefficients, [10, 10])).toBeCloseTo(-8, 9);
  });

  it('refuses to fit on too few rows', () => {
    expect(() => fitLinearModel([{ x: [1, 2], y: 1 }])).toThrow(RangeError);
  });
});
