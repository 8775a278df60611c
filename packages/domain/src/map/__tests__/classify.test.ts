import { classIndex, classCountOf, formatNumberNl, formatPercentNl, legendClasses, quantileClassification } from '../classify';

describe('quantileClassification', () => {
  it('splits evenly spread values into equal-count classes', () => {
    const values = Array.from({ length: 101 }, (_, i) => i); // 0..100
    const c = quantileClassification(values, 4)!;
    expect(c).toEqual({ breaks: [25, 50, 75], min: 0, max: 100 });
    const counts = [0, 0, 0, 0];
    for (const v of values) counts[classIndex(v, c)!]++;
    expect(counts).toEqual([25, 25, 25, 26]);
  });

  it('ignores missing values and sorts its input', () => {
    const c = quantileClassification([30, null, 10, undefined, 20, Number.NaN], 2)!;
    expect(c).toEqual({ breaks: [20], min: 10, max: 30 });
  });

  it('merges coinciding breaks of tied whole percentages', () => {
    const values = [18, 18, 18, 18, 18, 18, 18, 18, 25, 42];
    const c = quantileClassification(values, 5)!;
    expect(c.breaks).toEqual([25]);
    expect(classCountOf(c)).toBe(2);
    expect(classIndex(18, c)).toBe(0);
    expect(classIndex(25, c)).toBe(1);
    expect(legendClasses(c).map((l) => l.label)).toEqual(['18% tot 25%', '25% tot en met 42%']);
  });

  it('gives one class when all values are equal', () => {
    expect(quantileClassification([5, 5, 5], 5)).toEqual({ breaks: [], min: 5, max: 5 });
  });

  it('returns null without any value and rejects a bad class count', () => {
    expect(quantileClassification([null, undefined], 5)).toBeNull();
    expect(() => quantileClassification([1], 0)).toThrow(RangeError);
    expect(() => quantileClassification([1], 2.5)).toThrow(RangeError);
  });
});

describe('classIndex', () => {
  const c = { breaks: [20, 30], min: 10, max: 40 };
  it('puts a value equal to a break in the upper class', () => {
    expect(classIndex(10, c)).toBe(0);
    expect(classIndex(19.9, c)).toBe(0);
    expect(classIndex(20, c)).toBe(1);
    expect(classIndex(30, c)).toBe(2);
    expect(classIndex(40, c)).toBe(2);
  });
  it('returns null for missing values', () => {
    expect(classIndex(null, c)).toBeNull();
    expect(classIndex(undefined, c)).toBeNull();
  });
});

describe('Dutch formatting', () => {
  it('uses a decimal comma and a thousands dot', () => {
    expect(formatNumberNl(1234567)).toBe('1.234.567');
    expect(formatNumberNl(2.25, 2)).toBe('2,25');
    expect(formatNumberNl(2.26, 1)).toBe('2,3');
    expect(formatNumberNl(7, 1)).toBe('7');
  });
  it('formats percentages the CBS way', () => {
    expect(formatPercentNl(23)).toBe('23%');
    expect(formatPercentNl(21.5)).toBe('21,5%');
  });
});

describe('legendClasses', () => {
  it('labels every class with its bounds in Dutch', () => {
    const classes = legendClasses({ breaks: [20, 27.5], min: 11, max: 42 });
    expect(classes.map((c) => c.label)).toEqual(['11% tot 20%', '20% tot 27,5%', '27,5% tot en met 42%']);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [11, 20],
      [20, 27.5],
      [27.5, 42],
    ]);
  });
  it('labels a single-value class with just the value', () => {
    expect(legendClasses({ breaks: [], min: 5, max: 5 }).map((c) => c.label)).toEqual(['5%']);
  });
  it('accepts a custom formatter', () => {
    expect(legendClasses({ breaks: [2], min: 1, max: 3 }, String).map((c) => c.label)).toEqual(['1 tot 2', '2 tot en met 3']);
  });
});
