import { navLabels } from './nl.nav';
/** Dutch texts of the yearly national report ("jaarrapport"). */
export const nlNationalReport = {
  nav: navLabels.nationalReport,
  list: {
    title: 'Landelijk jaarrapport',
    intro:
      'Elk jaar een landelijk beeld van de aanpak van kindermishandeling en huiselijk geweld, in de stijl van de "stand van zaken" van de Kinderombudsman: deelname, indicatoren, Veilig Thuis-cijfers, schattingen en wat er veranderde. Alleen gepubliceerde cijfers; cijfers over te kleine groepen staan er niet in.',
    empty: 'Er is nog geen jaar met een geopende vragenlijst, en dus nog geen jaarrapport.',
    item: (year: number) => `Jaarrapport ${year}`,
    demo: 'demogegevens',
  },
  page: {
    back: 'Alle jaarrapporten',
    notFound: 'Voor dit jaar is er geen jaarrapport.',
    pdf: 'Download als PDF',
    demo: 'Let op: de antwoorden op de vragenlijst in dit rapport zijn gegenereerde demogegevens, geen echte gegevens van gemeenten.',
    disclosure: (minimum: number) =>
      `Alle cijfers komen uit de gepubliceerde gegevens van de monitor en gaan door de vrijgaveregels: een benchmarkcijfer staat er alleen als er minstens ${minimum} gemeenten achter zitten en de vrijgaveregels het toelaten; Veilig Thuis-cijfers zijn afgerond op vijftallen en kleine aantallen zijn weggelaten. Een weggelaten cijfer staat als ×.`,
    tocLabel: 'Inhoud',
    practiceTitle: 'Praktijkvoorbeelden',
    practiceEmpty: 'Er zijn in dit jaar geen praktijkvoorbeelden gepubliceerd.',
    practiceIndicator: (label: string) => `Indicator: ${label}`,
    practiceBand: (label: string) => `bij publicatie: ${label}`,
    source: (source: string) => `Bron: ${source}.`,
    chartTitle: (title: string, column: string, unit: string) => `${title}: ${column} (${unit})`,
    chartDescription: (title: string) => `Staafdiagram: ${title}. Dezelfde cijfers staan in de tabel eronder.`,
    tableCaption: (title: string, unit: string) => `${title} (${unit})`,
    columnLabel: 'Onderdeel',
    withheld: 'niet vrijgegeven',
    withheldSymbol: '×',
  },
};
