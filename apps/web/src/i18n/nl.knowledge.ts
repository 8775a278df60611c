import { navLabels } from './nl.nav';
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

/** Dutch texts of the knowledge base (kennisbank). */
export const nlKnowledge = {
  nav: navLabels.knowledge,
  moreInfo: 'Meer weten',
  moreInfoLabel: (indicator: string) => `Meer weten over ${indicator}`,
  list: {
    title: 'Kennisbank',
    intro:
      'Korte artikelen over de aanpak van kindermishandeling en huiselijk geweld, bij de thema’s en indicatoren van deze monitor. Elk artikel noemt de openbare bronnen waarop het is gebaseerd.',
    searchLabel: 'Zoeken in de kennisbank',
    searchHint: 'Zoek op woorden, bijvoorbeeld “meldcode” of “huilende baby”. Vervoegingen en meervouden worden ook gevonden.',
    searchButton: 'Zoeken',
    clearSearch: 'Zoekopdracht wissen',
    themes: 'Thema’s',
    allThemes: 'Alle thema’s',
    results: (count: number, search: string) =>
      count === 0 ? `Geen artikelen gevonden voor “${search}”.` : `${count} ${count === 1 ? 'artikel' : 'artikelen'} gevonden voor “${search}”.`,
    inTheme: (count: number, theme: string) => `${count} ${count === 1 ? 'artikel' : 'artikelen'} over ${theme}.`,
    none: 'Er zijn nog geen artikelen.',
    newArticle: 'Nieuw artikel schrijven',
    updated: (date: string) => `Bijgewerkt op ${dateFormat.format(new Date(date))}`,
  },
  article: {
    notFound: 'Dit artikel bestaat niet (meer).',
    back: 'Terug naar de kennisbank',
    theme: 'Thema',
    updated: 'Laatst bijgewerkt',
    revision: 'Versie',
    indicators: 'Indicatoren waarbij dit artikel hoort',
    sources: 'Bronnen',
    noSources: 'Bij dit artikel zijn geen bronnen vermeld.',
    history: 'Versiegeschiedenis',
    historyCaption: 'Alle versies van dit artikel, nieuwste eerst',
    columnRevision: 'Versie',
    columnDate: 'Opgeslagen op',
    columnAuthor: 'Door',
    columnNote: 'Toelichting',
    edit: 'Artikel bewerken',
    dateTime: (date: string) => dateTimeFormat.format(new Date(date)),
    date: (date: string) => dateFormat.format(new Date(date)),
  },
  editor: {
    titleNew: 'Nieuw artikel',
    titleEdit: (title: string) => `Bewerken: ${title}`,
    intro:
      'Schrijf in Markdown. Kopjes (##), lijsten (-), vet (**tekst**) en links ([tekst](https://…)) worden opgemaakt; HTML wordt niet uitgevoerd.',
    fieldTitle: 'Titel',
    fieldSlug: 'Adres (in de link)',
    fieldSlugHint:
      'Kleine letters en cijfers, woorden gescheiden door een streepje, bijvoorbeeld “meldcode-en-afwegingskaders”. Kan later niet worden gewijzigd.',
    fieldTheme: 'Thema',
    fieldSummary: 'Samenvatting',
    fieldSummaryHint: 'Eén of twee zinnen, getoond in de lijst en in zoekresultaten.',
    fieldBody: 'Tekst (Markdown)',
    fieldIndicators: 'Indicatoren waarbij het artikel hoort',
    fieldSources: 'Bronnen',
    fieldSourcesHint: 'Eén bron per regel: titel | uitgever | jaar | webadres. Laat jaar of webadres leeg als u het niet zeker weet.',
    fieldNote: 'Wat heeft u gewijzigd?',
    fieldNoteHint: 'Komt in de versiegeschiedenis.',
    save: 'Opslaan als nieuwe versie',
    saving: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    errors: {
      title: 'Vul een titel in.',
      slug: 'Gebruik 3 tot 80 kleine letters en cijfers, woorden gescheiden door een streepje.',
      slugReserved: (slug: string) => `Het adres "${slug}" gebruikt de monitor zelf. Kies een ander adres.`,
      body: 'Vul de tekst van het artikel in.',
      sources: (line: number) => `Regel ${line}: geef ten minste een titel en een uitgever, gescheiden door |.`,
    },
    noAccess: 'Alleen kennisredacteuren en beheerders kunnen artikelen schrijven.',
  },
};
