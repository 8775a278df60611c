import { isClearingValue, validateAnswer } from '../validate-answer';
import type { Question } from '../questionnaire.types';

const q = (type: Question['type'], extra: Partial<Question> = {}): Question => ({ key: 'k', type, label: 'k', required: true, ...extra });

const realisation = q('YES_PARTLY_NO');
const single = q('SINGLE_CHOICE', {
  options: [
    { value: 'maandelijks', label: 'Maandelijks' },
    { value: 'nooit', label: 'Nooit' },
  ],
});
const multiple = q('MULTIPLE_CHOICE', {
  options: [
    { value: 'cbs', label: 'CBS' },
    { value: 'politie', label: 'Politie' },
  ],
});
const count = q('NUMBER', { min: 0, max: 500, integer: true });
const amount = q('NUMBER', { min: 0.5 });
const percentage = q('PERCENTAGE');
const text = q('TEXT', { maxLength: 2000 });
const date = q('DATE');

describe('validateAnswer', () => {
  it.each([realisation, single, multiple, count, percentage, text, date])('accepts clearing a %s answer', (question) => {
    for (const value of [null, undefined, '']) expect(validateAnswer(question, value)).toBeNull();
  });

  it('recognises clearing values', () => {
    expect([null, undefined, ''].every(isClearingValue)).toBe(true);
    expect([' ', 0, [], 'NO'].some(isClearingValue)).toBe(false);
  });

  it.each(['YES', 'PARTLY', 'NO', 'UNKNOWN'])('accepts realisation %s', (value) => {
    expect(validateAnswer(realisation, value)).toBeNull();
  });

  it.each([
    [realisation, 'yes', /'yes' is geen geldig antwoord; verwacht YES, PARTLY, NO of UNKNOWN/],
    [realisation, 1, /verwacht ja, deels, nee of weet niet/],
    [single, 'wekelijks', /'wekelijks' is geen antwoordoptie/],
    [single, ['maandelijks'], /verwacht één gekozen optie/],
    [multiple, 'cbs', /verwacht een lijst met gekozen opties/],
    [multiple, [], /kies ten minste één optie/],
    [multiple, ['cbs', 'cbs'], /optie 'cbs' is meer dan eens gekozen/],
    [multiple, ['cbs', 'buren'], /'buren' is geen antwoordoptie/],
    [multiple, ['cbs', 3], /verwacht opties als tekst/],
    [count, '12', /^verwacht een getal$/],
    [count, 501, /^moet tussen 0 en 500 liggen$/],
    [count, -1, /^moet tussen 0 en 500 liggen$/],
    [count, 2.5, /^verwacht een geheel getal$/],
    [count, Number.NaN, /^verwacht een eindig getal$/],
    [count, Number.POSITIVE_INFINITY, /^verwacht een eindig getal$/],
    [amount, 0.4, /^moet ten minste 0,5 zijn$/],
    [percentage, 100.5, /^percentage moet tussen 0 en 100 liggen$/],
    [percentage, -0.1, /^percentage moet tussen 0 en 100 liggen$/],
    [text, 12, /^verwacht een tekst$/],
    [text, 'x'.repeat(2001), /^tekst is te lang: hoogstens 2000 tekens \(nu 2001\)$/],
    [date, '2026-2-1', /verwacht een datum als JJJJ-MM-DD/],
    [date, '01-02-2026', /verwacht een datum als JJJJ-MM-DD/],
    [date, '2026-02-30', /'2026-02-30' is geen bestaande datum/],
    [date, '2025-02-29', /geen bestaande datum/],
    [date, '2026-13-01', /geen bestaande datum/],
    [date, '2026-04-31', /geen bestaande datum/],
    [date, 20260101, /verwacht een datum als tekst/],
  ] as const)('rejects %#: %p', (question, value, message) => {
    expect(validateAnswer(question, value)).toMatch(message);
  });

  it.each([
    [single, 'nooit'],
    [multiple, ['politie', 'cbs']],
    [count, 0],
    [count, 500],
    [amount, 7.25],
    [percentage, 0],
    [percentage, 37.5],
    [percentage, 100],
    [text, 'x'.repeat(2000)],
    [text, '😀'.repeat(2000)],
    [date, '2024-02-29'],
    [date, '2000-02-29'],
    [date, '2026-12-31'],
  ] as const)('accepts %#: %p', (question, value) => {
    expect(validateAnswer(question, value)).toBeNull();
  });

  it('limits text to 4000 characters by default', () => {
    const unlimited = q('TEXT');
    expect(validateAnswer(unlimited, 'x'.repeat(4000))).toBeNull();
    expect(validateAnswer(unlimited, 'x'.repeat(4001))).toMatch(/hoogstens 4000 tekens/);
  });

  it('rejects 1900-02-29 (not a leap year)', () => {
    expect(validateAnswer(date, '1900-02-29')).toMatch(/geen bestaande datum/);
  });
});
