import {
  applySecondarySuppression,
  DISTRICT_RULES,
  MUNICIPALITY_RULES,
  publishCount,
  publishRate,
  publishShare,
  type AdditiveCell,
  type RawCell,
} from '../disclosure';

const value = (v: number): RawCell => ({ value: v, status: 'VALUE' });

describe('publishCount', () => {
  it('rounds to a multiple of 5 and keeps CBS-rounded figures as they are', () => {
    expect(publishCount(value(143210), MUNICIPALITY_RULES)).toEqual({ value: 143210, status: 'PUBLISHED' });
    expect(publishCount(value(272), MUNICIPALITY_RULES)).toEqual({ value: 270, status: 'PUBLISHED' });
    expect(publishCount(value(13), MUNICIPALITY_RULES)).toEqual({ value: 15, status: 'PUBLISHED' });
  });

  it('suppresses counts below 10, as a status without a number', () => {
    for (const n of [0, 1, 7, 9]) {
      expect(publishCount(value(n), MUNICIPALITY_RULES)).toEqual({ value: null, status: 'SUPPRESSED', reason: 'small' });
    }
    expect(publishCount(value(10), MUNICIPALITY_RULES).status).toBe('PUBLISHED');
  });

  it('is stricter at district level', () => {
    expect(publishCount(value(15), DISTRICT_RULES).status).toBe('SUPPRESSED');
    expect(publishCount(value(24), DISTRICT_RULES)).toEqual({ value: 20, status: 'PUBLISHED' });
    expect(publishCount(value(26), DISTRICT_RULES)).toEqual({ value: 30, status: 'PUBLISHED' });
  });

  it('keeps the CBS symbols: "." is unknown, blank cannot occur', () => {
    expect(publishCount({ value: null, status: 'SECRET' }, MUNICIPALITY_RULES).status).toBe('UNKNOWN');
    expect(publishCount({ value: null, status: 'EMPTY' }, MUNICIPALITY_RULES).status).toBe('NOT_APPLICABLE');
  });
});

describe('rates and shares', () => {
  it('computes rates from unrounded values', () => {
    // 272 per 65,000 inhabitants: from the raw 272, not the published 270
    expect(publishRate(value(272), 65000, 1000, MUNICIPALITY_RULES)).toEqual({ value: 4.2, status: 'PUBLISHED' });
    expect(publishRate(value(272), 65000, 1000, MUNICIPALITY_RULES, 2)).toEqual({ value: 4.18, status: 'PUBLISHED' });
  });

  it('suppresses a rate when its count is suppressed or unknown, or the population is too small', () => {
    expect(publishRate(value(8), 65000, 1000, MUNICIPALITY_RULES)).toMatchObject({ value: null, status: 'SUPPRESSED' });
    expect(publishRate({ value: null, status: 'SECRET' }, 65000, 1000, MUNICIPALITY_RULES)).toMatchObject({ value: null, status: 'UNKNOWN' });
    expect(publishRate(value(50), 60, 1000, MUNICIPALITY_RULES)).toMatchObject({ value: null, status: 'SUPPRESSED' });
    expect(publishRate(value(50), null, 1000, MUNICIPALITY_RULES)).toMatchObject({ value: null, status: 'UNKNOWN' });
  });

  it('computes shares from unrounded values and suppresses them with a part', () => {
    // Assen 2023*: 35 of 270 meldingen = 13.0 % (CBS published 13,0)
    expect(publishShare(value(35), value(270), MUNICIPALITY_RULES)).toEqual({ value: 13, status: 'PUBLISHED' });
    expect(publishShare(value(6), value(270), MUNICIPALITY_RULES)).toMatchObject({ value: null, status: 'SUPPRESSED' });
  });
});

describe('applySecondarySuppression', () => {
  const cell = (key: string, n: number, rules = MUNICIPALITY_RULES): AdditiveCell => ({
    key,
    raw: value(n),
    published: publishCount(value(n), rules),
  });

  it('leaves a group alone when nothing is suppressed', () => {
    const result = applySecondarySuppression(cell('totaal', 60), [cell('a', 30), cell('b', 30)], MUNICIPALITY_RULES);
    expect(result.parts.map((p) => p.published.status)).toEqual(['PUBLISHED', 'PUBLISHED']);
  });

  it('stops a suppressed cell from being derived as total minus the published parts', () => {
    // total 55 = 7 + 20 + 28: alone, 55 - 20 - 28 would reveal the 7
    const result = applySecondarySuppression(cell('totaal', 55), [cell('a', 7), cell('b', 20), cell('c', 28)], MUNICIPALITY_RULES);
    const statuses = Object.fromEntries(result.parts.map((p) => [p.key, p.published]));
    expect(statuses.a.status).toBe('SUPPRESSED');
    expect(statuses.b).toEqual({ value: null, status: 'SUPPRESSED', reason: 'secondary' });
    expect(statuses.c.status).toBe('PUBLISHED');
    expect(result.total.published.status).toBe('PUBLISHED');
    // what can be derived now is only the sum of two cells, 27, which is not below the threshold
    const derivable =
      result.total.published.value! - result.parts.filter((p) => p.published.status === 'PUBLISHED').reduce((s, p) => s + p.published.value!, 0);
    expect(derivable).toBeGreaterThanOrEqual(MUNICIPALITY_RULES.minimumCount);
  });

  it('suppresses more cells while the hidden cells together stay below the threshold', () => {
    // 3 + 4 would be derivable as 7 from the total: a third cell goes too
    const result = applySecondarySuppression(cell('totaal', 75), [cell('a', 3), cell('b', 4), cell('c', 30), cell('d', 38)], MUNICIPALITY_RULES);
    expect(result.parts.map((p) => p.published.status)).toEqual(['SUPPRESSED', 'SUPPRESSED', 'SUPPRESSED', 'PUBLISHED']);
  });

  it('accepts two small hidden parts once together they reach the threshold', () => {
    const result = applySecondarySuppression(cell('totaal', 12), [cell('a', 5), cell('b', 7)], MUNICIPALITY_RULES);
    expect(result.parts.every((p) => p.published.status === 'SUPPRESSED')).toBe(true);
    expect(result.total.published.status).toBe('PUBLISHED');
  });

  it('suppresses the total when no part is left to hide', () => {
    // parts that do not cover the total (e.g. districts with an unassigned rest): 3 + 4 stays derivable
    const result = applySecondarySuppression(cell('totaal', 12), [cell('a', 3), cell('b', 4)], MUNICIPALITY_RULES);
    expect(result.parts.every((p) => p.published.status === 'SUPPRESSED')).toBe(true);
    expect(result.total.published).toEqual({ value: null, status: 'SUPPRESSED', reason: 'secondary' });
  });

  it('applies the district rules to a municipality and its districts', () => {
    const result = applySecondarySuppression(
      cell('GM', 400),
      [cell('WK1', 12, DISTRICT_RULES), cell('WK2', 150, DISTRICT_RULES), cell('WK3', 238, DISTRICT_RULES)],
      DISTRICT_RULES,
    );
    expect(result.parts.map((p) => p.published.status)).toEqual(['SUPPRESSED', 'SUPPRESSED', 'PUBLISHED']);
  });

  it('does not change its input', () => {
    const parts = [cell('a', 7), cell('b', 20)];
    applySecondarySuppression(cell('totaal', 27), parts, MUNICIPALITY_RULES);
    expect(parts[1].published.status).toBe('PUBLISHED');
  });
});
