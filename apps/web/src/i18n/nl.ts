import { formatNumberNl, formatPercentNl } from '@monitor/domain';

/** All user-facing text of the web app (Dutch). */
export const nl = {
  appName: 'Monitor Aanpak Kindermishandeling en Huiselijk Geweld',
  skipLink: 'Naar de hoofdinhoud',
  loading: 'Bezig met laden…',
  errorLoading: 'De gegevens konden niet worden geladen. Probeer het later opnieuw.',
  noData: 'geen gegevens',

  nav: {
    label: 'Hoofdnavigatie',
    map: 'Kaart',
    municipalities: 'Gemeenten',
    playground: 'GraphQL-playground',
  },

  footer: {
    label: 'Over deze site',
    sources:
      'Bron: CBS, PDOK — Gebiedsindelingen 2026/2025 (CC BY 4.0); Kerncijfers wijken en buurten 2023/2024 (CBS, CC BY 4.0)',
    accessibility: 'Toegankelijkheid',
  },

  home: {
    title: 'Kaart',
    heading: 'Huishoudens met kinderen per gemeente',
    intro:
      'Deze kaart toont per gemeente welk deel van de huishoudens kinderen heeft (CBS, 2023). ' +
      'Kies een gemeente op de kaart of zoek haar op; onder de kaart staan alle cijfers op een rij.',
    mapHeading: 'Kaart van Nederland',
    mapTitle: 'Kaart: aandeel huishoudens met kinderen per gemeente',
    mapDescription: (year: number | null) =>
      `Choropleetkaart van de gemeenten van Nederland, gekleurd naar het aandeel huishoudens met kinderen` +
      (year ? ` in ${year}` : '') +
      '. Elke gemeente is een link naar haar eigen pagina; alle cijfers staan ook op een rij onder de kaart.',
    mapLoading: 'Kaart wordt geladen…',
    mapError: 'De kaart kon niet worden geladen. De cijfers staan hieronder op een rij.',
    skipMap: 'Sla de kaart over',
    legendHeading: 'Legenda',
    legendCount: (count: number) => `${count} ${count === 1 ? 'gemeente' : 'gemeenten'}`,
    showTable: 'Toon als tabel',
    hideTable: 'Verberg tabel',
    tableHeading: 'Cijfers per gemeente',
    tableCaption: (year: number | null) =>
      `Aandeel huishoudens met kinderen per gemeente${year ? `, ${year}` : ''} (CBS)`,
    columnMunicipality: 'Gemeente',
    columnShare: 'Huishoudens met kinderen',
  },

  areaLabel: (name: string, share: number | null) =>
    share === null ? `${name}: geen gegevens` : `${name}: ${formatPercentNl(share)} huishoudens met kinderen`,

  search: {
    label: 'Zoek een gemeente',
    description: 'Typ (een deel van) de naam van een gemeente.',
    results: (count: number) =>
      count === 0 ? 'Geen gemeenten gevonden.' : `${count} ${count === 1 ? 'gemeente' : 'gemeenten'} gevonden.`,
    more: (count: number) => `En nog ${count} meer; typ verder om te verfijnen.`,
  },

  municipalities: {
    title: 'Gemeenten',
    heading: 'Alle gemeenten',
    intro: (count: number) => `Nederland telt ${count} gemeenten, hieronder per provincie.`,
    noProvince: 'Provincie onbekend',
  },

  municipality: {
    notFoundTitle: 'Gemeente niet gevonden',
    notFound: (code: string) => `Er is geen gemeente met code ${code}.`,
    backToMap: 'Terug naar de kaart',
    code: (code: string) => `CBS-gemeentecode: ${code}`,
    regionsHeading: 'Regio-indelingen',
    regionsSource: 'Bron: CBS, PDOK — Gebiedsindelingen 2025 (CC BY 4.0).',
    figuresHeading: 'Kerncijfers',
    figuresCaption: (name: string) => `Kerncijfers van ${name}`,
    columnFigure: 'Kenmerk',
    columnValue: 'Waarde',
    columnYear: 'Jaar',
    columnSource: 'Bron',
    population: 'Inwoners',
    youth0To17: 'Jeugdigen 0–17 jaar (benadering)',
    youth0To14: 'Kinderen 0–14 jaar',
    households: 'Huishoudens',
    shareWithChildren: 'Huishoudens met kinderen',
    averageHouseholdSize: 'Gemiddelde huishoudensgrootte',
    urbanity: 'Stedelijkheid',
    methodHeading: 'Methode jeugdigen 0–17 jaar',
    sourceKeyFigures: (year: number | null) => `CBS, Kerncijfers wijken en buurten${year ? ` ${year}` : ''}`,
    ageHeading: 'Leeftijdsopbouw',
    ageCaption: (name: string, year: number | null, source: string | null) =>
      `Leeftijdsopbouw van ${name}${year ? `, ${year}` : ''} (bron: ${source ?? 'CBS'})`,
    columnAgeBand: 'Leeftijdsgroep',
    columnAgeShare: 'Aandeel van de inwoners',
    noFigures: 'Voor deze gemeente zijn geen kerncijfers beschikbaar.',
  },

  urbanity: {
    1: 'zeer sterk stedelijk',
    2: 'sterk stedelijk',
    3: 'matig stedelijk',
    4: 'weinig stedelijk',
    5: 'niet stedelijk',
  } as Record<number, string>,

  ageBand: (fromAge: number, toAge: number | null) =>
    toAge === null ? `${fromAge} jaar en ouder` : `${fromAge} tot en met ${toAge} jaar`,

  accessibility: {
    title: 'Toegankelijkheid',
    heading: 'Toegankelijkheidsverklaring',
    body: [
      'Wij willen dat iedereen deze monitor kan gebruiken. De site is gebouwd volgens de ' +
        'toegankelijkheidseisen van WCAG 2.1 op niveau A en AA, zoals het Tijdelijk besluit digitale ' +
        'toegankelijkheid overheid voorschrijft.',
      'De kaart is met het toetsenbord te bedienen: elke gemeente krijgt focus en opent met Enter. ' +
        'Kleur is nooit de enige drager van informatie: elke gemeente heeft een tekstlabel met haar cijfer, ' +
        'en alle cijfers staan ook in een tabel.',
      'Elke pagina wordt automatisch getest met axe-core. Automatische tests vinden niet alle ' +
        'problemen; een volledig onderzoek door een deskundige en een officiële verklaring in het ' +
        'register van toegankelijkheidsverklaring.nl volgen.',
      'Loopt u toch tegen een probleem aan? Laat het ons weten via de beheerder van deze monitor.',
    ],
  },

  notFound: {
    title: 'Pagina niet gevonden',
    body: 'Deze pagina bestaat niet (meer).',
  },

  playground: {
    title: 'GraphQL-playground',
    backLink: 'Terug naar de monitor',
  },

  number: (value: number | null | undefined, fractionDigits = 0) =>
    value === null || value === undefined ? 'geen gegevens' : formatNumberNl(value, fractionDigits),
  percent: (value: number | null | undefined) =>
    value === null || value === undefined ? 'geen gegevens' : formatPercentNl(value),
} as const;

export const pageTitle = (title: string) => `${title} — ${nl.appName}`;
