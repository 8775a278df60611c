import { formatCount, formatFigureOf, formatPercentFigure, formatRange, formatRate, figureKindOfUnit, NOT_PUBLISHED } from '../figures';

describe('figure formatter', () => {
  it('writes counts as whole numbers with a thousands dot', () => {
    expect(formatCount(1905)).toBe('1.905');
    expect(formatCount(127340)).toBe('127.340');
    expect(formatCount(4.5)).toBe('5');
  });

  it('writes rates with exactly one decimal, also for whole and long numbers', () => {
    expect(formatRate(4)).toBe('4,0');
    expect(formatRate(4.04999)).toBe('4,0');
    expect(formatRate(12.345)).toBe('12,3');
    expect(formatRate(1234.56)).toBe('1.234,6');
  });

  it('never prints a negative zero', () => {
    expect(formatRate(-0.01)).toBe('0,0');
    expect(formatCount(-0.2)).toBe('0');
  });

  it('writes percentages with one decimal and no space', () => {
    expect(formatPercentFigure(14.6)).toBe('14,6%');
    expect(formatPercentFigure(10)).toBe('10,0%');
  });

  it('gives null for missing figures instead of a placeholder', () => {
    expect(formatFigureOf(null, 'count')).toBeNull();
    expect(formatFigureOf(undefined, 'rate')).toBeNull();
    expect(formatFigureOf(Number.NaN, 'percent')).toBeNull();
    expect(formatFigureOf(3, 'rate')).toBe('3,0');
  });

  it('maps CBS units to kinds', () => {
    expect(figureKindOfUnit('%')).toBe('percent');
    expect(figureKindOfUnit('aantal')).toBe('count');
  });

  it('writes a range only when both ends are there, in order', () => {
    expect(formatRange(4790, 6820, 'count')).toBe('4.790 tot 6.820');
    expect(formatRange(26, 37, 'rate')).toBe('26,0 tot 37,0');
    expect(formatRange(null, 6820, 'count')).toBeNull();
    expect(formatRange(4790, undefined, 'count')).toBeNull();
    expect(formatRange(10, 5, 'count')).toBeNull();
    expect(formatRange(5, 5, 'count')).toBe('5');
    expect(NOT_PUBLISHED).toBe('niet gepubliceerd');
  });
});
