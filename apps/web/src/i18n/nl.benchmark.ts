import { navLabels } from './nl.nav';
import { BAND_LABELS, formatNumberNl, periodLabel, type Band } from '@monitor/domain';
import { countOf } from './count';

const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});
const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

const number = (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatNumberNl(value, 1));

const QUARTILE_WORDS: Record<number, string> = {
  1: 'eerste kwart (laagste waarden)',
  2: 'tweede kwart',
  3: 'derde kwart',
  4: 'vierde kwart (hoogste waarden)',
};

const WITHHELD: Record<string, string> = {
  TOO_FEW: 'Niet getoond: te weinig gemeenten (minder dan 5)',
  DIFFERENCING: 'Niet getoond: zou in combinatie met een andere groep cijfers van één gemeente kunnen onthullen',
  PROTECTED:
    'Niet getoond: te weinig gemeenten, of de cijfers zouden samen met eerder gepubliceerde cijfers de waarde van een gemeente kunnen onthullen',
  NO_DATA: 'Niet getoond: nog geen cijfers voor deze groep',
};

const VT_MEASURES: Record<string, string> = {
  gestarte_adviezen: 'Gestarte adviezen',
  ontvangen_meldingen: 'Ontvangen meldingen',
};

/** User-facing text of the benchmark ("Vergelijken") and sharing-agreement ("Afspraken") pages. */
export const nlBenchmark = {
  nav: {
    benchmark: navLabels.benchmark,
    agreements: navLabels.agreements,
  },

  number,
  dateTime: (iso: string | null | undefined) => (iso ? dateTimeFormat.format(new Date(iso)) : '—'),
  date: (iso: string | null | undefined) => (iso ? dateFormat.format(new Date(iso)) : '—'),
  /** "cijfers van 23 november 2026 om 19:41" */
  computedAt: (iso: string | null | undefined) => (iso ? `cijfers van ${dateTimeFormat.format(new Date(iso))}` : 'nog geen cijfers berekend'),
  quartile: (quartile: number | null | undefined) => (quartile ? (QUARTILE_WORDS[quartile] ?? '—') : '—'),
  withheld: (reason: string | null | undefined) => WITHHELD[reason ?? 'NO_DATA'] ?? WITHHELD.NO_DATA,
  band: (band: string | null | undefined) => (band && band in BAND_LABELS ? BAND_LABELS[band as Band] : 'geen waarde'),
  /** "+8,3 punten t.o.v. 2025", "gelijk aan 2025", "2025: 83,3; dit jaar nog geen waarde" … */
  change: (change: number | null | undefined, previous: number | null | undefined, own: number | null | undefined, year: number) => {
    if (change !== null && change !== undefined) {
      if (change === 0) return `gelijk aan ${year - 1}`;
      return `${change > 0 ? '+' : '−'}${formatNumberNl(Math.abs(change), 1)} punten t.o.v. ${year - 1}`;
    }
    if (previous !== null && previous !== undefined && (own === null || own === undefined)) {
      return `${year - 1}: ${number(previous)}; ${year} nog geen waarde`;
    }
    return `geen vergelijking met ${year - 1}`;
  },

  groupTypes: {
    ALL: 'Alle deelnemende gemeenten',
    PROVINCE: 'Zelfde provincie',
    VEILIG_THUIS_REGION: 'Zelfde Veilig Thuis-regio',
    SAFETY_REGION: 'Zelfde veiligheidsregio',
    SIZE_CLASS: 'Zelfde grootteklasse (inwoners)',
    CUSTOM: 'Eigen groep',
  } as Record<string, string>,

  benchmark: {
    title: 'Vergelijken',
    intro:
      'Vergelijk de beleidsindicatoren van uw gemeente met die van andere gemeenten. U ziet alleen ' +
      'samengevatte cijfers van een groep, afgerond op 5 punten: de mediaan, vanaf 10 gemeenten de middelste helft en ' +
      'vanaf 20 gemeenten het 10e en 90e percentiel; nooit de laagste of hoogste waarde, namen of rangnummers van andere ' +
      'gemeenten. Groepen met minder dan 5 gemeenten worden niet getoond.',
    pageTitle: (name: string, year: number) => `Vergelijken: ${name}, ${year}`,
    heading: (name: string, year: number) => `Vergelijken: ${name}, ${year}`,
    noYears: 'Er zijn nog geen vergelijkingscijfers.',
    chooserHeading: 'Kies een gemeente',
    chooserIntro: 'U kunt de cijfers van elke gemeente bekijken. Kies de gemeente die u wilt vergelijken.',
    municipality: 'Gemeente',
    chooseMunicipality: 'Kies een gemeente',
    year: 'Jaar',
    group: 'Vergelijk met',
    ownGroups: 'Eigen groepen',
    customGroupOption: (name: string, size: number) => `${name} (${countOf(size, 'gemeente', 'gemeenten')})`,
    show: 'Toon vergelijking',
    filterHeading: 'Vergelijking kiezen',
    comparedWith: (group: string) => `Vergeleken met: ${group}`,
    noBenchmarks: (year: number) => `Voor ${year} zijn er nog geen vergelijkingscijfers.`,
    notFound: 'Deze gemeente bestaat niet of u heeft geen toegang tot haar cijfers.',
    chartHeading: 'In een grafiek',
    chartTitle: (group: string, year: number) => `Indicatoren ${year}: eigen waarde tegenover ${group}`,
    chartDescription: (name: string) =>
      `Per indicator een horizontale balk van 0 tot 100: de lichte band loopt van het 10e tot het 90e percentiel ` +
      `in de groep (vanaf 20 gemeenten), het donkere blok is de middelste helft (eerste tot derde kwartiel) met een witte streep op de ` +
      `mediaan. Een zwarte ruit met tekst markeert de waarde van ${name}. Bij niet getoonde groepen staat ` +
      `‘niet getoond’; de reden staat in de tabel hieronder, met dezelfde cijfers.`,
    tableHeading: 'In een tabel',
    tableCaption: (name: string, group: string, year: number) => `Indicatoren ${year} van ${name} tegenover ${group}`,
    columnIndicator: 'Indicator',
    columnOwn: (name: string) => `${name}`,
    columnMedian: 'Mediaan',
    columnIqr: 'Middelste helft (Q1–Q3)',
    columnRange: '10e–90e percentiel',
    columnN: 'Aantal gemeenten',
    columnQuartile: 'Positie in de groep',
    columnTrend: 'Verandering',
    columnGroup: 'Groep',
    range: (from: number | null, to: number | null) => `${number(from)}–${number(to)}`,
    ownLabel: (name: string, value: number | null) => (value === null ? `${name}: geen waarde` : `${name}: ${number(value)}`),
    noOwnValue: 'geen eigen waarde',
    legendHeading: 'Legenda van de grafiek',
    legendRange: 'lichte band: 10e tot 90e percentiel',
    legendIqr: 'donker blok: middelste helft (Q1 tot Q3)',
    legendMedian: 'witte streep: mediaan',
    legendOwn: (name: string) => `zwarte ruit: ${name}`,
    axis: 'Score (0–100)',
    detailLink: (label: string) => `${label}`,
    themeHeading: (theme: string) => theme,
  },

  veiligThuis: {
    heading: 'Veilig Thuis per 1.000 inwoners',
    intro:
      'Adviezen en meldingen bij Veilig Thuis (CBS) per 1.000 inwoners, vergeleken met dezelfde groep. Kleine aantallen ' +
      'worden door het CBS geheimgehouden; groepen met minder dan 5 gemeenten worden niet getoond.',
    /** "vt:gestarte_adviezen:2025-H1" → "Gestarte adviezen per 1.000 inwoners, 1e halfjaar 2025" */
    measureLabel: (measure: string, period: string) => `${VT_MEASURES[measure] ?? measure} per 1.000 inwoners, ${periodLabel(period)}`,
    tableCaption: (name: string, group: string, year: number) => `Veilig Thuis ${year} per 1.000 inwoners: ${name} tegenover ${group}`,
    columnMeasure: 'Cijfer',
    comparedWith: (group: string) => `Vergeleken met: ${group}`,
    none: 'Voor dit jaar zijn er geen cijfers van Veilig Thuis per gemeente om te vergelijken.',
  },

  customGroup: {
    toggle: 'Eigen vergelijkingsgroep maken',
    heading: 'Nieuwe vergelijkingsgroep',
    intro:
      'Stel zelf een groep gemeenten samen om mee te vergelijken, bijvoorbeeld gemeenten met een vergelijkbare aanpak. ' +
      'Na het maken worden de vergelijkingscijfers opnieuw berekend; dat kan even duren.',
    rules:
      'Een groep heeft minstens 5 gemeenten nodig; kleinere groepen worden niet getoond. Ook een groep die te weinig ' +
      'verschilt van een andere groep kan worden achtergehouden, omdat het verschil dan de cijfers van één gemeente ' +
      'zou onthullen. Welke gemeenten in een groep zitten, wordt nergens getoond.',
    name: 'Naam van de groep',
    nameDescription: 'Bijvoorbeeld: Middelgrote gemeenten met een wijkaanpak.',
    members: 'Gemeenten in de groep',
    membersDescription: 'Kies minstens 5 gemeenten. Met het zoekveld maakt u de lijst korter; gekozen gemeenten blijven gekozen.',
    filter: 'Zoek gemeente',
    chosen: (count: number) => (count === 1 ? '1 gemeente gekozen' : `${count} gemeenten gekozen`),
    chosenList: (names: string) => `Gekozen: ${names}`,
    noMatch: (text: string) => `Geen gemeente gevonden met ‘${text}’.`,
    submit: 'Groep maken',
    busy: 'Bezig met maken en herberekenen…',
    cancel: 'Annuleren',
    created: (name: string, size: number) =>
      `De groep ‘${name}’ (${countOf(size, 'gemeente', 'gemeenten')}) is gemaakt en staat gekozen bij ‘Vergelijk met’. Kies ‘Toon vergelijking’ om de cijfers te zien.`,
    errors: {
      name: 'Vul een naam voor de groep in.',
      nameLength: 'Gebruik een naam van minstens 3 tekens.',
      members: 'Kies de gemeenten voor de groep.',
    },
  },

  detail: {
    pageTitle: (label: string, name: string, year: number) => `${label}: ${name}, ${year}`,
    heading: (label: string) => label,
    subheading: (name: string, year: number) => `${name}, ${year}`,
    backToOverview: 'Terug naar het overzicht van alle indicatoren',
    vtLabel: (measure: string, period: string) =>
      `${measure === 'gestarte_adviezen' ? 'Gestarte adviezen' : measure === 'ontvangen_meldingen' ? 'Ontvangen meldingen' : measure} Veilig Thuis per 1.000 inwoners (${period})`,
    vtDescription: 'Cijfers van Veilig Thuis (CBS) per 1.000 inwoners van de gemeente, na geheimhouding van kleine aantallen.',
    unknownIndicator: 'Deze indicator bestaat niet voor dit jaar.',
    trendHeading: 'Ontwikkeling',
    trendOwn: (name: string, year: number, value: number | null) => `${name} in ${year}: ${value === null ? 'geen waarde' : number(value)}`,
    trendChange: 'Verandering',
    distributionHeading: 'Verdeling per groep',
    distributionIntro: 'Dezelfde indicator in verschillende groepen naast elkaar. Alleen groepen van minstens 5 gemeenten worden getoond.',
    chartTitle: (label: string, year: number) => `Verdeling van ${label} in ${year} per vergelijkingsgroep`,
    chartDescription: (name: string) =>
      `Per groep een horizontale balk van 0 tot 100: de lichte band loopt van het 10e tot het 90e percentiel, het ` +
      `donkere blok is de middelste helft (eerste tot derde kwartiel) met een witte streep op de mediaan. Een zwarte ` +
      `ruit met tekst markeert de waarde van ${name}. Bij niet getoonde groepen staat ‘niet getoond’; de reden ` +
      `staat in de tabel hieronder, met dezelfde cijfers.`,
    tableCaption: (label: string, name: string, year: number) => `Verdeling van ${label} in ${year}, met ${name}`,
    mapHeading: 'Kaart per regio',
    mapIntro:
      'De mediaan van elke regio. Regio’s waarvan de cijfers niet getoond mogen worden zijn grijs gearceerd en ' +
      'noemen de reden; er staan nooit cijfers van afzonderlijke gemeenten op deze kaart.',
    regionType: 'Soort regio',
    regionTypes: { PROVINCE: 'Provincies', VEILIG_THUIS_REGION: 'Veilig Thuis-regio’s' } as Record<string, string>,
    mapTitle: (label: string, kind: string, year: number) => `Kaart: mediaan van ${label} per ${kind}, ${year}`,
    mapKind: { PROVINCE: 'provincie', VEILIG_THUIS_REGION: 'Veilig Thuis-regio' } as Record<string, string>,
    mapDescription:
      'Elke regio is gekleurd naar de mediaan van haar gemeenten; niet getoonde regio’s zijn grijs gearceerd. ' +
      'Met de Tab-toets gaat u langs de regio’s; elke regio noemt haar naam en mediaan of de reden. Alle cijfers ' +
      'staan ook in de tabel onder de kaart.',
    mapLoading: 'Kaart wordt geladen…',
    mapError: 'De kaart kon niet worden geladen. De cijfers staan in de tabel.',
    regionLabel: (name: string, median: number | null, n: number, withheld: string | null) =>
      withheld ? `${name}: ${withheld}` : `${name}: mediaan ${number(median)} (${countOf(n, 'gemeente', 'gemeenten')})`,
    legendHeading: 'Legenda van de kaart',
    legendClass: (from: number, to: number, last: boolean) => `mediaan ${number(from)} tot ${last ? 'en met ' : ''}${number(to)}`,
    legendWithheld: 'grijs gearceerd: niet getoond (reden staat bij de regio)',
    legendCount: (count: number) => `${count} ${count === 1 ? 'regio' : 'regio’s'}`,
    regionTableCaption: (label: string, kind: string, year: number) => `Mediaan van ${label} per ${kind}, ${year}`,
    columnRegion: 'Regio',
    columnStatus: 'Getoond',
    ownRegion: (name: string) => `(regio van ${name})`,
    shown: 'ja',
    sharedHeading: (title: string) => `Gedeeld binnen de afspraak “${title}”`,
    sharedIntro:
      'Binnen deze afspraak over delen zien de deelnemende gemeenten elkaars indicatorscores met naam. ' +
      'Deze cijfers zijn alleen zichtbaar voor de deelnemers en het NJi.',
    sharedMapTitle: (label: string, title: string) => `Kaart: ${label} van de gemeenten in “${title}”`,
    sharedMapDescription:
      'De gemeenten van de afspraak, elk met naam en score; met de Tab-toets gaat u langs de gemeenten. De cijfers ' +
      'staan ook in de tabel onder de kaart.',
    sharedTableCaption: (label: string, title: string, year: number) => `${label} in ${year}, gemeenten in “${title}”`,
    columnMunicipality: 'Gemeente',
    columnValue: 'Score',
    columnBand: 'Gerealiseerd',
    sharedLabel: (name: string, value: number | null, band: string) =>
      value === null ? `${name}: geen waarde` : `${name}: ${number(value)} (${band})`,
    noShared: 'Nog geen scores van de deelnemende gemeenten voor dit jaar.',
  },

  sharing: {
    title: 'Afspraken over delen',
    intro: 'Gemeenten in dezelfde Veilig Thuis-regio of veiligheidsregio kunnen afspreken om elkaars cijfers met naam te zien.',
    explanationHeading: 'Wat betekent delen?',
    explanation: [
      'De deelnemende gemeenten zien elkaars antwoorden op de vragenlijst en elkaars indicatorscores, met de naam van de gemeente.',
      'Een afspraak wordt pas actief als alle uitgenodigde gemeenten hebben geaccepteerd. Wijst één gemeente af, dan gaat de afspraak niet door.',
      'Elke deelnemer kan zich op elk moment terugtrekken. Dat werkt meteen: vanaf dat moment ziet niemand meer cijfers via deze afspraak van of voor uw gemeente.',
      'Andere gemeenten buiten de afspraak zien nooit namen, alleen samengevatte cijfers van groepen van minstens 5 gemeenten.',
    ],
    viewerNote:
      'U kunt de afspraken van uw gemeente bekijken. Alleen invullers van uw gemeente kunnen afspraken voorstellen, accepteren of terugtrekken.',
    adminNote:
      'Als beheerder ziet u de afspraken van alle gemeenten. Alleen invullers van een gemeente kunnen afspraken voorstellen, accepteren of terugtrekken.',
    analystNote:
      'Afspraken over delen worden gemaakt door gemeenten. Als NJi-onderzoeker ziet u gedeelde cijfers bij elke indicator onder Vergelijken.',
    listHeading: 'Afspraken van uw gemeente',
    listHeadingAll: 'Alle afspraken',
    none: 'Er zijn nog geen afspraken.',
    status: { PROPOSED: 'Voorgesteld', ACTIVE: 'Actief', ENDED: 'Beëindigd' } as Record<string, string>,
    memberState: { INVITED: 'Uitgenodigd', ACCEPTED: 'Geaccepteerd', DECLINED: 'Afgewezen', WITHDRAWN: 'Teruggetrokken' } as Record<string, string>,
    scopeLabel: { VEILIG_THUIS_REGION: 'Veilig Thuis-regio', SAFETY_REGION: 'Veiligheidsregio' } as Record<string, string>,
    statusLabel: 'Status',
    region: 'Regio',
    proposedOn: 'Voorgesteld op',
    activeSince: 'Actief sinds',
    endedOn: 'Beëindigd op',
    membersCaption: (title: string) => `Deelnemers aan “${title}”`,
    columnMunicipality: 'Gemeente',
    columnState: 'Reactie',
    columnRespondedAt: 'Datum',
    ownMarker: '(uw gemeente)',
    invitation: 'Uw gemeente is uitgenodigd voor deze afspraak.',
    accept: 'Accepteren',
    decline: 'Afwijzen',
    withdraw: 'Terugtrekken',
    withdrawConfirm: (title: string) =>
      `Weet u zeker dat u uw gemeente terugtrekt uit “${title}”? Dit werkt meteen en kan niet ongedaan worden gemaakt.`,
    withdrawYes: 'Ja, terugtrekken',
    cancel: 'Annuleren',
    accepted: (title: string) => `U heeft “${title}” geaccepteerd.`,
    declined: (title: string) => `U heeft “${title}” afgewezen.`,
    withdrawn: (title: string) => `Uw gemeente is teruggetrokken uit “${title}”.`,
    proposeHeading: 'Nieuwe afspraak voorstellen',
    proposeIntro: (name: string) =>
      `U nodigt gemeenten uit dezelfde regio als ${name} uit. Uw gemeente doet zelf mee zodra u het voorstel verstuurt.`,
    scope: 'Binnen welke regio wilt u delen?',
    scopeOption: (kind: string, name: string) => `${kind} ${name}`,
    titleLabel: 'Titel van de afspraak',
    titleDescription: 'Bijvoorbeeld: Uitwisseling jeugd en veiligheid 2026.',
    members: 'Welke gemeenten nodigt u uit?',
    chooseScopeFirst: 'Kies eerst de regio; daarna ziet u de gemeenten.',
    submit: 'Voorstel versturen',
    proposed: (title: string) => `Het voorstel “${title}” is verstuurd.`,
    errors: {
      scope: 'Kies binnen welke regio u wilt delen.',
      title: 'Vul een titel in.',
      titleLength: 'Gebruik voor de titel hoogstens 200 tekens.',
      municipalityCodes: 'Kies minstens één gemeente om uit te nodigen.',
    },
    conflict: 'Dit kan niet meer: de afspraak is intussen gewijzigd. De lijst is bijgewerkt.',
  },
  /** The benchmark side of the administrators' "Openbaarmaking" page. */
  disclosure: {
    heading: 'Vergelijkingen (benchmarks)',
    intro: (minimum: number) =>
      `Een vergelijkingsgroep publiceert alleen afgeronde cijfers (mediaan, kwartielen en percentielen afgerond op 5 punten, ` +
      `Veilig Thuis-cijfers op 0,5 per 1.000 inwoners; nooit de laagste of hoogste waarde). Elke publicatie staat in een ` +
      `grootboek. Nieuwe cijfers worden alleen gepubliceerd als elke combinatie met eerdere publicaties van dezelfde ` +
      `maatstaf en hetzelfde jaar minstens ${minimum} gemeenten bij elkaar laat. Anders blijft de laatste publicatie staan, ` +
      `of wordt niets getoond. Het aantal gemeenten van een niet getoonde groep wordt nooit gepubliceerd.`,
    none: (year: number) => `Voor ${year} zijn er nog geen vergelijkingscijfers.`,
    summaryLabel: (year: number) => `Vergelijkingen ${year} per status`,
    count: (status: 'PUBLISHED' | 'EARLIER_RELEASE' | 'WITHHELD' | 'INTERNAL', count: number) =>
      `${({ PUBLISHED: 'Actueel gepubliceerd', EARLIER_RELEASE: 'Eerdere publicatie getoond', WITHHELD: 'Niet gepubliceerd', INTERNAL: 'Alleen intern (eigen groep van analisten)' } as const)[status]}: ${count}`,
    allPublished: 'Alle vergelijkingen van dit jaar zijn actueel gepubliceerd.',
    caption: (year: number) => `Vergelijkingen ${year} die niet (actueel) gepubliceerd zijn, met de reden`,
    columnMeasure: 'Maatstaf',
    columnGroup: 'Groep',
    columnStatus: 'Status',
    columnReason: 'Reden',
    columnContributors: 'Gemeenten nu (niet openbaar)',
    columnShownN: 'Gemeenten in getoonde cijfers',
    columnLastRelease: 'Laatste publicatie',
    status: {
      PUBLISHED: 'actueel gepubliceerd',
      EARLIER_RELEASE: 'eerdere publicatie getoond',
      WITHHELD: 'niet gepubliceerd',
      INTERNAL: 'alleen intern',
    },
    reason: {
      TOO_FEW: 'te weinig gemeenten',
      DIFFERENCING: 'grootboek: verschil met andere groepen',
      OVER_TIME: 'grootboek: verschil met eigen eerdere publicatie',
    },
    lastRelease: (when: string, count: number) => `${when} (${count === 1 ? '1 publicatie' : `${count} publicaties`})`,
    neverReleased: 'nooit gepubliceerd',
  },
};
