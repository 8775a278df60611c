import { parseEffectCsv, validateEffectLines } from '../scores';

const HEADER = 'traject;meetmoment;beoordelaar;score;interventie;wijk';

function csv(...lines: string[]): string {
  return [HEADER, ...lines].join('\n');
}

describe('parseEffectCsv', () => {
  it('reads a valid file with either separator', () => {
    const semicolon = parseEffectCsv(csv('T-1;0;hulpverlener;3;signs-of-safety;WK036301', 'T-1;1;Ouder;6;signs-of-safety;WK036301'), 'GM0363');
    expect(semicolon).toEqual({
      ok: true,
      rows: [
        { line: 2, trajectoryId: 'T-1', moment: 0, rater: 'HELPER', score: 3, intervention: 'signs-of-safety', districtCode: 'WK036301' },
        { line: 3, trajectoryId: 'T-1', moment: 1, rater: 'PARENT', score: 6, intervention: 'signs-of-safety', districtCode: 'WK036301' },
      ],
    });
    const comma = parseEffectCsv('wijk,traject,meetmoment,beoordelaar,score,interventie\n,T-2,0,kind,10,veilig-verder', 'GM0363');
    expect(comma.ok && comma.rows[0]).toMatchObject({ trajectoryId: 'T-2', rater: 'CHILD', score: 10, districtCode: null });
  });

  it('refuses a BSN, a date of birth and a name, naming line and field', () => {
    const result = parseEffectCsv(
      csv(
        'T-1;0;hulpverlener;3;signs-of-safety;',
        '111222333;0;ouder;4;signs-of-safety;',
        'T-3;0;kind;5;signs-of-safety;',
        'T-4;0;kind;5;Jan de Vries;',
        'T-5;0;kind;5;signs-of-safety;03-11-2015',
      ),
      'GM0363',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 3, field: 'traject' },
      { line: 5, field: 'interventie' },
      { line: 6, field: 'wijk' },
    ]);
    expect(result.problems[0].message).toMatch(/burgerservicenummer/);
    expect(result.problems[1].message).toMatch(/naam/);
    expect(result.problems[2].message).toMatch(/datum/);
  });

  it.each([
    ['T-1;0;hulpverlener;11;x;', 'score'],
    ['T-1;0;hulpverlener;3.5;x;', 'score'],
    ['T-1;21;hulpverlener;3;x;', 'meetmoment'],
    ['T-1;0;buurman;3;x;', 'beoordelaar'],
    ['Jansen;0;ouder;3;x;', 'traject'],
    ['T-1;0;ouder;3;Signs of Safety;', 'interventie'],
    ['T-1;0;ouder;3;x;WK034401', 'wijk'],
  ])('refuses %s in field %s', (line, field) => {
    const result = parseEffectCsv(csv(line), 'GM0363');
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ line: 2, field })] });
  });

  it('refuses unknown or missing columns on the header line, and an empty file', () => {
    expect(parseEffectCsv(`${HEADER};naam\nT-1;0;ouder;3;x;;Piet`, 'GM0363')).toEqual({
      ok: false,
      problems: [expect.objectContaining({ line: 1, field: 'naam' })],
    });
    expect(parseEffectCsv('traject;meetmoment;beoordelaar;score;interventie\nT-1;0;ouder;3;x', 'GM0363')).toEqual({
      ok: false,
      problems: [expect.objectContaining({ line: 1, field: 'wijk' })],
    });
    expect(parseEffectCsv('', 'GM0363')).toEqual({ ok: false, problems: [expect.objectContaining({ line: 1 })] });
    expect(parseEffectCsv(HEADER, 'GM0363')).toEqual({ ok: false, problems: [expect.objectContaining({ line: 2 })] });
  });

  it('refuses duplicates and a trajectory that changes intervention or district', () => {
    const result = parseEffectCsv(csv('T-1;0;ouder;3;a;', 'T-1;0;ouder;4;a;', 'T-1;1;ouder;4;b;', 'T-1;2;ouder;4;a;WK036301'), 'GM0363');
    expect(result.ok ? [] : result.problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'beoordelaar'],
      [4, 'interventie'],
      [5, 'wijk'],
    ]);
  });

  it('validates form lines with the same rules', () => {
    const result = validateEffectLines(
      [{ line: 1, values: { traject: 'T-9', meetmoment: '0', beoordelaar: 'kind', score: '12', interventie: 'x', wijk: '' } }],
      'GM0363',
    );
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ line: 1, field: 'score' })] });
  });
});
