import { navLabels } from './nl.nav';
const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
const percent = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** Dutch texts of the practice examples (praktijkvoorbeelden). */
export const nlPractice = {
  nav: navLabels.practice,
  linkFor: (indicator: string) => `Praktijkvoorbeelden bij ${indicator}`,
  home: {
    heading: 'Praktijkvoorbeelden bij uw laagst scorende indicatoren',
    context: (municipality: string, indicator: string) => `${municipality}, ${indicator}`,
  },
  list: {
    title: 'Praktijkvoorbeelden',
    intro:
      'Wat gemeenten doen voor een maatregel, bij de indicatoren van deze monitor. Bij elk voorbeeld staat hoe ver de gemeente op die indicator was toen zij het voorbeeld publiceerde. Alleen zichtbaar voor ingelogde deelnemers.',
    filters: 'Voorbeelden filteren',
    indicator: 'Indicator',
    theme: 'Thema',
    all: 'Alle',
    search: 'Zoeken in de voorbeelden',
    searchHint: 'Vervoegingen en meervouden worden ook gevonden.',
    apply: 'Toon voorbeelden',
    count: (count: number) => (count === 0 ? 'Geen voorbeelden gevonden.' : `${count} ${count === 1 ? 'voorbeeld' : 'voorbeelden'} gevonden.`),
    newExample: 'Praktijkvoorbeeld van uw gemeente publiceren',
    hiddenBadge: 'Verborgen',
  },
  example: {
    notFound: 'Dit praktijkvoorbeeld bestaat niet (meer) of is verborgen.',
    back: 'Terug naar de praktijkvoorbeelden',
    municipality: 'Gemeente',
    indicator: 'Indicator',
    measure: 'Maatregel',
    band: 'Score bij publicatie',
    noBand: 'Geen score bekend: de gemeente had voor deze indicator nog geen ingediende waarde.',
    bandText: (label: string, value: number, year: number) => `${label} (${percent.format(value)} van 100, vragenlijst ${year})`,
    published: 'Gepubliceerd',
    publishedBy: (date: string, author: string) => `${dateFormat.format(new Date(date))} door ${author}`,
    source: 'Herkomst van de tekst',
    contact: 'Contactpersoon',
    noContact: 'Er is geen contactpersoon vermeld.',
    edit: 'Voorbeeld bewerken',
    hidden: (reason: string | null) =>
      `Dit voorbeeld is verborgen door een beheerder${reason ? `: ${reason}` : ''}. Alleen beheerders en uw gemeente zien het.`,
    moderation: 'Beheer',
    hideReason: 'Reden om te verbergen',
    hideReasonHint: 'De gemeente ziet deze reden.',
    hide: 'Verbergen',
    show: 'Weer zichtbaar maken',
    date: (date: string) => dateFormat.format(new Date(date)),
  },
  editor: {
    titleNew: 'Praktijkvoorbeeld publiceren',
    titleEdit: (title: string) => `Bewerken: ${title}`,
    intro:
      'Beschrijf wat uw gemeente doet. Alle ingelogde deelnemers (andere gemeenten en het NJi) kunnen het lezen. De score van uw gemeente op de gekozen indicator wordt bij publicatie vastgelegd.',
    fieldIndicator: 'Indicator',
    fieldTitle: 'Titel',
    fieldMeasure: 'Maatregel in een paar woorden',
    fieldBody: 'Beschrijving (Markdown)',
    contactLegend: 'Contactpersoon (niet verplicht)',
    fieldConsent: 'De contactpersoon geeft toestemming om naam en e-mailadres te tonen aan alle deelnemers',
    fieldContactName: 'Naam',
    fieldContactEmail: 'E-mailadres',
    contactHint: 'Zonder toestemming bewaren we geen contactgegevens.',
    publish: 'Publiceren',
    save: 'Wijzigingen opslaan',
    saving: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    errors: {
      title: 'Vul een titel in.',
      measure: 'Beschrijf de maatregel in een paar woorden.',
      body: 'Beschrijf wat uw gemeente doet.',
    },
    noAccess: 'Alleen invullers (redacteuren) van een gemeente kunnen praktijkvoorbeelden van hun eigen gemeente publiceren.',
  },
};
