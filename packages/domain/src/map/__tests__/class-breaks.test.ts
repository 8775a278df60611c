import { classIndex, legendClasses } from '../classify';
import { readableClassification } from '../class-breaks';

const label = (v: number) => v.toFixed(1);

/** Every class as the legend writes it, with the number of values in it. */
function bands(values: number[], classes: number, decimals: number) {
  const c = readableClassification(values, classes, decimals)!;
  const legend = legendClasses(c, (v) => v.toFixed(decimals));
  const counts = legend.map((l) => values.filter((v) => classIndex(v, c) === l.index).length);
  return { c, legend, counts };
}

describe('readableClassification', () => {
  it('gives quantile classes for evenly spread values', () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    expect(readableClassification(values, 4, 0)).toEqual({ breaks: [25, 50, 75], min: 0, max: 100 });
  });

  it('never ends with a one-point band when the top values are tied', () => {
    // Plain quantiles put a break at 42 = max: "42 tot en met 42".
    const { c, legend } = bands([18, 19, 20, 21, 42, 42, 42, 42, 42, 42], 5, 0);
    expect(c.breaks.every((b) => b < 42)).toBe(true);
    expect(legend.every((l) => l.label.split(' tot ').length === 2)).toBe(true);
  });

  it('drops breaks that the legend would show equal to their neighbour', () => {
    // 4.01 .. 4.04 all read 4,0 at one decimal.
    const values = [4.01, 4.02, 4.03, 4.04, 4.04, 5.2, 6.1, 7.3];
    const { legend, counts } = bands(values, 5, 1);
    for (const l of legend) expect(l.from < l.to).toBe(true);
    const shown = legend.map((l) => [label(l.from), label(l.to)]);
    for (const [from, to] of shown) expect(from).not.toBe(to);
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(values.length);
  });

  it('merges a class that rounding left empty', () => {
    const values = [1.04, 1.06, 1.07, 1.08, 1.09, 3];
    const { counts } = bands(values, 5, 1);
    expect(counts.every((n) => n > 0)).toBe(true);
  });

  it('keeps every value in exactly one non-empty class for many random sets', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 200; run++) {
      const values = Array.from({ length: 5 + Math.floor(random() * 50) }, () => Math.round(random() * (run % 3 === 0 ? 3 : 300)) / 10);
      const { c, legend, counts } = bands(values, 5, 1);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(values.length);
      expect(counts.every((n) => n > 0)).toBe(true);
      if (c.min !== c.max) for (const l of legend) expect(label(l.from) === label(l.to)).toBe(false);
    }
  });

  it('gives a single class when all values are equal, and null without values', () => {
    expect(readableClassification([5, 5, 5], 5, 0)).toEqual({ breaks: [], min: 5, max: 5 });
    expect(readableClassification([null, undefined], 5, 0)).toBeNull();
  });

  it('refuses a nonsensical class count or precision', () => {
    expect(() => readableClassification([1], 0, 0)).toThrow(RangeError);
    expect(() => readableClassification([1], 3, -1)).toThrow(RangeError);
  });
});
