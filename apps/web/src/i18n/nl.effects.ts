import { navLabels } from './nl.nav';
const number1 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const number2 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
const signed1 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** Dutch texts of effect monitoring (effectmonitoring van interventies). */
export const nlEffects = {
  nav: navLabels.effects,
  title: 'Effectmonitoring van interventies',
  intro:
    'Hoe veilig is het thuis volgens de hulpverlener, de ouders en het kind, aan het begin van een traject en later? Gemeenten en zorgaanbieders leggen per traject de score op de veiligheidsschaal van Signs of Safety vast (0 = zo onveilig dat het kind niet thuis kan blijven, 10 = veilig genoeg om de hulp af te sluiten). Hier ziet u per interventie en per wijk hoe de scores veranderen en hoe goed de beoordelaars het met elkaar eens zijn.',
  synthetic: 'Synthetisch — er bestaan geen gepubliceerde verdelingen',
  syntheticExplanation:
    'Deze demoscores zijn gegenereerd en zeggen niets over echte gezinnen. Er zijn geen gepubliceerde gemiddelden of verdelingen van scores op de veiligheidsschaal; de getallen laten alleen zien hoe de monitor werkt.',
  protection:
    'Cijfers staan hier alleen voor groepen van minstens 10 trajecten, en alleen als geen combinatie met andere publicaties (andere groepen of eerdere versies) minder dan 10 trajecten van de rest onderscheidt. Anders staat er “beschermd”, zonder aantal.',
  interventionNote:
    'Elke interventie komt uit de interventiecatalogus, met databank en erkenningsniveau zoals het NJi die invult; scores worden vastgelegd onder de code van de interventie (zoals signs-of-safety).',
  toCatalogue: 'Interventiecatalogus',
  inCatalogue: (name: string) => `${name} in de interventiecatalogus`,
  catalogueEntry: (name: string, level: string) => `${name} (${level.toLowerCase()})`,
  loading: 'Effectcijfers laden…',
  none: 'Er zijn nog geen effectscores.',
  change: {
    heading: 'Verandering in veiligheid',
    explanation:
      'Per traject: de score op het laatste meetmoment min die op het eerste, per beoordelaar. Alleen trajecten met minstens twee meetmomenten van die beoordelaar tellen mee. Een positieve verandering betekent: veiliger.',
    caption: 'Verandering in veiligheid per interventie en wijk, per beoordelaar',
    columns: [
      'Groep',
      'Beoordelaar',
      'Trajecten',
      'Gemiddeld eerste meting',
      'Gemiddeld laatste meting',
      'Gemiddelde verandering',
      'Mediane verandering',
      'Minstens 2 punten veiliger',
    ],
  },
  agreement: {
    heading: 'Overeenstemming tussen beoordelaars',
    explanation:
      'We vergelijken de scores van hulpverlener, ouder en kind van hetzelfde traject op hetzelfde meetmoment. De maat is Krippendorffs alfa (intervalniveau): 1 betekent volledige overeenstemming, 0 niet meer dan toeval; Krippendorff raadt aan pas vanaf 0,80 op de scores te bouwen, en tussen 0,67 en 0,80 alleen voorzichtige conclusies te trekken. Alfa werkt ook als niet iedereen scoort (kinderen scoren vaak niet) en is gebruikt in Nederlands onderzoek naar veiligheidstaxaties (Vial e.a., 2019). Eén getal zegt niet wie hoger scoort; daarom staan per paar ook het gemiddelde verschil en het aandeel metingen binnen één punt. Een verschil per paar staat er alleen als minstens 10 trajecten dat paar hebben.',
    source:
      'Bronnen: K. Krippendorff (2011), Computing Krippendorff’s alpha-reliability; Vial, Assink, Stams & Van der Put (2019), Safety and risk assessment in child welfare: a reliability study using multiple measures.',
    caption: 'Overeenstemming tussen beoordelaars per interventie en wijk',
    columns: [
      'Groep',
      'Trajecten',
      'Meetmomenten met 2+ beoordelaars',
      'Krippendorffs alfa',
      'Ouder − hulpverlener',
      'Kind − hulpverlener',
      'Kind − ouder',
    ],
    pairCell: (difference: number | null, within: number | null) =>
      difference === null || within === null ? 'niet gepubliceerd' : `${signed1.format(difference)} punt; ${percent.format(within)} binnen 1 punt`,
  },
  status: {
    PROTECTED: 'beschermd',
    EARLIER_RELEASE: 'eerdere publicatie',
  },
  earlier: (date: string) => `eerdere publicatie van ${new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' }).format(new Date(date))}`,
  group: (kind: 'INTERVENTION' | 'DISTRICT', subject: string) => (kind === 'INTERVENTION' ? `Interventie ${subject}` : `Wijk ${subject}`),
  rater: { HELPER: 'hulpverlener', PARENT: 'ouder', CHILD: 'kind' } as const,
  number1: (value: number) => number1.format(value),
  number2: (value: number) => number2.format(value),
  signed1: (value: number) => signed1.format(value),
  percent: (value: number) => percent.format(value),
  upload: {
    heading: 'Scores uploaden',
    intro: (municipality: string) =>
      `Scores voor ${municipality}. Het formaat staat in de handleiding “Effectscores uploaden”: kolommen traject, meetmoment, beoordelaar, score, interventie en wijk. Eén foute regel en er wordt niets opgeslagen. Namen, BSN-achtige nummers en datums worden geweigerd; trajectnummers worden vervangen door een pseudoniem.`,
    fileLabel: 'CSV-bestand kiezen',
    textLabel: 'Of plak de regels hier (met kopregel)',
    submit: 'Scores uploaden',
    stored: (scores: number, trajectories: number) => `Opgeslagen: ${scores} scores van ${trajectories} trajecten.`,
    refused: 'Er is niets opgeslagen',
    problem: (line: number, column: string, message: string) => `Regel ${line}, ${column}: ${message}`,
  },
  form: {
    heading: 'Eén traject invoeren',
    trajectory: 'Trajectnummer',
    trajectoryHint: 'Het nummer van uw organisatie; de monitor bewaart alleen een pseudoniem. Geen naam, BSN of geboortedatum.',
    intervention: 'Interventie (code uit de catalogus)',
    interventionHint: 'De code van de interventie in de interventiecatalogus, zoals signs-of-safety.',
    district: 'Wijkcode (niet verplicht)',
    moment: 'Meetmoment (0 = start)',
    scoreOf: (rater: string) => `Score ${rater} (0–10, leeg = geen score)`,
    submit: 'Traject opslaan',
  },
  scores: {
    heading: 'Opgeslagen scores (gepseudonimiseerd)',
    intro: 'Alleen zichtbaar voor uw gemeente en het NJi. Het traject staat als pseudoniem; het oorspronkelijke nummer bewaart de monitor niet.',
    caption: 'Laatst opgeslagen scores, nieuwste eerst',
    columns: ['Traject (pseudoniem)', 'Meetmoment', 'Beoordelaar', 'Score', 'Interventie', 'Wijk'],
    none: 'Nog geen scores opgeslagen.',
  },
};
