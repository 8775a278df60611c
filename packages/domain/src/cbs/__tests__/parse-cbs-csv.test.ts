import { parseCbsCsv } from '../parse-cbs-csv';
import type { CbsObservation } from '../cbs.types';
import {
  CSV_84848,
  CSV_84849,
  CSV_84849_LEEUWARDEN,
  CSV_84851,
  CSV_84852,
  CSV_85361_FULL,
  CSV_85361_VERVOLG,
  HEADER_84849,
  ROWS_84849,
  cbsCsv,
  regions,
} from './fixtures';

const NOT_UTF8 = 'het bestand is geen UTF-8; sla het op als UTF-8 (CSV met statistische symbolen)';

function find(observations: CbsObservation[], measure: string, regionCode: string, period: string, category = 'Totaal') {
  return observations.filter((o) => o.measure === measure && o.regionCode === regionCode && o.period === period && o.category === category);
}

function reasons(result: { problems: { line: number; column: string; reason: string }[] }) {
  return result.problems.map((p) => `${p.line}|${p.column}|${p.reason}`);
}

describe('parseCbsCsv: happy path', () => {
  const result = parseCbsCsv(cbsCsv(CSV_84849), '84849NED', regions);

  it('reads every row without problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.tableId).toBe('84849NED');
    expect(result.format).toBe('csv');
    expect(result.observations).toHaveLength(ROWS_84849.length * 2);
  });

  it('reads values, region codes, periods and the line they came from', () => {
    expect(find(result.observations, 'gestarte_adviezen', 'NL01', '2023')).toEqual([
      {
        tableId: '84849NED',
        measure: 'gestarte_adviezen',
        category: 'Totaal',
        regionCode: 'NL01',
        period: '2023',
        value: 143210,
        status: 'VALUE',
        provisional: true,
        line: 2,
      },
    ]);
    expect(find(result.observations, 'ontvangen_meldingen', 'NL01', '2023')[0].value).toBe(127340);
    expect(find(result.observations, 'gestarte_adviezen', 'VT02', '2023')[0].value).toBe(2960);
    expect(find(result.observations, 'ontvangen_meldingen', 'GM0820', '2025-H1')[0]).toMatchObject({ value: 50, line: 10 });
  });

  it('reads half-years and provisional periods', () => {
    expect(find(result.observations, 'gestarte_adviezen', 'NL01', '2025-H1')[0]).toMatchObject({
      value: 84935,
      provisional: true,
      line: 7,
    });
    expect(find(result.observations, 'ontvangen_meldingen', 'LD01', '2025-H1')[0].value).toBe(5775);
    expect(find(result.observations, 'gestarte_adviezen', 'GM0228', '2025-H1')[0].value).toBe(345);
  });

  it('reads "." as SECRET, with categories', () => {
    const ggz = 'Geestelijke gezondheidszorg: totaal';
    expect(find(result.observations, 'gestarte_adviezen', 'GM0106', '2023', ggz)[0]).toMatchObject({ value: 15, status: 'VALUE' });
    expect(find(result.observations, 'ontvangen_meldingen', 'GM0106', '2023', ggz)[0]).toMatchObject({ value: null, status: 'SECRET', line: 4 });
    expect(find(result.observations, 'gestarte_adviezen', 'GM0106', '2023', 'Kinderopvang')[0]).toMatchObject({ value: null, status: 'SECRET' });
  });

  it('reads "" as EMPTY', () => {
    // format test of the blank symbol: the Kinderopvang/Assen row with one "." cell written as "" instead
    const lines = [HEADER_84849, '"Kinderopvang";"Assen";"2023*";"       .";""'];
    const r = parseCbsCsv(cbsCsv(lines), '84849NED', regions);
    expect(r.problems).toEqual([]);
    expect(r.observations.map((o) => [o.measure, o.status, o.value])).toEqual([
      ['gestarte_adviezen', 'SECRET', null],
      ['ontvangen_meldingen', 'EMPTY', null],
    ]);
  });

  it('is deterministic: the same bytes give identical results', () => {
    const bytes = cbsCsv(CSV_84849);
    expect(parseCbsCsv(bytes, '84849NED', regions)).toEqual(parseCbsCsv(bytes, '84849NED', regions));
    expect(JSON.stringify(parseCbsCsv(bytes, '84849NED', regions))).toBe(JSON.stringify(result));
  });

  it('finds columns by header text, not position', () => {
    const reorder = (line: string) => {
      const f = line.split(';');
      return [f[2], f[4], f[1], f[3], f[0]].join(';');
    };
    const r = parseCbsCsv(cbsCsv(CSV_84849.map(reorder)), '84849NED', regions);
    expect(r.problems).toEqual([]);
    expect(r.observations).toEqual(expect.arrayContaining(result.observations));
    expect(r.observations).toHaveLength(result.observations.length);
  });

  it('accepts a file without BOM, with LF line ends and without final newline', () => {
    const text = CSV_84849.join('\n');
    const r = parseCbsCsv(new TextEncoder().encode(text), '84849NED', regions);
    expect(r.problems).toEqual([]);
    expect(r.observations).toEqual(result.observations);
  });

  it('keeps category titles with commas and comparison signs', () => {
    const r = parseCbsCsv(cbsCsv(CSV_84849_LEEUWARDEN), '84849NED', regions);
    expect(r.problems).toEqual([]);
    expect(find(r.observations, 'ontvangen_meldingen', 'GM0080', '2020', 'Duur geweld: > 1 jaar,< 5 jaar')[0]).toMatchObject({
      value: 270,
      provisional: true,
    });
  });

  it('reads 84848NED (Veilig Thuis-regio)', () => {
    const r = parseCbsCsv(cbsCsv(CSV_84848), '84848NED', regions);
    expect(r.problems).toEqual([]);
    expect(find(r.observations, 'gestarte_adviezen', 'VT02', '2023', 'Beroep: medisch: verpleegkundige')[0].value).toBe(40);
    expect(find(r.observations, 'ontvangen_meldingen', 'NL01', '2023-H1', 'Beroep: kinderopvang: totaal')[0].value).toBe(320);
  });

  it('reads 84851NED topics with group paths', () => {
    const r = parseCbsCsv(cbsCsv(CSV_84851), '84851NED', regions);
    expect(r.problems).toEqual([]);
    expect(r.observations.map((o) => [o.measure, o.value])).toEqual([
      ['gestarte_adviezen', 2960],
      ['ontvangen_meldingen', 1905],
      ['casussen_met_melding', 1495],
      ['afgeronde_onderzoeken', 145],
      ['afgeronde_voorwaarden_vervolg', 125],
    ]);
    expect(r.observations.every((o) => o.regionCode === 'PV22' && o.category === 'Totaal')).toBe(true);
  });

  it('reads 84852NED with two category dimensions and final half-years', () => {
    const r = parseCbsCsv(cbsCsv(CSV_84852), '84852NED', regions);
    expect(r.problems).toEqual([]);
    const category = 'Veiligheidstaxatie: Totaal; Veiligheidsbeoordeling: Totaal';
    expect(r.observations.map((o) => [o.regionCode, o.period, o.value, o.provisional, o.category])).toEqual([
      ['NL01', '2020-H1', 64505, false, category],
      ['NL01', '2020-H2', 62910, false, category],
      ['NL01', '2020', 127410, false, category],
      ['PV22', '2020', 2205, false, category],
    ]);
  });

  it('reads all 20 topics of 85361NED, counts and percentages apart', () => {
    const r = parseCbsCsv(cbsCsv(CSV_85361_FULL), '85361NED', regions);
    expect(r.problems).toEqual([]);
    const byMeasure = Object.fromEntries(r.observations.map((o) => [o.measure, o.value]));
    expect(byMeasure).toEqual({
      ontvangen_meldingen: 127340,
      eerste_melding: 40615,
      hermelding_totaal: 48555,
      hermelding_meerdere_betrokkenen_bekend: 43080,
      hermelding_een_betrokkene_bekend: 5475,
      vervolgmelding_totaal: 36355,
      vervolgmelding_tijdens_veiligheidsbeoordeling: 16915,
      vervolgmelding_na_veiligheidsbeoordeling: 12895,
      vervolgmelding_tijdens_monitoring: 6545,
      melding_niet_ingedeeld: 1815,
      pct_ontvangen_meldingen: 100,
      pct_eerste_melding: 31.9,
      pct_hermelding_totaal: 38.1,
      pct_hermelding_meerdere_betrokkenen_bekend: 33.8,
      pct_hermelding_een_betrokkene_bekend: 4.3,
      pct_vervolgmelding_totaal: 28.5,
      pct_vervolgmelding_tijdens_veiligheidsbeoordeling: 13.3,
      pct_vervolgmelding_na_veiligheidsbeoordeling: 10.1,
      pct_vervolgmelding_tijdens_monitoring: 5.1,
      pct_melding_niet_ingedeeld: 1.4,
    });
    expect(r.observations.every((o) => o.category === '' && o.regionCode === 'NL01' && o.period === '2023' && o.provisional)).toBe(true);
  });

  it('reads a selection of 85361NED topics with "." cells', () => {
    const r = parseCbsCsv(cbsCsv(CSV_85361_VERVOLG), '85361NED', regions);
    expect(r.problems).toEqual([]);
    expect(find(r.observations, 'pct_vervolgmelding_totaal', 'PV20', '2023', '')[0].value).toBe(18.8);
    expect(find(r.observations, 'vervolgmelding_tijdens_monitoring', 'GM1680', '2023', '')[0]).toMatchObject({
      status: 'SECRET',
      value: null,
      line: 5,
    });
    expect(find(r.observations, 'pct_vervolgmelding_tijdens_monitoring', 'GM1680', '2023', '')[0].status).toBe('SECRET');
    expect(find(r.observations, 'vervolgmelding_totaal', 'GM1680', '2023', '')[0].value).toBe(30);
  });

  it('accepts the plain "CSV" variant: unquoted numbers, decimal comma, missing = empty (SECRET)', () => {
    const lines = [
      `"Regio's";"Perioden";"Ontvangen meldingen/Vervolgmelding tijdens betrokkenheid VT/Totaal (aantal)";"Ontvangen meldingen (relatief)/Vervolgmelding tijdens betrokkenheid VT/Totaal (%)";"Ontvangen meldingen (relatief)/Vervolgmelding tijdens betrokkenheid VT/Tijdens monitoring (%)"`,
      '"Nederland";"2023*";36355;28,5;5,1',
      '"Aa en Hunze";"2023*";30;31,6;',
    ];
    const r = parseCbsCsv(cbsCsv(lines), '85361NED', regions);
    expect(r.problems).toEqual([]);
    expect(r.observations.map((o) => [o.regionCode, o.measure, o.value, o.status])).toEqual([
      ['NL01', 'vervolgmelding_totaal', 36355, 'VALUE'],
      ['NL01', 'pct_vervolgmelding_totaal', 28.5, 'VALUE'],
      ['NL01', 'pct_vervolgmelding_tijdens_monitoring', 5.1, 'VALUE'],
      ['GM1680', 'vervolgmelding_totaal', 30, 'VALUE'],
      ['GM1680', 'pct_vervolgmelding_totaal', 31.6, 'VALUE'],
      ['GM1680', 'pct_vervolgmelding_tijdens_monitoring', null, 'SECRET'],
    ]);
  });
});

describe('parseCbsCsv: bad input', () => {
  const parse = (lines: string[], tableId = '84849NED', options?: Parameters<typeof cbsCsv>[1]) =>
    parseCbsCsv(cbsCsv(lines, options), tableId, regions);

  it('rejects an empty file', () => {
    expect(parseCbsCsv(new Uint8Array(0), '84849NED', regions)).toEqual({
      tableId: '84849NED',
      format: 'csv',
      observations: [],
      problems: [{ line: 0, column: '', reason: 'het bestand is leeg' }],
    });
    expect(reasons(parseCbsCsv(cbsCsv([], { finalNewline: false }), '84849NED', regions))).toEqual(['0||het bestand is leeg']);
    expect(reasons(parseCbsCsv(new TextEncoder().encode('\r\n\r\n'), '84849NED', regions))).toEqual(['0||het bestand is leeg']);
  });

  it('rejects a header without data', () => {
    expect(reasons(parse([HEADER_84849]))).toEqual(['0||het bestand bevat alleen een kopregel en geen gegevens']);
  });

  it('rejects an unknown table id', () => {
    expect(reasons(parse(CSV_84849, '99999NED'))).toEqual([
      '0||onbekende tabel "99999NED"; ondersteund: 84849NED, 84848NED, 84851NED, 84852NED, 85361NED',
    ]);
  });

  it('rejects a file that is not UTF-8 and names the line', () => {
    // 84848NED verpleegkundige / Fryslân (PV) / 2023*, saved as Windows-1252 by a spreadsheet
    const text = `${HEADER_84849}\r\n"Beroep: medisch: verpleegkundige";"Fryslân (PV)";"2023*";"      70";"      70"\r\n`;
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const r = parseCbsCsv(bytes, '84848NED', regions);
    expect(r.observations).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].line).toBe(2);
    expect(r.problems[0].reason.startsWith(NOT_UTF8)).toBe(true);
    expect(r.problems[0].reason).toContain('0xE2');
  });

  it('reads the same row when it is UTF-8', () => {
    const r = parse([HEADER_84849, '"Beroep: medisch: verpleegkundige";"Fryslân (PV)";"2023*";"      70";"      70"'], '84848NED');
    expect(r.problems).toEqual([]);
    expect(r.observations[0]).toMatchObject({ regionCode: 'PV21', value: 70 });
  });

  it('rejects JSON and a comma-separated file', () => {
    expect(reasons(parseCbsCsv(new TextEncoder().encode('{"tableId":"84849NED"}'), '84849NED', regions))[0]).toMatch(/^0\|\|dit is een JSON-bestand/);
    const comma = [
      "Kenmerken adviezen/meldingen,Regio's,Perioden,Gestarte adviezen (aantal),Ontvangen meldingen (aantal)",
      'Totaal,Nederland,2023*,143210,127340',
    ];
    expect(reasons(parse(comma))).toEqual([
      '1||de kopregel bevat geen ";"; CBS-bestanden gebruiken ";" als scheidingsteken (download "CSV met statistische symbolen")',
    ]);
  });

  it('reports every missing dimension column', () => {
    const lines = ['"Gestarte adviezen (aantal)";"Ontvangen meldingen (aantal)"', '"  143210";"  127340"'];
    expect(reasons(parse(lines))).toEqual([
      '1|Regio\'s|kolom "Regio\'s" ontbreekt in de kopregel',
      '1|Perioden|kolom "Perioden" ontbreekt in de kopregel',
      '1|Kenmerken adviezen/meldingen|kolom "Kenmerken adviezen/meldingen" (categorieën van 84849NED) ontbreekt in de kopregel',
    ]);
  });

  it('reports a missing category column (85361NED-style file imported as 84849NED)', () => {
    const r = parse(CSV_85361_VERVOLG, '84849NED');
    expect(r.observations).toEqual([]);
    const list = reasons(r);
    expect(list).toContain('1|Kenmerken adviezen/meldingen|kolom "Kenmerken adviezen/meldingen" (categorieën van 84849NED) ontbreekt in de kopregel');
    expect(list).toContain('1||de kopregel past bij tabel 85361NED, niet bij 84849NED; kies de juiste tabel');
  });

  it('names unknown topic columns and lists the expected ones', () => {
    const lines = [
      '"Kenmerken adviezen/meldingen";"Regio\'s";"Perioden";"Gestarte adviezen (aantal)";"Afgeronde diensten onderzoek (aantal)"',
      '"Totaal";"Nederland";"2023*";"  143210";"       ."',
    ];
    expect(reasons(parse(lines))).toEqual([
      '1|Afgeronde diensten onderzoek (aantal)|onbekende kolom "Afgeronde diensten onderzoek (aantal)" voor tabel 84849NED; verwachte onderwerpkolommen: "Gestarte adviezen (aantal)", "Ontvangen meldingen (aantal)"',
    ]);
  });

  it('recognises a file of another table by its category column', () => {
    const r = parse(CSV_84851, '84849NED');
    const list = reasons(r);
    expect(list[0]).toBe(
      '1|Kenmerken adviezen, meldingen, diensten|kolom "Kenmerken adviezen, meldingen, diensten" is een dimensie van tabel 84851NED, niet van 84849NED',
    );
    expect(list).toContain('1||de kopregel past bij tabel 84851NED, niet bij 84849NED; kies de juiste tabel');
  });

  it('reports a header without topic columns', () => {
    const lines = ['"Kenmerken adviezen/meldingen";"Regio\'s";"Perioden"', '"Totaal";"Nederland";"2023*"'];
    expect(reasons(parse(lines))).toEqual([
      '1||de kopregel heeft geen onderwerpkolom; verwacht een of meer van: "Gestarte adviezen (aantal)", "Ontvangen meldingen (aantal)"',
    ]);
  });

  it('reports an ambiguous topic, a wrong unit and a duplicate column', () => {
    const lines = [
      `"Regio's";"Perioden";"Totaal (aantal)";"Ontvangen meldingen/Hermelding/Totaal (%)";"Ontvangen meldingen/Hermelding/Totaal (aantal)";"Ontvangen meldingen/Hermelding/Totaal (aantal)"`,
      '"Nederland";"2023*";"       .";"       .";"       .";"       ."',
    ];
    expect(reasons(parse(lines, '85361NED'))).toEqual([
      '1|Totaal (aantal)|kolom "Totaal (aantal)" is niet eenduidig: die past bij "Ontvangen meldingen/Hermelding/Totaal", "Ontvangen meldingen/Vervolgmelding tijdens betrokkenheid VT/Totaal"; gebruik de volledige titel met groep en eenheid',
      '1|Ontvangen meldingen/Hermelding/Totaal (%)|kolom "Ontvangen meldingen/Hermelding/Totaal (%)" heeft eenheid "%", verwacht "aantal"',
      '1|Ontvangen meldingen/Hermelding/Totaal (aantal)|kolom "Ontvangen meldingen/Hermelding/Totaal (aantal)" komt meer dan één keer voor in de kopregel (kolom 5 en 6)',
    ]);
  });

  it('reports a truncated file (unclosed quote on the last line) and still checks the other lines', () => {
    const lines = [HEADER_84849, ROWS_84849[0], '"Totaal";"Drenthe";"2023*";"    2960";"    1905"', '"Totaal";"Assen";"2023*";"     525";"     2'];
    const r = parse(lines, '84849NED', { finalNewline: false });
    expect(r.observations).toEqual([]);
    expect(reasons(r)).toEqual([
      '3|Regio\'s|onbekende regio "Drenthe"',
      '4||aanhalingsteken wordt niet afgesloten: de laatste regel is afgebroken; het bestand is waarschijnlijk onvolledig gedownload of opgeslagen',
    ]);
  });

  it('reports a truncated file (last row with too few fields)', () => {
    const lines = [HEADER_84849, ROWS_84849[0], '"Totaal";"Assen";"2023*";"     525"'];
    expect(reasons(parse(lines))).toEqual([
      '3||te weinig velden (4 van 5): de laatste regel is afgebroken; het bestand is waarschijnlijk onvolledig',
    ]);
  });

  it('reports rows with a wrong number of fields, and text after a closing quote', () => {
    const lines = [
      HEADER_84849,
      '"Totaal";"Nederland";"2023*";"  143210"',
      ROWS_84849[1] + ';"       ."',
      '"Totaal";"Ede";"1e halfjaar 2025*";"     345"x;"     295"',
      ROWS_84849[7],
    ];
    expect(reasons(parse(lines))).toEqual([
      '2||4 velden, de kopregel heeft er 5',
      '3||6 velden, de kopregel heeft er 5',
      '4||tekst na een afsluitend aanhalingsteken',
    ]);
  });

  it('reports unknown regions and periods', () => {
    const lines = [
      HEADER_84849,
      '"Totaal";"Drenthe";"2023*";"    2960";"    1905"',
      '"Totaal";"Nederland";"2023 1e kwartaal";"       .";"       ."',
      '"Totaal";"Nederland";"2023-H1";"       .";"       ."',
      '"Totaal";"";"";"       .";"       ."',
    ];
    expect(reasons(parse(lines))).toEqual([
      '2|Regio\'s|onbekende regio "Drenthe"',
      '3|Perioden|periode "2023 1e kwartaal": kwartalen worden niet ondersteund; alleen jaren en halfjaren',
      '4|Perioden|onbekende periode "2023-H1"; verwacht bijvoorbeeld "2023", "2023*" of "1e halfjaar 2025*"',
      "5|Regio's|lege regio",
      '5|Perioden|lege periode',
    ]);
  });

  it('reports non-numeric and negative values', () => {
    const lines = [
      HEADER_84849,
      '"Totaal";"Assen";"2023*";"     12a";"     270"',
      '"Totaal";"Nederland";"2023*";"   1.2.3";"  127340"',
      '"Totaal";"Ede";"1e halfjaar 2025*";"    -345";"     295"',
    ];
    expect(reasons(parse(lines))).toEqual([
      '2|Gestarte adviezen (aantal)|geen getal: "12a"',
      '3|Gestarte adviezen (aantal)|geen getal: "1.2.3"',
      '4|Gestarte adviezen (aantal)|negatief aantal: -345',
    ]);
  });

  it('reports both lines of a duplicate (also across region titles with the same code)', () => {
    const lines = [HEADER_84849, ROWS_84849[0], ROWS_84849[1], ROWS_84849[0]];
    const r = parse(lines);
    expect(r.observations).toEqual([]);
    expect(reasons(r)).toEqual([
      '2||dubbele regel: categorie "Totaal", regio NL01, periode 2023 staat ook op regel 4',
      '4||dubbele regel: categorie "Totaal", regio NL01, periode 2023 staat ook op regel 2',
    ]);
  });

  it('reports a second header (files of several downloads or tables pasted together)', () => {
    const same = parse([HEADER_84849, ROWS_84849[0], HEADER_84849, ROWS_84849[0]]);
    expect(reasons(same)).toEqual([
      '2||dubbele regel: categorie "Totaal", regio NL01, periode 2023 staat ook op regel 4',
      '3||tweede kopregel: het bestand bevat meer dan één download; importeer elke download apart',
      '4||dubbele regel: categorie "Totaal", regio NL01, periode 2023 staat ook op regel 2',
    ]);
    const other = parse([...CSV_84849.slice(0, 3), ...CSV_85361_VERVOLG]);
    expect(reasons(other)).toEqual([
      '4||tweede kopregel met andere kolommen: regels 4–8 horen bij een andere tabel of selectie; importeer elke tabel apart',
    ]);
  });

  it('reports all problems at once, capped at 500', () => {
    const rows = Array.from({ length: 600 }, () => '"Totaal";"Onbekend gebied";"2023*";"       .";"       ."');
    const r = parse([HEADER_84849, ...rows]);
    // every row: unknown region; rows 3..601 also duplicate the first (same title) -> far more than 500
    expect(r.problems).toHaveLength(501);
    expect(r.problems[0]).toEqual({ line: 2, column: "Regio's", reason: 'onbekende regio "Onbekend gebied"' });
    expect(r.problems[500].line).toBe(0);
    expect(r.problems[500].reason).toMatch(/^en nog \d+ problemen$/);
    const total = 500 + Number(/\d+/.exec(r.problems[500].reason)![0]);
    expect(total).toBe(600 + 2 * 599);
  });
});

describe('malformed files found by the reliability suite', () => {
  const HEADER_84849 = '"Kenmerken adviezen/meldingen";"Regio\'s";"Perioden";"Gestarte adviezen (aantal)";"Ontvangen meldingen (aantal)"';
  const lookup = { codeForTitle: (title: string) => (title === 'Ede' ? 'GM0228' : undefined) } as never;
  const parse = (body: string, options = {}) =>
    parseCbsCsv(new TextEncoder().encode(`\ufeff${HEADER_84849}\r\n${body}`), '84849NED', lookup, options);

  it('refuses a category that a spreadsheet would run as a formula', () => {
    const result = parse('"=HYPERLINK(""http://x"")";"Ede";"1e halfjaar 2025*";"1";"2"\r\n');
    expect(result.observations).toEqual([]);
    expect(result.problems[0]).toMatchObject({ line: 2, reason: expect.stringMatching(/formuleteken/) });
  });

  it('refuses periods after the latest year and implausibly large numbers', () => {
    expect(parse('"Totaal";"Ede";"2099*";"     1";"     2"\r\n', { latestYear: 2026 }).problems[0].reason).toMatch(/toekomst/);
    expect(parse('"Totaal";"Ede";"1e halfjaar 2025*";"99999999999999999999999";"1"\r\n').problems[0].reason).toMatch(/onwaarschijnlijk groot/);
  });

  it('refuses a file cut off after a separator', () => {
    const result = parse('"Totaal";"Ede";"1e halfjaar 2025*";"     345";');
    expect(result.observations).toEqual([]);
    expect(result.problems[0].reason).toMatch(/afgebroken/);
  });
});
