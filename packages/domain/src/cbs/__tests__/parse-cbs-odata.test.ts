import { parseCbsODataBundle } from '../parse-cbs-odata';
import { ODATA_META, bundle84849, bundle84852, bundle85361, jsonBytes, regions } from './fixtures';

type Bundle = Record<string, any>;

const parse = (bundle: unknown) => parseCbsODataBundle(jsonBytes(bundle), regions);

function reasons(result: { problems: { line: number; column: string; reason: string }[] }) {
  return result.problems.map((p) => `${p.line}|${p.column}|${p.reason}`);
}

describe('parseCbsODataBundle: happy path', () => {
  const result = parse(bundle84849());

  it('reads the rows with trimmed region keys, categories from the dimension endpoint and provisional periods', () => {
    expect(result.problems).toEqual([]);
    expect(result.tableId).toBe('84849NED');
    expect(result.format).toBe('odata');
    expect(result.observations).toEqual([
      {
        tableId: '84849NED',
        measure: 'gestarte_adviezen',
        category: 'Totaal',
        regionCode: 'NL01',
        period: '2023',
        value: 143210,
        status: 'VALUE',
        provisional: true,
        line: 1,
      },
      {
        tableId: '84849NED',
        measure: 'ontvangen_meldingen',
        category: 'Totaal',
        regionCode: 'NL01',
        period: '2023',
        value: 127340,
        status: 'VALUE',
        provisional: true,
        line: 1,
      },
      {
        tableId: '84849NED',
        measure: 'gestarte_adviezen',
        category: 'Totaal',
        regionCode: 'GM0106',
        period: '2023',
        value: 525,
        status: 'VALUE',
        provisional: true,
        line: 2,
      },
      {
        tableId: '84849NED',
        measure: 'ontvangen_meldingen',
        category: 'Totaal',
        regionCode: 'GM0106',
        period: '2023',
        value: 270,
        status: 'VALUE',
        provisional: true,
        line: 2,
      },
      {
        tableId: '84849NED',
        measure: 'gestarte_adviezen',
        category: 'Geestelijke gezondheidszorg: totaal',
        regionCode: 'GM0106',
        period: '2023',
        value: 15,
        status: 'VALUE',
        provisional: true,
        line: 3,
      },
      {
        tableId: '84849NED',
        measure: 'ontvangen_meldingen',
        category: 'Geestelijke gezondheidszorg: totaal',
        regionCode: 'GM0106',
        period: '2023',
        value: null,
        status: 'SECRET',
        provisional: true,
        line: 3,
      },
      {
        tableId: '84849NED',
        measure: 'gestarte_adviezen',
        category: 'Totaal',
        regionCode: 'NL01',
        period: '2025-H1',
        value: 84935,
        status: 'VALUE',
        provisional: true,
        line: 4,
      },
      {
        tableId: '84849NED',
        measure: 'ontvangen_meldingen',
        category: 'Totaal',
        regionCode: 'NL01',
        period: '2025-H1',
        value: 66270,
        status: 'VALUE',
        provisional: true,
        line: 4,
      },
    ]);
  });

  it('is deterministic: the same bytes give identical results', () => {
    const bytes = jsonBytes(bundle84849());
    expect(parseCbsODataBundle(bytes, regions)).toEqual(parseCbsODataBundle(bytes, regions));
    expect(JSON.stringify(parseCbsODataBundle(bytes, regions))).toBe(JSON.stringify(result));
  });

  it('accepts bare arrays, a BOM and a definitive Status; joins two category dimensions', () => {
    const bytes = jsonBytes(bundle84852());
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    const r = parseCbsODataBundle(withBom, regions);
    expect(r.problems).toEqual([]);
    expect(r.observations.map((o) => [o.category, o.period, o.value, o.provisional])).toEqual([
      ['Veiligheidstaxatie: Totaal; Veiligheidsbeoordeling: Totaal', '2020-H1', 64505, false],
      ['Veiligheidstaxatie: Totaal; Veiligheidsbeoordeling: Totaal', '2020-H2', 62910, false],
      ['Veiligheidstaxatie: Totaal; Veiligheidsbeoordeling: Totaal', '2020', 127410, false],
    ]);
  });

  it('maps 85361NED topics via their TopicGroup path: counts and percentages apart', () => {
    const r = parse(bundle85361());
    expect(r.problems).toEqual([]);
    const byMeasure = Object.fromEntries(r.observations.map((o) => [o.measure, o.value]));
    expect(Object.keys(byMeasure)).toHaveLength(20);
    expect(byMeasure.hermelding_totaal).toBe(48555);
    expect(byMeasure.pct_hermelding_totaal).toBe(38.1);
    expect(byMeasure.vervolgmelding_totaal).toBe(36355);
    expect(byMeasure.pct_vervolgmelding_totaal).toBe(28.5);
    expect(byMeasure.vervolgmelding_tijdens_monitoring).toBe(6545);
    expect(byMeasure.pct_vervolgmelding_tijdens_monitoring).toBe(5.1);
    expect(byMeasure.ontvangen_meldingen).toBe(127340);
    expect(byMeasure.pct_ontvangen_meldingen).toBe(100);
    expect(r.observations.every((o) => o.category === '' && o.regionCode === 'NL01')).toBe(true);
  });

  it('tells "." from "" with an UntypedDataSet next to the TypedDataSet', () => {
    const b: Bundle = bundle84849();
    b.UntypedDataSet = {
      value: [
        {
          ID: 2,
          KenmerkenAdviezenMeldingen: 'A047599',
          RegioS: 'GM0106',
          Perioden: '2023JJ00',
          GestarteAdviezen_1: '      15',
          OntvangenMeldingen_2: '       .',
        },
      ],
    };
    expect(parse(b).observations.find((o) => o.line === 3 && o.measure === 'ontvangen_meldingen')?.status).toBe('SECRET');
    // format test of the blank symbol: the same cell written as ""
    b.UntypedDataSet.value[0].OntvangenMeldingen_2 = '';
    const r = parse(b);
    expect(r.problems).toEqual([]);
    expect(r.observations.find((o) => o.line === 3 && o.measure === 'ontvangen_meldingen')).toMatchObject({ status: 'EMPTY', value: null });
  });

  it('accepts an UntypedDataSet alone (padded strings)', () => {
    const b: Bundle = bundle84849();
    b.UntypedDataSet = {
      value: [
        {
          ID: 0,
          KenmerkenAdviezenMeldingen: 'T001038',
          RegioS: 'NL01  ',
          Perioden: '2023JJ00',
          GestarteAdviezen_1: '  143210',
          OntvangenMeldingen_2: '  127340',
        },
        {
          ID: 2,
          KenmerkenAdviezenMeldingen: 'A047599',
          RegioS: 'GM0106',
          Perioden: '2023JJ00',
          GestarteAdviezen_1: '      15',
          OntvangenMeldingen_2: '       .',
        },
      ],
    };
    delete b.TypedDataSet;
    const r = parse(b);
    expect(r.problems).toEqual([]);
    expect(r.observations.map((o) => [o.regionCode, o.measure, o.value, o.status])).toEqual([
      ['NL01', 'gestarte_adviezen', 143210, 'VALUE'],
      ['NL01', 'ontvangen_meldingen', 127340, 'VALUE'],
      ['GM0106', 'gestarte_adviezen', 15, 'VALUE'],
      ['GM0106', 'ontvangen_meldingen', null, 'SECRET'],
    ]);
  });
});

describe('parseCbsODataBundle: bad input', () => {
  it('rejects an empty file and invalid JSON with its position', () => {
    expect(reasons(parseCbsODataBundle(new Uint8Array(0), regions))).toEqual(['0||het bestand is leeg']);
    const text = new TextDecoder().decode(jsonBytes(bundle84849()));
    const truncated = new TextEncoder().encode(text.slice(0, 200));
    const r = parseCbsODataBundle(truncated, regions);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].line).toBe(0);
    expect(r.problems[0].reason).toMatch(/^ongeldige JSON/);
    // a missing comma; the position is given when the JavaScript engine reports one
    const broken = new TextEncoder().encode('{"tableId": "84849NED"\n "DataProperties": []}');
    const reason = parseCbsODataBundle(broken, regions).problems[0].reason;
    expect(reason).toMatch(/^ongeldige JSON/);
    if (reason.includes('positie')) expect(reason).toMatch(/^ongeldige JSON op positie 24 \(regel 2, kolom 2\): /);
  });

  it('rejects bytes that are not UTF-8', () => {
    const r = parseCbsODataBundle(Uint8Array.from([0x7b, 0x22, 0xe2, 0x22, 0x7d]), regions);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].reason).toMatch(/^het bestand is geen UTF-8; sla het op als UTF-8 \(JSON\)/);
  });

  it('rejects a missing or unknown tableId', () => {
    const b: Bundle = bundle84849();
    delete b.tableId;
    expect(reasons(parse(b))).toEqual(['0|tableId|ontbrekend onderdeel "tableId" (bijvoorbeeld "84849NED")']);
    expect(reasons(parse({ ...bundle84849(), tableId: '84850NED' }))).toEqual([
      '0|tableId|onbekende tabel "84850NED"; ondersteund: 84849NED, 84848NED, 84851NED, 84852NED, 85361NED',
    ]);
    expect(reasons(parse([1, 2]))).toEqual([
      '0||de bundel moet een JSON-object zijn met "tableId", "DataProperties", de dimensies en "TypedDataSet"',
    ]);
  });

  it('names every missing piece', () => {
    const b: Bundle = bundle84849();
    delete b.Perioden;
    delete b.KenmerkenAdviezenMeldingen;
    delete b.TypedDataSet;
    expect(reasons(parse(b))).toEqual([
      '0|TypedDataSet|ontbrekend onderdeel "TypedDataSet" (of "UntypedDataSet")',
      '0|KenmerkenAdviezenMeldingen|ontbrekend onderdeel "KenmerkenAdviezenMeldingen"',
      '0|Perioden|ontbrekend onderdeel "Perioden"',
    ]);
    const c: Bundle = bundle84849();
    delete c.DataProperties;
    expect(reasons(parse(c))).toEqual(['0|DataProperties|ontbrekend onderdeel "DataProperties"']);
  });

  it('rejects an incomplete page and pieces of another table', () => {
    const b: Bundle = bundle84849();
    b.TypedDataSet['odata.nextLink'] = 'https://opendata.cbs.nl/ODataFeed/odata/84849NED/TypedDataSet?$format=json&$skip=10000';
    b.DataProperties['odata.metadata'] = ODATA_META('84851NED', 'DataProperties');
    b.TableInfos.value[0].Identifier = '84851NED';
    expect(reasons(parse(b))).toEqual([
      '0|TableInfos|TableInfos beschrijft tabel 84851NED, de bundel is voor 84849NED',
      '0|DataProperties|onderdeel "DataProperties" komt uit tabel 84851NED, de bundel is voor 84849NED',
      '0|TypedDataSet|onderdeel "TypedDataSet" is onvolledig: het bevat "odata.nextLink" (https://opendata.cbs.nl/ODataFeed/odata/84849NED/TypedDataSet?$format=json&$skip=10000); haal alle pagina\'s op en voeg ze samen',
    ]);
  });

  it('reports unknown topics and a missing category dimension', () => {
    const b: Bundle = bundle84849();
    b.DataProperties.value[3].Title = 'Afgeronde diensten onderzoek';
    b.DataProperties.value.shift();
    delete b.KenmerkenAdviezenMeldingen;
    for (const row of b.TypedDataSet.value) delete row.KenmerkenAdviezenMeldingen;
    b.TypedDataSet.value.splice(2, 1);
    const r = parse(b);
    expect(r.observations).toEqual([]);
    expect(reasons(r)).toEqual([
      '0|DataProperties|DataProperties heeft geen kenmerkdimensie; verwacht "Kenmerken adviezen/meldingen"',
      '0|GestarteAdviezen_1|onbekend onderwerp "Afgeronde diensten onderzoek" (aantal) voor tabel 84849NED; verwacht: "Gestarte adviezen (aantal)", "Ontvangen meldingen (aantal)"',
    ]);
  });

  it('reports unknown region codes, unsupported periods and keys missing from the dimension tables', () => {
    const b: Bundle = bundle84849();
    b.RegioS.value.push({ Key: 'CR01  ', Title: 'Oost-Groningen (CR)' });
    b.Perioden.value.push({ Key: '2023KW01', Title: '2023 1e kwartaal*', Status: 'Voorlopig' });
    const secret = { GestarteAdviezen_1: null, OntvangenMeldingen_2: null };
    b.TypedDataSet.value.push(
      { ID: 4, KenmerkenAdviezenMeldingen: 'T001038', RegioS: 'CR01  ', Perioden: '2023JJ00', ...secret },
      { ID: 5, KenmerkenAdviezenMeldingen: 'T001038', RegioS: 'NL01  ', Perioden: '2023KW01', ...secret },
      { ID: 6, KenmerkenAdviezenMeldingen: 'T001038', RegioS: 'GM9999', Perioden: '2024JJ00', ...secret },
      { ID: 7, KenmerkenAdviezenMeldingen: 'A999999', RegioS: 'NL01  ', Perioden: '2023JJ00', ...secret },
      { ID: 8, RegioS: 'NL01  ', Perioden: '2023JJ00', ...secret, Extra_9: 1 },
    );
    const r = parse(b);
    expect(r.observations).toEqual([]);
    expect(reasons(r)).toEqual([
      '5|RegioS|onbekende regiocode "CR01" (Oost-Groningen (CR))',
      '6|Perioden|periodetype KW wordt niet ondersteund (kwartaal); alleen jaren (JJ) en halfjaren (HJ)',
      '7|RegioS|sleutel "GM9999" staat niet in "RegioS"',
      '7|Perioden|sleutel "2024JJ00" staat niet in "Perioden"',
      '8|KenmerkenAdviezenMeldingen|sleutel "A999999" staat niet in "KenmerkenAdviezenMeldingen"',
      '9|Extra_9|eigenschap "Extra_9" staat niet in DataProperties (rij van een andere tabel?)',
      '9|KenmerkenAdviezenMeldingen|eigenschap "KenmerkenAdviezenMeldingen" ontbreekt',
    ]);
  });

  it('reports non-numeric and negative values and missing topic properties', () => {
    const b: Bundle = bundle84849();
    b.TypedDataSet.value[0].GestarteAdviezen_1 = '143210';
    b.TypedDataSet.value[1].GestarteAdviezen_1 = -525;
    b.TypedDataSet.value[2].OntvangenMeldingen_2 = true;
    delete b.TypedDataSet.value[3].OntvangenMeldingen_2;
    expect(reasons(parse(b))).toEqual([
      '1|GestarteAdviezen_1|geen getal: "143210"',
      '2|GestarteAdviezen_1|negatief aantal: -525',
      '3|OntvangenMeldingen_2|geen getal: true',
      '4|OntvangenMeldingen_2|eigenschap "OntvangenMeldingen_2" ontbreekt',
    ]);
  });

  it('reports both rows of a duplicate (category, region, period)', () => {
    const b: Bundle = bundle84849();
    b.TypedDataSet.value.push({ ...b.TypedDataSet.value[1], ID: 4 });
    const r = parse(b);
    expect(r.observations).toEqual([]);
    expect(reasons(r)).toEqual([
      '2||dubbele rij: categorie "Totaal", regio GM0106, periode 2023 staat ook op rij 5',
      '5||dubbele rij: categorie "Totaal", regio GM0106, periode 2023 staat ook op rij 2',
    ]);
  });

  it('reports a table without category dimension that gets one, and an ambiguous topic', () => {
    const b: Bundle = bundle85361();
    b.DataProperties.unshift({ ID: 99, ParentID: null, Type: 'Dimension', Key: 'Kenmerken', Title: 'Kenmerken' });
    b.Kenmerken = [{ Key: 'T001038', Title: 'Totaal' }];
    const hermelding = b.DataProperties.find((p: Bundle) => p.Key === 'HermeldingTotaal_3');
    hermelding.ParentID = null; // "Totaal" without its group
    const list = reasons(parse(b));
    expect(list[0]).toBe('0|DataProperties|tabel 85361NED heeft geen kenmerkdimensie, maar DataProperties noemt "Kenmerken"');
    expect(list[1]).toBe(
      '0|HermeldingTotaal_3|onderwerp "Totaal" (aantal) is niet eenduidig: past bij "Ontvangen meldingen/Hermelding/Totaal", "Ontvangen meldingen/Vervolgmelding tijdens betrokkenheid VT/Totaal"',
    );
  });
});
