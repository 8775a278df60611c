import { navLabels } from './nl.nav';
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

const answers = (count: number) => `${count} ${count === 1 ? 'antwoord' : 'antwoorden'}`;

/** Dutch texts of the forum. */
export const nlForum = {
  nav: navLabels.forum,
  navUnread: navLabels.forumUnread,
  dateTime: (iso: string) => dateTimeFormat.format(new Date(iso)),
  list: {
    title: 'Forum',
    intro:
      'Stel collega’s van andere gemeenten en het NJi een vraag en wissel praktijkervaringen uit. Alleen ingelogde deelnemers lezen en schrijven mee; u plaatst berichten onder uw eigen naam.',
    ask: 'Een vraag stellen',
    notifications: 'Mijn meldingen',
    searchLabel: 'Zoeken in het forum',
    searchHint: 'Zoekt in titels, vragen en antwoorden. Vervoegingen en meervouden worden ook gevonden.',
    searchButton: 'Zoeken',
    categories: 'Categorieën',
    allCategories: 'Alle categorieën',
    results: (count: number, search: string) =>
      count === 0 ? `Geen vragen gevonden voor “${search}”.` : `${count} ${count === 1 ? 'vraag' : 'vragen'} gevonden voor “${search}”.`,
    none: 'Er zijn hier nog geen vragen. Stel de eerste!',
    meta: (category: string, author: string, count: number, when: string) => `${category} · ${author} · ${answers(count)} · laatst actief ${when}`,
    answered: 'Beantwoord',
    locked: 'Gesloten',
    hidden: 'Verborgen',
  },
  ask: {
    title: 'Een vraag stellen',
    intro: 'Beschrijf uw vraag zo dat collega’s zonder voorkennis kunnen helpen. Noem geen gegevens van personen of gezinnen.',
    category: 'Categorie',
    fieldTitle: 'Uw vraag in één zin',
    fieldBody: 'Toelichting',
    bodyHint:
      'U kunt Markdown gebruiken (**vet**, lijstjes). Noem een deelnemer met @voornaam.achternaam (het deel van het e-mailadres voor de @) of @"Volledige Naam": die krijgt een melding.',
    submit: 'Vraag plaatsen',
    errors: { title: 'Vul uw vraag in (minstens 8 tekens).', body: 'Vul een toelichting in.' },
  },
  thread: {
    back: 'Terug naar het forum',
    notFound: 'Deze vraag bestaat niet (meer), of een moderator heeft haar verborgen.',
    question: 'Vraag',
    answersHeading: (count: number) => answers(count),
    by: (name: string, organisation: string, when: string) => `${name} (${organisation}) · ${when}`,
    accepted: 'Geaccepteerd antwoord',
    accept: 'Dit antwoord accepteren',
    follow: 'Deze vraag volgen',
    unfollow: 'Niet meer volgen',
    following: 'U volgt deze vraag en krijgt een melding bij nieuwe antwoorden.',
    notFollowing: 'U volgt deze vraag niet.',
    locked: 'Deze vraag is gesloten door een moderator. Er kunnen geen antwoorden meer bij.',
    yourAnswer: 'Uw antwoord',
    answerHint: 'Markdown mag. Noem een deelnemer met @naam om die een melding te sturen.',
    submitAnswer: 'Antwoord plaatsen',
    answerEmpty: 'Vul een antwoord in.',
    report: 'Melden bij moderator',
    reportReason: 'Wat is er mis met dit bericht?',
    reportSend: 'Melding versturen',
    reported: 'Dank u. Een moderator kijkt ernaar.',
    hiddenNotice: (reason: string | null) => `Verborgen door een moderator${reason ? `: ${reason}` : ''}.`,
    hide: 'Verbergen',
    show: 'Weer tonen',
    lock: 'Vraag sluiten',
    unlock: 'Vraag heropenen',
    moderation: 'Moderatie',
  },
  notifications: {
    title: 'Meldingen van het forum',
    intro:
      'U krijgt een melding (ook per e-mail) bij nieuwe antwoorden op vragen die u volgt, als iemand u noemt en als uw antwoord wordt geaccepteerd.',
    unread: (count: number) =>
      count === 0 ? 'U heeft geen ongelezen meldingen.' : `U heeft ${count} ${count === 1 ? 'ongelezen melding' : 'ongelezen meldingen'}.`,
    markAll: 'Alles als gelezen markeren',
    markOne: 'Gelezen',
    none: 'Nog geen meldingen.',
    unreadLabel: 'Ongelezen',
    kind: {
      ANSWER: (actor: string) => `${actor} gaf een nieuw antwoord op`,
      MENTION: (actor: string) => `${actor} noemde u in`,
      ACCEPTED: (actor: string) => `${actor} accepteerde uw antwoord op`,
    },
  },
  reports: {
    heading: 'Gemelde berichten',
    none: 'Er zijn geen openstaande meldingen.',
    item: (reporter: string, when: string) => `Gemeld door ${reporter} op ${when}`,
    reason: 'Reden',
  },
  home: {
    heading: 'Nieuwe antwoorden',
    none: 'Geen nieuwe antwoorden op vragen die u volgt (laatste 30 dagen).',
    item: (author: string, when: string) => `${author} · ${when}`,
    toForum: 'Naar het forum',
  },
};
