import { findInvalidText, textProblem } from '../valid-text';

describe('textProblem', () => {
  it('accepts ordinary text, tabs and line breaks, accents and emoji', () => {
    for (const text of ['', 'Amsterdam', 'regel 1\nregel 2\r\n\tingesprongen', 'Fryslân – ’s-Hertogenbosch', '👍🏽']) {
      expect(textProblem(text)).toBeNull();
    }
  });

  it('refuses NUL and other control characters', () => {
    for (const text of ['a\u0000b', '\u0001', 'x\u001By', '\u007F', '\u0085']) expect(textProblem(text)).toBe('CONTROL_CHARACTER');
  });

  it('refuses lone surrogates', () => {
    for (const text of ['\uD800', 'a\uDC00b', 'x\uD83D']) expect(textProblem(text)).toBe('LONE_SURROGATE');
  });
});

describe('findInvalidText', () => {
  it('names the path of the first invalid string in nested input', () => {
    const input = {
      year: 2026,
      answers: [
        { key: 'a', value: 'ok' },
        { key: 'b', value: ['x', 'y\u0000'] },
      ],
    };
    expect(findInvalidText(input, 'input')).toEqual({ field: 'input.answers.1.value.1', problem: 'CONTROL_CHARACTER' });
  });

  it('checks object keys and top-level argument names', () => {
    expect(findInvalidText({ email: 'a\uD800@b.nl' }, '')).toEqual({ field: 'email', problem: 'LONE_SURROGATE' });
    expect(findInvalidText({ value: { 'k\u0000': 1 } }, '')).toEqual({ field: 'value.k\u0000', problem: 'CONTROL_CHARACTER' });
  });

  it('passes valid input, numbers, booleans, null and dates', () => {
    expect(findInvalidText({ a: 1, b: true, c: null, d: new Date(), e: ['x'] }, '')).toBeNull();
  });
});
