import { navLabels } from './nl.nav';
const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

/** Dutch texts of the factsheets. */
export const nlFactsheet = {
  nav: navLabels.factsheets,
  list: {
    title: 'Factsheets',
    intro:
      'Factsheets van het NJi over de aanpak van kindermishandeling en huiselijk geweld, gemaakt van de gepubliceerde cijfers van deze monitor. Cijfers die de vrijgaveregels tegenhouden, staan er niet in.',
    empty: 'Er zijn nog geen factsheets gepubliceerd.',
    meta: (year: number, date: string) => `Over ${year}, gepubliceerd op ${dateFormat.format(new Date(date))}`,
  },
  page: {
    back: 'Alle factsheets',
    notFound: 'Deze factsheet bestaat niet of is (nog) niet gepubliceerd.',
    published: (date: string, revision: number) => `Gepubliceerd op ${dateFormat.format(new Date(date))} (versie ${revision})`,
    yearLabel: 'Jaar',
    publishedLabel: 'Publicatie',
    year: (year: number) => `Cijfers over ${year}`,
    pdf: 'Download als PDF',
    conclusion: 'Tot slot',
    source: (source: string) => `Bron: ${source}.`,
    chartTitle: (title: string, unit: string) => `${title} (${unit})`,
    chartDescription: (title: string) => `Staafdiagram: ${title}. Dezelfde cijfers staan in de tabel eronder.`,
    tableCaption: (title: string) => `${title}: de cijfers van de grafiek`,
    columnLabel: 'Onderdeel',
    columnValue: 'Waarde',
    withheld: 'niet vrijgegeven',
    withheldSymbol: '×',
  },
};
