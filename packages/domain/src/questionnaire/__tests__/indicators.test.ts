import { BAND_LABELS, bandOf, computeIndicator, computeIndicators, indicatorChange } from '../indicators';
import { indexQuestions } from '../visibility';
import type { IndicatorDefinition } from '../questionnaire.types';
import { FIXTURE } from './fixture';

const thresholds = { partial: 40, high: 75 };

const indicator = (questions: string[], extra: Partial<IndicatorDefinition> = {}): IndicatorDefinition => ({
  key: 'i',
  label: 'I',
  theme: 'T',
  description: '',
  formula: { kind: 'share-realised', questions },
  thresholds,
  tips: { LOW: [], PARTIAL: [], HIGH: [] },
  ...extra,
});

describe('bandOf', () => {
  it.each([
    [0, 'LOW'],
    [39.9, 'LOW'],
    [40, 'PARTIAL'],
    [74.9, 'PARTIAL'],
    [75, 'HIGH'],
    [100, 'HIGH'],
    [null, null],
    [Number.NaN, null],
  ] as const)('%p → %p', (value, band) => {
    expect(bandOf(value, thresholds)).toBe(band);
  });

  it('has Dutch labels', () => {
    expect(BAND_LABELS).toEqual({ LOW: 'weinig gerealiseerd', PARTIAL: 'deels gerealiseerd', HIGH: 'grotendeels gerealiseerd' });
  });
});

describe('computeIndicator', () => {
  it('scores YES 1, PARTLY 0.5 and NO 0, rounded to one decimal', () => {
    const result = computeIndicator(indicator(['a', 'b', 'c']), { a: 'YES', b: 'PARTLY', c: 'NO' });
    expect(result).toEqual({ key: 'i', value: 50, band: 'PARTIAL', known: 3, unknown: 0, missing: 0, total: 3 });
    expect(computeIndicator(indicator(['a', 'b', 'c']), { a: 'YES', b: 'YES', c: 'NO' }).value).toBe(66.7);
  });

  it('leaves UNKNOWN and missing answers out instead of counting them as NO', () => {
    const result = computeIndicator(indicator(['a', 'b', 'c', 'd']), { a: 'YES', b: 'PARTLY', c: 'UNKNOWN' });
    expect(result).toEqual({ key: 'i', value: 75, band: 'HIGH', known: 2, unknown: 1, missing: 1, total: 4 });
  });

  it('has no value when fewer than half of the items are known', () => {
    const result = computeIndicator(indicator(['a', 'b', 'c']), { a: 'YES', b: 'UNKNOWN' });
    expect(result).toMatchObject({ value: null, band: null, known: 1, unknown: 1, missing: 1 });
  });

  it('honours a custom minimum known share', () => {
    const def = indicator(['a', 'b', 'c', 'd'], { minimumKnownShare: 0.25 });
    expect(computeIndicator(def, { a: 'NO' })).toMatchObject({ value: 0, band: 'LOW' });
    expect(computeIndicator(def, {}).value).toBeNull();
  });

  it('treats answers that are not a realisation as missing', () => {
    expect(computeIndicator(indicator(['a', 'b']), { a: 'YES', b: 'ja' })).toMatchObject({ value: 100, known: 1, unknown: 0, missing: 1 });
  });

  it('treats answers to hidden questions as missing', () => {
    const def = indicator(['a.beleid', 'a.ingezet', 'a.bereik']);
    const answers = { 'a.beleid': 'YES', 'a.ingezet': 'NO', 'a.bereik': 'YES' };
    expect(computeIndicator(def, answers)).toMatchObject({ value: 66.7, known: 3 });
    expect(computeIndicator(def, answers, indexQuestions(FIXTURE))).toMatchObject({ value: 50, known: 2, missing: 1 });
  });

  it('bands on the rounded value', () => {
    // (900 YES + 1 PARTLY) of 1201 items = 74.979…, shown as 75, so HIGH rather than PARTIAL
    const keys = Array.from({ length: 1201 }, (_, i) => `q${i}`);
    const answers = Object.fromEntries(keys.map((key, i) => [key, i < 900 ? 'YES' : i === 900 ? 'PARTLY' : 'NO']));
    expect(computeIndicator(indicator(keys), answers)).toMatchObject({ value: 75, band: 'HIGH' });
  });
});

describe('computeIndicators', () => {
  it('computes every indicator using the visibility of the questionnaire', () => {
    const defs = [indicator(['a.beleid', 'a.ingezet', 'a.bereik'], { key: 'x' }), indicator(['a.beleid'], { key: 'y' })];
    const results = computeIndicators(defs, { 'a.beleid': 'PARTLY', 'a.ingezet': 'NO', 'a.bereik': 'YES' }, FIXTURE);
    expect(results.map((r) => [r.key, r.value])).toEqual([
      ['x', 25],
      ['y', 50],
    ]);
  });
});

describe('indicatorChange', () => {
  it('is the difference in points', () => {
    expect(indicatorChange(62.5, 40)).toBe(22.5);
    expect(indicatorChange(40.3, 40.1)).toBe(0.2);
    expect(indicatorChange({ value: 30 }, { value: 45 })).toBe(-15);
  });

  it('is null when a value is missing', () => {
    expect(indicatorChange(50, null)).toBeNull();
    expect(indicatorChange({ value: null }, { value: 10 })).toBeNull();
    expect(indicatorChange(undefined, 10)).toBeNull();
  });
});
