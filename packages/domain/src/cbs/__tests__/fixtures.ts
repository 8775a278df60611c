/**
 * Test fixtures in the exact CBS formats. Every number is a published CBS figure, copied from
 * /work/shared/data/cbs_veilig_thuis_extracts.csv or cbs-format.md section 4 (source: CBS StatLine, CC BY 4.0).
 * Cells that CBS published as "." are written as "       .". Error fixtures reuse these rows or use "." cells;
 * no figures are made up.
 *
 * OData keys that are not publicly known (the Kenmerken dimension key, category keys, topic keys, VT region keys;
 * cbs-format.md [U]) are placeholders in the documented CBS shape (e.g. "GestarteAdviezen_1").
 */
import type { RegionLookup } from '../cbs.types';

/** Real codes from regios_2025.csv / gemeenten_2026.csv, with StatLine titles. */
export const REGION_TITLES: Record<string, string> = {
  Nederland: 'NL01',
  'Noord-Nederland (LD)': 'LD01',
  'Oost-Nederland (LD)': 'LD02',
  'West-Nederland (LD)': 'LD03',
  'Zuid-Nederland (LD)': 'LD04',
  'Groningen (PV)': 'PV20',
  'Fryslân (PV)': 'PV21',
  'Drenthe (PV)': 'PV22',
  'Drenthe (VT)': 'VT02',
  Assen: 'GM0106',
  'Aa en Hunze': 'GM1680',
  'Midden-Drenthe': 'GM1731',
  Leeuwarden: 'GM0080',
  Ede: 'GM0228',
  'Nuenen, Gerwen en Nederwetten': 'GM0820',
  'Groningen (gemeente)': 'GM0014',
};

export const regions: RegionLookup = {
  codeForTitle: (title) => REGION_TITLES[title],
  isKnownCode: (code) => Object.values(REGION_TITLES).includes(code),
};

const encoder = new TextEncoder();

/** A StatLine "CSV met statistische symbolen" file: BOM, CRLF line ends (also after the last line). */
export function cbsCsv(lines: readonly string[], options: { bom?: boolean; finalNewline?: boolean } = {}): Uint8Array {
  const { bom = true, finalNewline = true } = options;
  return encoder.encode(`${bom ? '\uFEFF' : ''}${lines.join('\r\n')}${finalNewline ? '\r\n' : ''}`);
}

export const HEADER_84849 = '"Kenmerken adviezen/meldingen";"Regio\'s";"Perioden";"Gestarte adviezen (aantal)";"Ontvangen meldingen (aantal)"';

/** 84849NED: 2023* (Nederland, Assen, Drenthe (VT)) and 1e halfjaar 2025* rows. Lines 2-10. */
export const ROWS_84849 = [
  '"Totaal";"Nederland";"2023*";"  143210";"  127340"',
  '"Totaal";"Assen";"2023*";"     525";"     270"',
  '"Geestelijke gezondheidszorg: totaal";"Assen";"2023*";"      15";"       ."',
  '"Kinderopvang";"Assen";"2023*";"       .";"       ."',
  '"Totaal";"Drenthe (VT)";"2023*";"    2960";"    1905"',
  '"Totaal";"Nederland";"1e halfjaar 2025*";"   84935";"   66270"',
  '"Totaal";"Noord-Nederland (LD)";"1e halfjaar 2025*";"   10070";"    5775"',
  '"Totaal";"Ede";"1e halfjaar 2025*";"     345";"     295"',
  '"Totaal";"Nuenen, Gerwen en Nederwetten";"1e halfjaar 2025*";"     105";"      50"',
];

export const CSV_84849 = [HEADER_84849, ...ROWS_84849];

/** 84849NED, Leeuwarden 2020*, duration categories (titles with ",", "<" and ">"). */
export const CSV_84849_LEEUWARDEN = [
  HEADER_84849,
  '"Duur geweld: niet langer dan 1 week";"Leeuwarden";"2020*";"     305";"     185"',
  '"Duur geweld: > 1 week, < 1 maand";"Leeuwarden";"2020*";"     220";"     110"',
  '"Duur geweld: > 1 jaar,< 5 jaar";"Leeuwarden";"2020*";"     205";"     270"',
];

/** 84848NED (Veilig Thuis-regio): nurses 2023*, childcare 1e halfjaar 2023*. */
export const CSV_84848 = [
  HEADER_84849,
  '"Beroep: medisch: verpleegkundige";"Nederland";"2023*";"    2100";"    1940"',
  '"Beroep: medisch: verpleegkundige";"Drenthe (VT)";"2023*";"      40";"      20"',
  '"Beroep: kinderopvang: totaal";"Nederland";"1e halfjaar 2023*";"    1140";"     320"',
];

/** 84851NED, Totaal / Drenthe (PV) / 2023* (cbs-format.md section 4); topic headers with their group path. */
export const CSV_84851 = [
  '"Kenmerken adviezen, meldingen, diensten";"Regio\'s";"Perioden";' +
    '"Adviezen, meldingen en diensten/Gestarte adviezen (aantal)";' +
    '"Adviezen, meldingen en diensten/Ontvangen meldingen (aantal)";' +
    '"Adviezen, meldingen en diensten/Casussen met ontvangen melding(en) (aantal)";' +
    '"Adviezen, meldingen en diensten/Afgeronde diensten/Afgeronde diensten onderzoek (aantal)";' +
    '"Adviezen, meldingen en diensten/Afgeronde diensten/Afgeronde diensten voorwaarden en vervolg (aantal)"',
  '"Totaal";"Drenthe (PV)";"2023*";"    2960";"    1905";"    1495";"     145";"     125"',
];

/** 84852NED: two category dimensions [I]; 2020 (final) by half-year. */
export const CSV_84852 = [
  '"Veiligheidstaxatie";"Veiligheidsbeoordeling";"Regio\'s";"Perioden";"Ontvangen meldingen (aantal)"',
  '"Totaal";"Totaal";"Nederland";"1e halfjaar 2020";"   64505"',
  '"Totaal";"Totaal";"Nederland";"2e halfjaar 2020";"   62910"',
  '"Totaal";"Totaal";"Nederland";"2020";"  127410"',
  '"Totaal";"Totaal";"Drenthe (PV)";"2020";"    2205"',
];

const G = 'Ontvangen meldingen';
const R = 'Ontvangen meldingen (relatief)';
const H = 'Hermelding';
const V = 'Vervolgmelding tijdens betrokkenheid VT';

/** 85361NED, the full Nederland 2023* row (20 topics; cbs-format.md section 4). */
export const CSV_85361_FULL = [
  [
    "Regio's",
    'Perioden',
    `${G}/Ontvangen meldingen, totaal (aantal)`,
    `${G}/1e melding, geen betrokkenen bekend VT (aantal)`,
    `${G}/${H}/Totaal (aantal)`,
    `${G}/${H}/Meerdere betrokkenen al bekend bij VT (aantal)`,
    `${G}/${H}/Eén betrokkene al bekend bij VT (aantal)`,
    `${G}/${V}/Totaal (aantal)`,
    `${G}/${V}/Tijdens veiligheidsbeoordeling (aantal)`,
    `${G}/${V}/Na veiligheidsbeoordeling (aantal)`,
    `${G}/${V}/Tijdens monitoring door VT (aantal)`,
    `${G}/Melding niet ingedeeld (aantal)`,
    `${R}/Ontvangen meldingen, totaal (%)`,
    `${R}/1e melding, geen betrokkenen bekend VT (%)`,
    `${R}/${H}/Totaal (%)`,
    `${R}/${H}/Meerdere betrokkenen al bekend bij VT (%)`,
    `${R}/${H}/Eén betrokkene al bekend bij VT (%)`,
    `${R}/${V}/Totaal (%)`,
    `${R}/${V}/Tijdens veiligheidsbeoordeling (%)`,
    `${R}/${V}/Na veiligheidsbeoordeling (%)`,
    `${R}/${V}/Tijdens monitoring (%)`,
    `${R}/Melding niet ingedeeld (%)`,
  ]
    .map((h) => `"${h}"`)
    .join(';'),
  [
    'Nederland',
    '2023*',
    '  127340',
    '   40615',
    '   48555',
    '   43080',
    '    5475',
    '   36355',
    '   16915',
    '   12895',
    '    6545',
    '    1815',
    '   100.0',
    '    31.9',
    '    38.1',
    '    33.8',
    '     4.3',
    '    28.5',
    '    13.3',
    '    10.1',
    '     5.1',
    '     1.4',
  ]
    .map((c) => `"${c}"`)
    .join(';'),
];

/** 85361NED 2023*, follow-up reports for landsdeel, provinces and a gemeente (with "." cells). */
export const CSV_85361_VERVOLG = [
  `"Regio's";"Perioden";"${G}/${V}/Totaal (aantal)";"${G}/${V}/Tijdens monitoring door VT (aantal)";"${R}/${V}/Totaal (%)";"${R}/${V}/Tijdens monitoring (%)"`,
  '"Noord-Nederland (LD)";"2023*";"    2375";"     425";"    22.9";"     4.1"',
  '"Groningen (PV)";"2023*";"     795";"      20";"    18.8";"     0.5"',
  '"Drenthe (PV)";"2023*";"     480";"      80";"    25.2";"     4.2"',
  '"Aa en Hunze";"2023*";"      30";"       .";"    31.6";"       ."',
];

// ---------------------------------------------------------------------------------------------------------------
// OData v3 bundles

export const ODATA_META = (tableId: string, piece: string) => `https://opendata.cbs.nl/ODataApi/OData/${tableId}/$metadata#Cbs.OData.WebAPI.${piece}`;

/** 84849NED bundle: Nederland and Assen 2023* (incl. a null = "."), Nederland 1e halfjaar 2025*. */
export function bundle84849(): Record<string, unknown> {
  return {
    tableId: '84849NED',
    TableInfos: {
      'odata.metadata': ODATA_META('84849NED', 'TableInfos'),
      value: [{ ID: 1, Identifier: '84849NED', Title: 'Huiselijk geweld; rol/functie, organisatie, duur geweld, regio' }],
    },
    DataProperties: {
      'odata.metadata': ODATA_META('84849NED', 'DataProperties'),
      value: [
        {
          'odata.type': 'Cbs.OData.Dimension',
          ID: 0,
          Position: 0,
          ParentID: null,
          Type: 'Dimension',
          Key: 'KenmerkenAdviezenMeldingen',
          Title: 'Kenmerken adviezen/meldingen',
          Description: '',
        },
        {
          'odata.type': 'Cbs.OData.GeoDimension',
          ID: 1,
          Position: 1,
          ParentID: null,
          Type: 'GeoDimension',
          Key: 'RegioS',
          Title: "Regio's",
          Description: '',
        },
        {
          'odata.type': 'Cbs.OData.TimeDimension',
          ID: 2,
          Position: 2,
          ParentID: null,
          Type: 'TimeDimension',
          Key: 'Perioden',
          Title: 'Perioden',
          Description: '',
        },
        {
          'odata.type': 'Cbs.OData.Topic',
          ID: 3,
          Position: 3,
          ParentID: null,
          Type: 'Topic',
          Key: 'GestarteAdviezen_1',
          Title: 'Gestarte adviezen',
          Description: '',
          Datatype: 'Long',
          Unit: 'aantal',
          Decimals: 0,
          Default: 'Impossible',
        },
        {
          'odata.type': 'Cbs.OData.Topic',
          ID: 4,
          Position: 4,
          ParentID: null,
          Type: 'Topic',
          Key: 'OntvangenMeldingen_2',
          Title: 'Ontvangen meldingen',
          Description: '',
          Datatype: 'Long',
          Unit: 'aantal',
          Decimals: 0,
          Default: 'Impossible',
        },
      ],
    },
    KenmerkenAdviezenMeldingen: {
      value: [
        { Key: 'T001038', Title: 'Totaal', Description: '', CategoryGroupID: null },
        { Key: 'A047599', Title: 'Geestelijke gezondheidszorg: totaal', Description: '', CategoryGroupID: 2 },
      ],
    },
    RegioS: {
      value: [
        { Key: 'NL01  ', Title: 'Nederland', Description: '', CategoryGroupID: 1 },
        { Key: 'GM0106', Title: 'Assen', Description: '', CategoryGroupID: 4 },
      ],
    },
    Perioden: {
      value: [
        { Key: '2023JJ00', Title: '2023*', Description: 'Voorlopige cijfers', Status: 'Voorlopig' },
        { Key: '2025HJ01', Title: '1e halfjaar 2025*', Description: 'Voorlopige cijfers', Status: 'Voorlopig' },
      ],
    },
    TypedDataSet: {
      'odata.metadata': ODATA_META('84849NED', 'TypedDataSet'),
      value: [
        {
          ID: 0,
          KenmerkenAdviezenMeldingen: 'T001038',
          RegioS: 'NL01  ',
          Perioden: '2023JJ00',
          GestarteAdviezen_1: 143210,
          OntvangenMeldingen_2: 127340,
        },
        { ID: 1, KenmerkenAdviezenMeldingen: 'T001038', RegioS: 'GM0106', Perioden: '2023JJ00', GestarteAdviezen_1: 525, OntvangenMeldingen_2: 270 },
        { ID: 2, KenmerkenAdviezenMeldingen: 'A047599', RegioS: 'GM0106', Perioden: '2023JJ00', GestarteAdviezen_1: 15, OntvangenMeldingen_2: null },
        {
          ID: 3,
          KenmerkenAdviezenMeldingen: 'T001038',
          RegioS: 'NL01  ',
          Perioden: '2025HJ01',
          GestarteAdviezen_1: 84935,
          OntvangenMeldingen_2: 66270,
        },
      ],
    },
  };
}

/** 84852NED bundle: two category dimensions [I], definitive half-years of 2020. */
export function bundle84852(): Record<string, unknown> {
  return {
    tableId: '84852NED',
    DataProperties: [
      { ID: 0, ParentID: null, Type: 'Dimension', Key: 'Veiligheidstaxatie', Title: 'Veiligheidstaxatie' },
      { ID: 1, ParentID: null, Type: 'Dimension', Key: 'Veiligheidsbeoordeling', Title: 'Veiligheidsbeoordeling' },
      { ID: 2, ParentID: null, Type: 'GeoDimension', Key: 'RegioS', Title: "Regio's" },
      { ID: 3, ParentID: null, Type: 'TimeDimension', Key: 'Perioden', Title: 'Perioden' },
      { ID: 4, ParentID: null, Type: 'Topic', Key: 'OntvangenMeldingen_1', Title: 'Ontvangen meldingen', Unit: 'aantal' },
    ],
    Veiligheidstaxatie: [{ Key: 'T001019', Title: 'Totaal' }],
    Veiligheidsbeoordeling: [{ Key: 'T001020', Title: 'Totaal' }],
    RegioS: [{ Key: 'NL01  ', Title: 'Nederland' }],
    Perioden: [
      { Key: '2020HJ01', Title: '1e halfjaar 2020', Status: 'Definitief' },
      { Key: '2020HJ02', Title: '2e halfjaar 2020', Status: 'Definitief' },
      { Key: '2020JJ00', Title: '2020', Status: 'Definitief' },
    ],
    TypedDataSet: [
      {
        ID: 0,
        Veiligheidstaxatie: 'T001019',
        Veiligheidsbeoordeling: 'T001020',
        RegioS: 'NL01  ',
        Perioden: '2020HJ01',
        OntvangenMeldingen_1: 64505,
      },
      {
        ID: 1,
        Veiligheidstaxatie: 'T001019',
        Veiligheidsbeoordeling: 'T001020',
        RegioS: 'NL01  ',
        Perioden: '2020HJ02',
        OntvangenMeldingen_1: 62910,
      },
      {
        ID: 2,
        Veiligheidstaxatie: 'T001019',
        Veiligheidsbeoordeling: 'T001020',
        RegioS: 'NL01  ',
        Perioden: '2020JJ00',
        OntvangenMeldingen_1: 127410,
      },
    ],
  };
}

const TOPICS_85361: [string, string, string][] = [
  ['Ontvangen meldingen, totaal', 'OntvangenMeldingenTotaal', ''],
  ['1e melding, geen betrokkenen bekend VT', 'EersteMelding', ''],
  ['Totaal', 'HermeldingTotaal', 'H'],
  ['Meerdere betrokkenen al bekend bij VT', 'MeerdereBetrokkenen', 'H'],
  ['Eén betrokkene al bekend bij VT', 'EenBetrokkene', 'H'],
  ['Totaal', 'VervolgmeldingTotaal', 'V'],
  ['Tijdens veiligheidsbeoordeling', 'TijdensVeiligheidsbeoordeling', 'V'],
  ['Na veiligheidsbeoordeling', 'NaVeiligheidsbeoordeling', 'V'],
  ['Tijdens monitoring door VT', 'TijdensMonitoring', 'V'],
  ['Melding niet ingedeeld', 'MeldingNietIngedeeld', ''],
];
const NL_2023_COUNTS = [127340, 40615, 48555, 43080, 5475, 36355, 16915, 12895, 6545, 1815];
const NL_2023_PCT = [100.0, 31.9, 38.1, 33.8, 4.3, 28.5, 13.3, 10.1, 5.1, 1.4];

/**
 * 85361NED bundle with the topic groups as DataProperties TopicGroups (ParentID chain), bare arrays, and the
 * Nederland 2023* row.
 */
export function bundle85361(): Record<string, unknown> {
  const props: Record<string, unknown>[] = [
    { ID: 0, ParentID: null, Type: 'GeoDimension', Key: 'RegioS', Title: "Regio's" },
    { ID: 1, ParentID: null, Type: 'TimeDimension', Key: 'Perioden', Title: 'Perioden' },
  ];
  const row: Record<string, unknown> = { ID: 0, RegioS: 'NL01  ', Perioden: '2023JJ00' };
  let id = 2;
  let n = 1;
  for (const [groupTitle, unit, values] of [
    ['Ontvangen meldingen', 'aantal', NL_2023_COUNTS],
    ['Ontvangen meldingen (relatief)', '%', NL_2023_PCT],
  ] as const) {
    const groupId = id++;
    props.push({ ID: groupId, ParentID: null, Type: 'TopicGroup', Key: '', Title: groupTitle });
    const hId = id++;
    props.push({ ID: hId, ParentID: groupId, Type: 'TopicGroup', Key: '', Title: 'Hermelding' });
    const vId = id++;
    props.push({ ID: vId, ParentID: groupId, Type: 'TopicGroup', Key: '', Title: 'Vervolgmelding tijdens betrokkenheid VT' });
    TOPICS_85361.forEach(([title, keyBase, sub], i) => {
      const key = `${keyBase}${unit === '%' ? 'Relatief' : ''}_${n++}`;
      const shownTitle = unit === '%' && title === 'Tijdens monitoring door VT' ? 'Tijdens monitoring' : title;
      props.push({ ID: id++, ParentID: sub === 'H' ? hId : sub === 'V' ? vId : groupId, Type: 'Topic', Key: key, Title: shownTitle, Unit: unit });
      row[key] = values[i];
    });
  }
  return {
    tableId: '85361NED',
    DataProperties: props,
    RegioS: [{ Key: 'NL01  ', Title: 'Nederland' }],
    Perioden: [{ Key: '2023JJ00', Title: '2023*', Status: 'Voorlopig' }],
    TypedDataSet: [row],
  };
}

export function jsonBytes(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value, null, 2));
}
