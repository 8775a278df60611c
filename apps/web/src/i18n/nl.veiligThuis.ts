import { formatNumberNl, formatRange, NOT_PUBLISHED } from '@monitor/domain';
import { countOf } from './count';

const number = (value: number, fractionDigits = 0) => formatNumberNl(value, fractionDigits);

/** User-facing text of the Veilig Thuis figures, estimates, districts and the CBS import (Dutch). */
export const vt = {
  symbols: {
    legendHeading: 'Verklaring van tekens',
    suppressed: 'geheim of onderdrukt (te klein aantal)',
    unknown: 'onbekend of geheim (CBS)',
    notApplicable: 'kan niet voorkomen',
    provisional: 'voorlopig cijfer',
  },

  page: {
    title: (name: string) => `Veilig Thuis-cijfers ${name}`,
    heading: (name: string) => `Veilig Thuis: ${name}`,
    intro:
      'Adviezen en meldingen bij Veilig Thuis over huiselijk geweld en kindermishandeling (CBS), ' +
      'en een schatting van het aantal kinderen dat met kindermishandeling te maken krijgt. ' +
      'Elke grafiek staat ook als tabel op de pagina en is te downloaden als CSV.',
    backToMunicipality: (name: string) => `Terug naar ${name}`,
    noFigures: 'Voor deze gemeente zijn geen cijfers van Veilig Thuis beschikbaar.',
    areaHeading: (area: string) => `Cijfers van ${area}`,
    noFiguresHint: 'CBS publiceert de cijfers niet voor elke gemeente; hieronder staat wel de schatting van het aantal kinderen.',
    districtsLink: (name: string) => `Wijken van ${name}`,
    sectionHeading: 'Veilig Thuis en schatting kindermishandeling',
  },

  source: (tableIds: string[], importedAt: string | null, dateFormat: (iso: string) => string) =>
    `Bron: CBS, ${tableIds.length === 1 ? 'tabel' : 'tabellen'} ${tableIds.join(', ')}` +
    (importedAt ? `, geïmporteerd op ${dateFormat(importedAt)}` : ''),
  downloadCsv: 'Download CSV',
  downloadCsvOf: (what: string) => `Download CSV: ${what}`,
  noFiguresAvailable: 'geen cijfers beschikbaar',

  series: {
    heading: 'Adviezen en meldingen door de jaren heen',
    chartTitle: (name: string) => `Lijngrafiek: gestarte adviezen en ontvangen meldingen bij Veilig Thuis, ${name}`,
    description: (name: string, periods: string[]) =>
      periods.length === 0
        ? `Er zijn geen gepubliceerde cijfers voor ${name}.`
        : `Aantal gestarte adviezen en ontvangen meldingen per periode voor ${name}: ${periods.join(', ')}. ` +
          'De cijfers staan ook in de tabel hieronder.',
    singlePeriodNote: 'Er is maar één periode met cijfers; daarom staat er geen grafiek, alleen de tabel.',
    halfYearNote: 'Halfjaarcijfers staan alleen in de tabel: ze zijn niet vergelijkbaar met cijfers over een heel jaar.',
    caption: (name: string) => `Gestarte adviezen en ontvangen meldingen, ${name}`,
    columnPeriod: 'Periode',
    columnAdviezen: 'Gestarte adviezen',
    columnMeldingen: 'Ontvangen meldingen',
    columnProvisional: 'Voorlopig',
    adviezen: 'Adviezen',
    meldingen: 'Meldingen',
    fileName: (code: string) => `veilig-thuis-adviezen-meldingen-${code}.csv`,
  },

  all: {
    heading: 'Alle gepubliceerde cijfers',
    caption: (area: string) => `Alle cijfers van Veilig Thuis, ${area}`,
    columnMeasure: 'Onderwerp',
    columnValue: 'Cijfer',
    fileName: (code: string) => `veilig-thuis-alle-cijfers-${code}.csv`,
    truncated: 'Er zijn meer cijfers dan deze pagina toont; de oudste perioden zijn weggelaten.',
  },

  breakdown: {
    chartTitle: (heading: string, area: string, period: string) => `Staafgrafiek: ${heading.toLowerCase()}, ontvangen meldingen, ${area}, ${period}`,
    description: (area: string, period: string) =>
      `Aantal ontvangen meldingen in ${period} voor ${area}, per onderdeel. Het totaal staat onder de grafiek, niet als staaf; ` +
      'de cijfers en de gestarte adviezen staan ook in de tabel.',
    caption: (heading: string, area: string, period: string) => `${heading}, ${area}, ${period}`,
    columnPart: 'Onderdeel',
    total: (label: string, meldingen: string | null, adviezen: string | null) =>
      `${label} (niet in de grafiek): ` +
      [meldingen === null ? null : `${meldingen} ontvangen meldingen`, adviezen === null ? null : `${adviezen} gestarte adviezen`]
        .filter((part) => part !== null)
        .join(', ') +
      '.',
    fileName: (key: string, code: string, period: string) => `veilig-thuis-${key}-${code}-${period}.csv`,
  },

  melder: {
    heading: 'Meldingen naar melder',
    chartTitle: (name: string, period: string) => `Staafgrafiek: ontvangen meldingen naar melder, ${name}, ${period}`,
    description: (name: string, period: string) =>
      `Aantal ontvangen meldingen bij Veilig Thuis in ${period} voor ${name}, naar wie de melding deed. ` +
      'De groepen overlappen (totalen en onderdelen) en tellen niet op. De cijfers staan ook in de tabel.',
    caption: (name: string, period: string) => `Ontvangen meldingen naar melder, ${name}, ${period}`,
    columnMelder: 'Melder',
    columnMeldingen: 'Ontvangen meldingen',
    fileName: (code: string, period: string) => `veilig-thuis-melders-${code}-${period}.csv`,
  },

  aard: {
    heading: 'Aard van het geweld',
    none: 'Voor de aard van het geweld (CBS-tabel 84851NED) zijn geen cijfers beschikbaar.',
    chartTitle: (name: string, period: string) => `Staafgrafiek: meldingen naar aard van het geweld, ${name}, ${period}`,
    description: (name: string, period: string) =>
      `Aantal ontvangen meldingen in ${period} voor ${name}, naar aard van het geweld. De cijfers staan ook in de tabel.`,
    caption: (name: string, period: string) => `Ontvangen meldingen naar aard van het geweld, ${name}, ${period}`,
    columnAard: 'Aard van het geweld',
    columnMeldingen: 'Ontvangen meldingen',
    fileName: (code: string, period: string) => `veilig-thuis-aard-geweld-${code}-${period}.csv`,
  },

  compare: {
    heading: 'Vergeleken met de regio en Nederland',
    chartTitle: (period: string) => `Staafgrafiek: adviezen en meldingen per 1.000 inwoners, ${period}`,
    description: (names: string[], period: string) =>
      `Gestarte adviezen en ontvangen meldingen per 1.000 inwoners in ${period}: ${names.join(', ')}. ` + 'De cijfers staan ook in de tabel.',
    populationNote: (years: number[]) =>
      years.length === 0
        ? 'Per 1.000 inwoners: berekend met het aantal inwoners op 1 januari.'
        : `Per 1.000 inwoners: berekend met het aantal inwoners op 1 januari ${years.join(' en ')} (CBS).`,
    caption: (period: string) => `Adviezen en meldingen per 1.000 inwoners, ${period}`,
    axisLegend: 'Aantal per 1.000 inwoners',
    columnRegion: 'Gebied',
    columnAdviezen: 'Adviezen per 1.000 inwoners',
    columnMeldingen: 'Meldingen per 1.000 inwoners',
    columnPopulation: 'Inwoners',
    columnPopulationYear: 'Peiljaar inwoners',
    barLabel: (region: string, measure: string) => `${region} – ${measure}`,
    adviezen: 'adviezen',
    meldingen: 'meldingen',
    levels: {
      MUNICIPALITY: 'gemeente',
      VEILIG_THUIS_REGION: 'Veilig Thuis-regio',
      PROVINCE: 'provincie',
      LANDSDEEL: 'landsdeel',
      NATION: 'land',
      DISTRICT: 'wijk',
    } as Record<string, string>,
    fileName: (code: string, period: string) => `veilig-thuis-per-1000-${code}-${period}.csv`,
  },

  estimate: {
    heading: 'Geschat aantal kinderen dat met kindermishandeling te maken krijgt',
    range: (range: string) => `naar schatting ${range} kinderen`,
    perYear: 'per jaar',
    suppressed: 'De schatting is niet gepubliceerd: het aantal is te klein om te tonen.',
    notFound: 'Voor deze gemeente is geen schatting beschikbaar.',
    modelNote:
      'Dit is een modelschatting op basis van de Nationale Prevalentiestudie Mishandeling (NPM-2017), geen telling. ' +
      'Het werkelijke aantal is niet bekend.',
    dataYear: 'Peiljaar gegevens',
    estimateYear: 'Schatting voor',
    children: 'Kinderen van 0–17 jaar (benadering)',
    childrenWithheld: 'niet getoond',
    nationalRate: 'Landelijk tarief (NPM-2017)',
    nationalRateValue: (range: string | null) => (range === null ? NOT_PUBLISHED : `${range} per 1.000 kinderen`),
    method: 'Methode',
    methods: {
      RISK_MODEL: 'Model met vijf risicofactoren tegelijk, geschat op jeugdbescherming per gemeente en herschaald naar de landelijke bandbreedte',
      INDIRECT_STANDARDISATION:
        'Indirecte standaardisatie: het landelijke tarief, gewogen naar het aandeel kinderen met de sterkste risicofactor in de gemeente',
      NATIONAL_RATE: 'Landelijk tarief maal het aantal kinderen',
    } as Record<string, string>,
    riskFactor: 'Risicofactor',
    fallbackHeading: 'Waarom het landelijke tarief',
    formulaHeading: 'Formule',
    inputsHeading: 'Invoer',
    inputsCaption: 'Invoer van de schatting',
    columnInput: 'Gegeven',
    columnValue: 'Waarde',
    columnYear: 'Jaar',
    columnSource: 'Bron',
    more: 'Meer over deze schatting',
  },

  districts: {
    title: (name: string) => `Wijken van ${name}`,
    heading: (name: string) => `Wijken van ${name}`,
    intro:
      'Per wijk: het aantal inwoners, een benadering van het aantal kinderen van 0–17 jaar en de geschatte ' +
      'omvang van kindermishandeling (NPM-2017). Voor wijken gelden strengere regels: aantallen zijn afgerond ' +
      'op tientallen en kleine aantallen worden niet getoond.',
    none: (name: string) => `Voor ${name} zijn geen wijkcijfers beschikbaar.`,
    mapHeading: 'Kaart van de wijken',
    colourBy: 'Kleur de kaart naar',
    colourChildren: 'Kinderen van 0–17 jaar (benadering)',
    colourEstimate: 'Geschatte kindermishandeling (midden van de bandbreedte)',
    mapTitle: (name: string, by: string) => `Kaart: wijken van ${name}, gekleurd naar ${by.toLowerCase()}`,
    mapDescription: (count: number) =>
      `Choropleetkaart van ${countOf(count, 'wijk', 'wijken')}. Elke wijk is met de Tab-toets te bereiken en noemt haar cijfer; ` +
      'alle cijfers staan ook in de tabel onder de kaart.',
    mapLoading: 'Kaart wordt geladen…',
    mapError: 'De kaart kon niet worden geladen. De cijfers staan in de tabel hieronder.',
    skipMap: 'Sla de kaart over',
    legendHeading: 'Legenda',
    legendCount: (count: number) => `${count} ${count === 1 ? 'wijk' : 'wijken'}`,
    notShown: 'niet getoond',
    areaChildren: (name: string, children: number | null) =>
      children === null ? `${name}: aantal kinderen niet getoond` : `${name}: ongeveer ${number(children)} kinderen`,
    areaEstimate: (name: string, low: number | null, high: number | null) => {
      const range = formatRange(low, high, 'count');
      return range === null ? `${name}: schatting niet getoond` : `${name}: naar schatting ${range} kinderen met kindermishandeling`;
    },
    tableHeading: 'Cijfers per wijk',
    caption: (name: string, year: number | null) => `Wijken van ${name}${year ? `, ${year}` : ''}`,
    columnDistrict: 'Wijk',
    columnPopulation: 'Inwoners',
    columnChildren: 'Kinderen 0–17 jaar (benadering)',
    columnEstimate: 'Geschatte kindermishandeling',
    estimateRange: (low: number | null, high: number | null) => formatRange(low, high, 'count') ?? NOT_PUBLISHED,
    fileName: (code: string) => `wijken-${code}.csv`,
    source: (source: string) => `Bron: ${source}; grenzen: CBS/PDOK wijk- en buurtkaart.`,
    modelNote:
      'De schatting per wijk is een modelschatting (NPM-2017), geen telling: het landelijke tarief toegepast op het ' +
      'benaderde aantal kinderen in de wijk.',
  },

  import: {
    title: 'CBS-import',
    intro:
      'Importeer Veilig Thuis-cijfers van CBS StatLine: een CSV-bestand “met statistische symbolen” of een ' +
      'JSON-bundel van de OData-API. De import gaat helemaal of helemaal niet door; hetzelfde bestand opnieuw ' +
      'importeren verandert niets.',
    fileLabel: 'Bestand',
    fileDescription: 'CSV (met statistische symbolen) of JSON (OData-bundel), hoogstens 50 MB.',
    tableLabel: 'CBS-tabel',
    tableDescription: 'Verplicht bij een CSV-bestand; een JSON-bundel noemt zijn tabel zelf.',
    tableNone: 'Kies een tabel',
    tableFromFile: 'Uit het bestand (alleen JSON)',
    submit: 'Importeren',
    busy: 'Bezig met importeren…',
    errorFile: 'Kies een bestand.',
    errorTable: 'Kies de CBS-tabel van dit CSV-bestand.',
    errorSummary: 'Er is een probleem',
    progressLabel: 'Voortgang van de import',
    phases: {
      uploaden: 'Bestand versturen',
      lezen: 'Bestand lezen',
      controleren: 'Controleren',
      importeren: 'Importeren',
      beschermen: 'Beschermen (openbaarmaking)',
      klaar: 'Klaar',
    } as Record<string, string>,
    progressText: (phase: string, done: number, total: number, unit: 'percent' | 'rows' | 'none') =>
      unit === 'percent' && total > 0
        ? `${phase}: ${Math.round((done / total) * 100)}%`
        : unit === 'rows' && total > 0
          ? `${phase}: ${number(done)} van ${countOf(total, 'cijfer', 'cijfers', number)}`
          : `${phase}…`,
    successHeading: 'Import geslaagd',
    successSummary: (fileName: string, tableId: string | null, observations: number) =>
      `${fileName}${tableId ? ` (tabel ${tableId})` : ''}: ${number(observations)} ${observations === 1 ? 'cijfer' : 'cijfers'} gelezen.`,
    alreadyImported: 'Dit bestand was al geïmporteerd; er is niets gewijzigd.',
    counts: (inserted: number, updated: number, unchanged: number) =>
      `${number(inserted)} nieuw, ${number(updated)} bijgewerkt, ${number(unchanged)} ongewijzigd.`,
    problemsHeading: 'Import afgewezen',
    nothingChanged: 'Er is niets gewijzigd.',
    problemsCount: (count: number) => `${count} ${count === 1 ? 'probleem' : 'problemen'} gevonden.`,
    problemsCaption: (fileName: string) => `Problemen in ${fileName}`,
    columnLine: 'Regel',
    columnColumn: 'Kolom',
    columnReason: 'Reden',
    wholeFile: 'hele bestand',
    wholeRow: 'hele regel',
    previewHeading: 'Voorbeeld van de ingelezen cijfers (ruwe waarden, alleen voor beheerders)',
    previewCaption: 'Eerste ingelezen cijfers',
    columnMeasure: 'Onderwerp',
    columnCategory: 'Kenmerk',
    columnRegion: 'Regio',
    columnPeriod: 'Periode',
    columnValue: 'Waarde',
    columnStatus: 'Status',
    networkError: 'De verbinding met de server is verbroken. Probeer het opnieuw.',
    serverError: 'Er ging iets mis op de server. Probeer het later opnieuw.',
  },
} as const;
