import { YEAR_MAX, YEAR_MIN } from '@monitor/domain';
import type { QuestionnaireStatus, QuestionType } from '../gql/__generated__/graphql';

// Dates of a questionnaire are calendar days (YYYY-MM-DD): format them without a time zone shift.
const dayFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' });

/** User-facing text of the questionnaire administration (Beheer → Vragenlijsten). */
export const nlQuestionnaireAdmin = {
  navLabel: 'Vragenlijsten',

  /** "1 januari 2027" for "2027-01-01"; the input itself when it is no date. */
  day: (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dayFormat.format(new Date(`${iso}T00:00:00Z`)) : iso),

  status: {
    DRAFT: 'concept',
    SCHEDULED: 'gepland',
    OPEN: 'open',
    CLOSED: 'gesloten',
  } satisfies Record<QuestionnaireStatus, string>,

  questionTypes: {
    YES_PARTLY_NO: 'ja / deels / nee',
    SINGLE_CHOICE: 'één keuze',
    MULTIPLE_CHOICE: 'meerdere keuzes',
    NUMBER: 'getal',
    PERCENTAGE: 'percentage',
    TEXT: 'tekst',
    DATE: 'datum',
  } satisfies Record<QuestionType, string>,

  list: {
    title: 'Vragenlijsten',
    intro:
      'Elk jaar heeft een eigen versie van de vragenlijst. Een concept kunt u nog wijzigen; zodra een versie is ' +
      'geopend, ligt die vast. Voor een nieuw jaar kopieert u een bestaande versie en past u het concept aan.',
    caption: (count: number) => `Versies van de vragenlijst (${count})`,
    none: 'Er zijn nog geen vragenlijsten.',
    columnYear: 'Jaar',
    columnTitle: 'Titel',
    columnStatus: 'Status',
    columnPeriod: 'Invulperiode',
    columnSections: 'Secties',
    columnAction: 'Acties',
    period: (opensOn: string, closesOn: string) => `${nlQuestionnaireAdmin.day(opensOn)} t/m ${nlQuestionnaireAdmin.day(closesOn)}`,
    edit: 'Bewerken',
    editLabel: (year: number) => `Vragenlijst ${year} bewerken`,
    view: 'Bekijken',
    viewLabel: (year: number) => `Vragenlijst ${year} bekijken`,
    demo: 'demo',

    cloneHeading: 'Kopiëren naar nieuw jaar',
    cloneIntro:
      'De kopie wordt een concept met dezelfde secties en vragen (de sleutels van de vragen blijven gelijk, zodat ' +
      'antwoorden over de jaren vergelijkbaar blijven). De invulperiode wordt 1 januari t/m 31 december van het nieuwe jaar.',
    fromYear: 'Kopieer de versie van',
    toYear: 'Naar jaar',
    toYearDescription: `Een jaar waarvoor nog geen vragenlijst bestaat, tussen ${YEAR_MIN.monitor} en ${YEAR_MAX}.`,
    cloneSubmit: 'Kopiëren naar nieuw jaar',
    cloning: 'Bezig met kopiëren…',
    cloned: (fromYear: number, toYear: number) => `De vragenlijst van ${fromYear} is gekopieerd naar ${toYear}. De nieuwe versie is een concept.`,
    editNew: (year: number) => `Concept ${year} bewerken`,
    errors: {
      toYear: `Vul een jaar in tussen ${YEAR_MIN.monitor} en ${YEAR_MAX}.`,
    },
  },

  edit: {
    titleDraft: (year: number) => `Vragenlijst ${year} bewerken`,
    titleOpened: (year: number) => `Vragenlijst ${year}`,
    back: 'Terug naar alle vragenlijsten',
    notFound: (year: number) => `Er is geen vragenlijst voor ${year}.`,
    statusLine: (status: string) => `Status: ${status}`,
    draftIntro:
      'Deze versie is een concept: gemeenten zien haar nog niet. Wijzig de invulperiode en de teksten, sla op en open ' +
      'de vragenlijst als alles klopt.',
    readOnlyHeading: 'Deze versie kan niet meer worden gewijzigd',
    readOnly:
      'Deze vragenlijst is geopend. Gemeenten beantwoorden (of beantwoordden) precies deze vragen, en wat er gevraagd is ' +
      'moet achteraf aantoonbaar blijven: antwoorden, indicatoren en vergelijkingen verwijzen naar deze tekst. Daarom ' +
      'liggen de vragen, toelichtingen en de invulperiode vast. Wilt u iets aanpassen, kopieer de vragenlijst dan naar een nieuw jaar.',
    demoNote: 'Dit is een demoversie van een eerder jaar; de gegevens zijn niet echt.',

    periodHeading: 'Invulperiode',
    opensOn: 'Openingsdatum',
    opensOnDescription: 'De eerste dag waarop gemeenten de vragenlijst kunnen invullen.',
    closesOn: 'Sluitingsdatum',
    closesOnDescription: 'De laatste dag waarop gemeenten de vragenlijst kunnen invullen.',
    savePeriod: 'Invulperiode opslaan',
    periodSaved: 'De invulperiode is opgeslagen.',

    contentHeading: 'Inhoud',
    contentIntro:
      'Pas titels, toelichtingen en vraagteksten aan. De sleutels en soorten van de vragen blijven gelijk, zodat antwoorden ' +
      'vergelijkbaar blijven met andere jaren. Wijzigingen worden pas bewaard als u op "Inhoud opslaan" drukt.',
    questionnaireTitle: 'Titel van de vragenlijst',
    introduction: 'Inleiding voor gemeenten',
    sectionHeading: (index: number, title: string) => `Sectie ${index}: ${title}`,
    sectionTitle: (index: number) => `Titel van sectie ${index}`,
    sectionDescription: (index: number) => `Toelichting bij sectie ${index} (niet verplicht)`,
    questionHeading: (index: string) => `Vraag ${index}`,
    questionMeta: (key: string, type: string) => `Sleutel: ${key} · soort: ${type}`,
    questionOptions: (options: string) => `Antwoordmogelijkheden: ${options}`,
    questionLabel: (index: string) => `Tekst van vraag ${index}`,
    questionHelp: (index: string) => `Toelichting bij vraag ${index} (niet verplicht)`,
    questionRequired: (index: string) => `Vraag ${index} is verplicht`,
    saveContent: 'Inhoud opslaan',
    contentSaved: 'De inhoud is opgeslagen.',
    unsaved: 'U heeft wijzigingen in de inhoud die nog niet zijn opgeslagen.',
    saving: 'Bezig met opslaan…',
    errors: {
      title: 'Vul de titel van de vragenlijst in.',
      introduction: 'Vul de inleiding in.',
      sectionTitle: (index: number) => `Vul de titel van sectie ${index} in.`,
      questionLabel: (index: string) => `Vul de tekst van vraag ${index} in.`,
      opensOn: 'Vul een openingsdatum in, bijvoorbeeld 15-01-2027.',
      closesOn: 'Vul een sluitingsdatum in, bijvoorbeeld 31-12-2027.',
      closesBeforeOpens: 'De sluitingsdatum ligt voor de openingsdatum.',
    },
    summaryHeading: 'De wijzigingen zijn niet opgeslagen',
    definitionProblemsHeading: 'De inhoud is niet opgeslagen',
    definitionProblemsIntro: 'De vragenlijst klopt zo niet. Verbeter het volgende:',
    conflictHeading: 'Dit kan niet (meer)',

    openHeading: 'Vragenlijst openen',
    openIntro: 'Open de vragenlijst als de inhoud en de invulperiode kloppen. Gemeenten kunnen haar dan vanaf de openingsdatum invullen.',
    open: 'Openen',
    confirmHeading: (year: number) => `Vragenlijst ${year} openen?`,
    confirmBody:
      'Na het openen kunt u deze versie niet meer wijzigen: niet de vragen, niet de toelichtingen en niet de invulperiode. ' +
      'Wat gemeenten gevraagd is, moet aantoonbaar blijven. Dit kan niet ongedaan worden gemaakt.',
    confirmUnsaved: 'Let op: u heeft wijzigingen die nog niet zijn opgeslagen. Die worden niet meegenomen.',
    confirmOpen: 'Ja, vragenlijst openen',
    opening: 'Bezig met openen…',
    opened: (year: number, status: string) => `Vragenlijst ${year} is geopend (status: ${status}).`,

    readSection: (index: number, title: string) => `${index}. ${title}`,
    readRequired: 'verplicht',
    readOptional: 'niet verplicht',
  },
};
