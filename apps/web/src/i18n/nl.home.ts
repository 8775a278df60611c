import { formatNumberNl } from '@monitor/domain';
import { countOf } from './count';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
/** A calendar date (yyyy-mm-dd) or timestamp in words, e.g. "1 april 2026". */
const date = (iso: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return dateFormat.format(match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)) : new Date(iso));
};

/** Texts of the home pages after login: "Mijn gemeente" and the national overview for NJi staff. */
export const nlHome = {
  title: 'Mijn gemeente',
  heading: (name: string) => `Mijn gemeente: ${name}`,
  intro: 'Een overzicht van uw gemeente: de vragenlijst, de indicatoren, de schatting en de Veilig Thuis-cijfers, en de afspraken over delen.',
  noMunicipality: 'Uw account hoort niet bij een gemeente. Kies een gemeente via Gemeenten.',
  toMunicipalities: 'Naar Gemeenten',
  questionnaire: {
    heading: (year: number) => `Vragenlijst ${year}`,
    none: 'Er is nog geen vragenlijst.',
    period: (opensOn: string, closesOn: string) => `Open van ${date(opensOn)} tot en met ${date(closesOn)}.`,
    submitted: (at: string) => `Ingediend op ${date(at)}.`,
    draft: (percentage: number, missing: number) =>
      `Nog niet ingediend: ${formatNumberNl(percentage, 0)}% ingevuld, ${missing === 0 ? 'alle verplichte vragen beantwoord' : `nog ${countOf(missing, 'verplichte vraag', 'verplichte vragen')} open`}.`,
    closed: 'De vragenlijst is gesloten.',
    notOpen: 'De vragenlijst is nog niet open.',
    daysLeft: (days: number) => (days <= 0 ? 'Vandaag is de laatste dag.' : `Nog ${countOf(days, 'dag', 'dagen')} tot de sluitingsdatum.`),
    start: 'Vragenlijst invullen',
    resume: 'Verder met de vragenlijst',
    view: 'Vragenlijst bekijken',
  },
  indicators: {
    heading: 'Indicatoren',
    caption: (year: number) => `Indicatoren ${year} en de verandering sinds vorig jaar`,
    columnIndicator: 'Indicator',
    columnValue: 'Waarde (0-100)',
    columnBand: 'Beoordeling',
    columnChange: 'Verandering',
    none: 'Er zijn nog geen indicatoren: die volgen uit de antwoorden op de vragenlijst.',
    noValue: 'geen waarde',
    noPrevious: 'geen vergelijking',
    change: (points: number, year: number) =>
      points === 0
        ? `gelijk aan ${year}`
        : `${points > 0 ? '+' : '−'}${formatNumberNl(Math.abs(points), 1)} ${Math.abs(points) === 1 ? 'punt' : 'punten'} t.o.v. ${year}`,
    value: (value: number) => formatNumberNl(value, 1),
    details: 'Alle indicatoren met tips',
    benchmark: 'Vergelijken met andere gemeenten',
  },
  position: {
    heading: (name: string) => `Waar staat ${name}?`,
    intro:
      'Per vergelijkingsgroep: bij hoeveel indicatoren uw gemeente in het laagste, tweede, derde of hoogste kwart van de groep valt. In het hoogste kwart scoort uw gemeente hoger dan driekwart van de gemeenten in de groep.',
    caption: (year: number) => `Aantal indicatoren per kwart van de vergelijkingsgroep, ${year}`,
    columnGroup: 'Vergelijkingsgroep',
    quartiles: ['Laagste kwart', 'Tweede kwart', 'Derde kwart', 'Hoogste kwart'],
    columnWithheld: 'Niet getoond',
    withheldNote: 'Niet getoond: te weinig gemeenten in de groep, of uw gemeente heeft voor die indicator nog geen waarde.',
    none: 'Er zijn nog geen vergelijkingscijfers voor uw gemeente: die volgen zodra genoeg gemeenten de vragenlijst hebben ingediend.',
    link: 'Alle vergelijkingen bekijken',
  },
  knowledge: {
    heading: 'Kennis bij uw laagst scorende indicatoren',
    intro: 'Artikelen uit de kennisbank bij de indicatoren waarop uw gemeente het laagst scoort.',
  },
  sharing: {
    heading: 'Afspraken over delen',
    none: 'Uw gemeente deelt nog geen cijfers met andere gemeenten.',
    partners: (names: string[]) => `Met ${names.join(', ')}.`,
    figures: 'Cijfers van de partners per indicator',
    tableCaption: (title: string, year: number) => `Indicatoren ${year} van de gemeenten in “${title}” (waarde 0-100)`,
    columnIndicator: 'Indicator',
    noValue: '—',
    noFigures: 'De gemeenten in deze afspraak hebben nog geen indicatoren voor dit jaar of vorig jaar.',
    manage: 'Afspraken beheren',
  },
  national: {
    title: 'Overzicht',
    heading: 'Landelijk overzicht',
    intro: 'Voor medewerkers van het NJi: de vragenlijsten en de pagina’s voor het werk aan de monitor.',
    questionnairesHeading: 'Vragenlijsten',
    caption: 'Vragenlijsten per jaar',
    columnYear: 'Jaar',
    columnTitle: 'Titel',
    columnStatus: 'Status',
    columnPeriod: 'Periode',
    period: (opensOn: string, closesOn: string) => `${date(opensOn)} – ${date(closesOn)}`,
    status: { DRAFT: 'in voorbereiding', OPEN: 'open', CLOSED: 'gesloten' } as Record<string, string>,
    none: 'Er zijn nog geen vragenlijsten.',
    workHeading: 'Aan het werk',
    pending: (count: number) =>
      count === 0 ? 'Geen aanmeldingen om te beoordelen' : `${countOf(count, 'aanmelding', 'aanmeldingen')} om te beoordelen`,
    links: {
      municipalities: 'Gemeenten bekijken',
      benchmark: 'Vergelijken',
      factsheets: 'Factsheets beheren',
      questionnaires: 'Vragenlijsten beheren',
      disclosure: 'Openbaarmaking',
      cbsImport: 'CBS-import',
      users: 'Gebruikers',
    },
  },
  retry: 'Opnieuw proberen',
  loadError: 'Dit deel kon niet worden geladen.',
};
