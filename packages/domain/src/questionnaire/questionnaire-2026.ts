import type { Band, ChoiceOption, Condition, IndicatorDefinition, Question, QuestionnaireDefinition, Section } from './questionnaire.types';

/**
 * The 2026 questionnaire. The prevention part follows the ten "preventiepunten" (Augeo, BvLF,
 * Kinderpostzegels 2014), each asked on five axes as the Kinderombudsman surveys of 2014/2017 did
 * (borging in beleid, inzet, doelgroep, bereik, monitoring); the other sections follow the action
 * lines of "Geweld hoort nergens thuis". Keys are stable across years: never reuse a key for a
 * question with a different meaning.
 */

const YEAR = 2026;
const REPORTING_YEAR = YEAR - 1;

const answeredYesOrPartly = (question: string): Condition => ({ question, in: ['YES', 'PARTLY'] });

function realisation(key: string, label: string, help: string, extra: Partial<Question> = {}): Question {
  return { key, type: 'YES_PARTLY_NO', label, help, required: true, ...extra };
}

// --- Prevention: ten measures on five axes ---------------------------------------------------

interface PreventionMeasure {
  key: string;
  /** number of the preventiepunt (1-10) */
  point: number;
  title: string;
  /** the measure as it reads inside a question, e.g. "Is <subject> vastgelegd in ..." */
  subject: string;
  /** what deployment looks like in practice */
  deployedExample: string;
  targetGroupExample: string;
  count?: { key: string; label: string; unit: string; max: number };
  tips: Record<Band, readonly string[]>;
}

const POLICY_HELP =
  'Ja: de maatregel staat met doel, uitvoerder en budget in vastgesteld beleid (bijvoorbeeld het jeugdbeleid, een preventieplan of de regiovisie) of in een opdracht of subsidiebeschikking. ' +
  'Deels: het beleid noemt de maatregel, maar zonder concrete afspraken of budget. Nee: de maatregel staat niet in het beleid.';
const DEPLOYED_HELP =
  'Ja: wordt structureel en in de hele gemeente uitgevoerd. Deels: alleen in een deel van de gemeente, voor een deel van de doelgroep, als pilot of incidenteel. Nee: wordt niet uitgevoerd.';
const TARGET_GROUP_HELP =
  'Ja: vastgelegd is voor wie de maatregel bedoeld is en hoe groot die groep in uw gemeente ongeveer is. Deels: de doelgroep is alleen globaal omschreven. Nee: de doelgroep is niet bepaald.';
const REACH_HELP =
  `Ja: u weet hoeveel mensen uit de doelgroep in ${REPORTING_YEAR} zijn bereikt, bijvoorbeeld uit de verantwoording van de uitvoerder. ` +
  'Deels: er zijn alleen schattingen of gegevens over een deel van de uitvoering. Nee: het bereik is niet bekend.';
const MONITORING_HELP =
  'Ja: uitvoering en resultaten worden ten minste jaarlijks met de uitvoerder besproken en leiden zo nodig tot bijsturing, of de maatregel is in de afgelopen drie jaar geëvalueerd. ' +
  'Deels: alleen aantallen (zoals het aantal deelnemers) worden bijgehouden. Nee: er wordt niet gemonitord of geëvalueerd.';
const COUNT_HELP = 'Vul een schatting in als het precieze aantal niet bekend is. Laat het veld leeg als u het niet weet.';

const PREVENTION_MEASURES: readonly PreventionMeasure[] = [
  {
    key: 'zwangerschapsscreening',
    point: 1,
    title: 'Screening tijdens de zwangerschap',
    subject: 'screening op risicofactoren tijdens de zwangerschap',
    deployedExample:
      'Bijvoorbeeld: verloskundigen en kraamzorg vragen naar risicofactoren zoals geweld, verslaving, psychische problemen of geldzorgen, en de jeugdgezondheidszorg legt bij risico een prenataal huisbezoek af.',
    targetGroupExample: 'Bijvoorbeeld: alle zwangeren, of zwangeren met één of meer risicofactoren.',
    tips: {
      LOW: [
        'Maak met verloskundigen, kraamzorg en de jeugdgezondheidszorg afspraken over het vroeg signaleren van risicofactoren tijdens de zwangerschap, zoals geweld, verslaving, psychische problemen of geldzorgen.',
        'Spreek af dat zwangeren met risicofactoren vóór de geboorte een huisbezoek van de jeugdgezondheidszorg krijgen.',
      ],
      PARTIAL: [
        'Betrek alle verloskundigenpraktijken in uw gemeente bij de screening en spreek af hoe en naar wie zij doorverwijzen.',
        'Laat bijhouden hoeveel zwangeren worden gescreend en doorverwezen, zodat u het bereik kunt volgen.',
      ],
      HIGH: [
        'Bespreek jaarlijks met verloskundigen en jeugdgezondheidszorg of doorverwezen gezinnen de steun kregen die zij nodig hadden, en stuur zo nodig bij.',
        'Deel uw werkwijze met de andere gemeenten in uw regio.',
      ],
    },
  },
  {
    key: 'geweldloos_opvoeden',
    point: 2,
    title: 'Voorlichting over geweldloos opvoeden',
    subject: 'voorlichting aan (aanstaande) ouders over geweldloos opvoeden',
    deployedExample:
      'Bijvoorbeeld: de jeugdgezondheidszorg bespreekt opvoeden zonder geweld bij de contactmomenten, of er zijn ouderavonden en voorlichtingsmateriaal bij het consultatiebureau.',
    targetGroupExample: 'Bijvoorbeeld: alle ouders van kinderen van 0 tot 4 jaar.',
    count: {
      key: 'aantal_ouders',
      label: `Hoeveel ouders zijn in ${REPORTING_YEAR} bereikt met voorlichting over geweldloos opvoeden?`,
      unit: 'ouders',
      max: 100000,
    },
    tips: {
      LOW: [
        'Spreek met de jeugdgezondheidszorg af dat opvoeden zonder geweld een vast onderwerp is bij de contactmomenten in de eerste levensjaren.',
        'Zorg voor eenvoudig en meertalig voorlichtingsmateriaal, verspreid via het consultatiebureau en de kraamzorg.',
      ],
      PARTIAL: [
        'Richt de voorlichting ook op ouders die minder makkelijk worden bereikt, zoals laaggeletterde ouders of ouders die de taal niet goed spreken, bijvoorbeeld via sleutelpersonen in de wijk.',
        'Laat de uitvoerder jaarlijks rapporteren hoeveel ouders zijn bereikt.',
      ],
      HIGH: [
        'Vraag ouders of de voorlichting aansluit bij hun vragen en pas die zo nodig aan.',
        'Verbind de voorlichting met het aanbod voor opvoedondersteuning, zodat ouders met vragen direct verder kunnen.',
      ],
    },
  },
  {
    key: 'huilende_baby',
    point: 3,
    title: 'Voorlichting over omgaan met huilen en shaken baby syndroom',
    subject: 'voorlichting aan ouders over omgaan met huilen en het voorkomen van shaken baby syndroom',
    deployedExample:
      'Bijvoorbeeld: kraamzorg en jeugdgezondheidszorg vertellen alle ouders van pasgeborenen wat zij kunnen doen als hun baby veel huilt en waarom een baby nooit door elkaar geschud mag worden.',
    targetGroupExample: 'Bijvoorbeeld: alle ouders en verzorgers van pasgeborenen.',
    tips: {
      LOW: [
        'Spreek met de jeugdgezondheidszorg af dat alle ouders van pasgeborenen bij het eerste huisbezoek voorlichting krijgen over omgaan met huilen en over de gevaren van schudden.',
        'Betrek de kraamzorg en verloskundigen, zodat ouders de boodschap al rond de geboorte horen.',
      ],
      PARTIAL: [
        'Zorg dat ook vaders en andere verzorgers, zoals grootouders en oppas, de voorlichting krijgen.',
        'Maak bekend waar ouders terechtkunnen als het huilen hun te veel wordt, bijvoorbeeld bij een telefonisch spreekuur van de jeugdgezondheidszorg.',
      ],
      HIGH: [
        'Volg of alle ouders van pasgeborenen zijn bereikt en spreek de uitvoerder aan op groepen die achterblijven.',
        'Herhaal de boodschap bij latere contactmomenten, wanneer het huilen vaak het heftigst is.',
      ],
    },
  },
  {
    key: 'signaleren_opvoedproblemen',
    point: 4,
    title: 'Signaleren van opvoedproblemen',
    subject: 'vroegsignalering van opvoedproblemen',
    deployedExample:
      'Bijvoorbeeld: jeugdgezondheidszorg, kinderopvang, huisartsen en scholen hebben afspraken over het signaleren en bespreken van zorgen over de opvoeding en over de route naar het wijkteam.',
    targetGroupExample: 'Bijvoorbeeld: gezinnen met kinderen van 0 tot 12 jaar, met extra aandacht voor gezinnen met risicofactoren.',
    tips: {
      LOW: [
        'Maak met jeugdgezondheidszorg, kinderopvang en huisartsen afspraken over het signaleren en bespreken van opvoedproblemen en over de route naar het wijkteam.',
        'Zorg dat professionals weten bij wie zij in de gemeente terechtkunnen met zorgen over een gezin.',
      ],
      PARTIAL: [
        'Breng in beeld welke organisaties al signaleren en waar gaten zitten, bijvoorbeeld bij de kinderopvang of het onderwijs.',
        'Spreek af dat de signalerende professional hoort wat er met zijn of haar signaal is gedaan.',
      ],
      HIGH: ['Houd bij hoeveel signalen leiden tot ondersteuning en hoe snel, en bespreek dat jaarlijks met de partners.'],
    },
  },
  {
    key: 'opvoedondersteuning',
    point: 5,
    title: 'Opvoedondersteuning',
    subject: 'laagdrempelige opvoedondersteuning voor ouders',
    deployedExample:
      'Bijvoorbeeld: een opvoedspreekuur, oudercursussen, huisbezoeken of opvoedadvies door de jeugdgezondheidszorg of het wijkteam, zonder verwijzing.',
    targetGroupExample: 'Bijvoorbeeld: alle ouders met opvoedvragen, en daarbinnen gezinnen met meer risico zoals gezinnen met schulden.',
    count: {
      key: 'aantal_gezinnen',
      label: `Hoeveel gezinnen hebben in ${REPORTING_YEAR} gebruikgemaakt van opvoedondersteuning?`,
      unit: 'gezinnen',
      max: 100000,
    },
    tips: {
      LOW: [
        'Zorg voor opvoedondersteuning zonder verwijzing, bijvoorbeeld een opvoedspreekuur bij de jeugdgezondheidszorg of het wijkteam.',
        'Kies waar mogelijk interventies die in de Databank Effectieve Jeugdinterventies van het NJi als goed onderbouwd of effectief zijn beoordeeld.',
      ],
      PARTIAL: [
        'Richt het aanbod ook op gezinnen met meer risico, zoals gezinnen met schulden, een ouder met psychische problemen of een ingewikkelde scheiding.',
        'Laat bijhouden hoeveel gezinnen het aanbod gebruiken en hoeveel het afronden.',
      ],
      HIGH: ['Meet samen met de uitvoerders of ouders na afloop minder opvoedstress ervaren, en gebruik die uitkomsten bij de inkoop.'],
    },
  },
  {
    key: 'voorlichting_school',
    point: 6,
    title: 'Voorlichting aan kinderen op school',
    subject: 'voorlichting op school aan kinderen over kindermishandeling, huiselijk geweld en seksuele grensoverschrijding',
    deployedExample: 'Bijvoorbeeld: lessen over weerbaarheid, grenzen en geheimen, waarin kinderen ook horen bij wie zij terechtkunnen.',
    targetGroupExample: 'Bijvoorbeeld: alle leerlingen van groep 5 tot en met 8 en van de onderbouw van het voortgezet onderwijs.',
    count: {
      key: 'aantal_scholen',
      label: `Op hoeveel scholen in uw gemeente is in het schooljaar ${REPORTING_YEAR - 1}-${REPORTING_YEAR} deze voorlichting gegeven?`,
      unit: 'scholen',
      max: 500,
    },
    tips: {
      LOW: [
        'Maak met de schoolbesturen afspraken over lessen voor leerlingen over kindermishandeling, huiselijk geweld en seksuele grensoverschrijding.',
        'Zorg dat kinderen weten waar zij terechtkunnen, bijvoorbeeld bij een vertrouwenspersoon op school, de Kindertelefoon of Veilig Thuis.',
      ],
      PARTIAL: [
        'Breid de voorlichting uit naar alle basisscholen en scholen voor voortgezet onderwijs in uw gemeente.',
        'Zorg dat leerkrachten weten wat zij moeten doen als een kind na de les iets vertelt, volgens de meldcode van de school.',
      ],
      HIGH: [
        'Vraag leerlingen en leerkrachten naar hun ervaringen en gebruik die om de lessen te verbeteren.',
        'Houd bij hoeveel scholen en leerlingen elk schooljaar zijn bereikt.',
      ],
    },
  },
  {
    key: 'deskundigheidsbevordering',
    point: 7,
    title: 'Deskundigheidsbevordering van professionals',
    subject: 'deskundigheidsbevordering van professionals over het signaleren van en handelen bij kindermishandeling en huiselijk geweld',
    deployedExample:
      'Bijvoorbeeld: trainingen over signaleren, het gesprek met ouders en kinderen, en de meldcode voor professionals in kinderopvang, onderwijs, jeugdgezondheidszorg en wijkteams.',
    targetGroupExample: 'Bijvoorbeeld: alle professionals die met kinderen en gezinnen werken, per beroepsgroep benoemd.',
    count: {
      key: 'aantal_professionals',
      label: `Hoeveel professionals zijn in ${REPORTING_YEAR} geschoold?`,
      unit: 'professionals',
      max: 20000,
    },
    tips: {
      LOW: [
        'Stel een scholingsplan op voor professionals in kinderopvang, onderwijs, jeugdgezondheidszorg en wijkteams over signaleren en de meldcode.',
        'Zet de aandachtsfunctionarissen van organisaties in om kennis in hun eigen organisatie te verspreiden.',
      ],
      PARTIAL: [
        'Maak scholing periodiek, bijvoorbeeld elke twee jaar een opfriscursus, en laat nieuwe medewerkers binnen hun eerste jaar deelnemen.',
        'Houd per organisatie bij hoeveel professionals zijn geschoold.',
      ],
      HIGH: [
        'Ga na of scholing tot handelen leidt, bijvoorbeeld aan de hand van het aantal adviesvragen bij Veilig Thuis per beroepsgroep.',
        'Voeg verdiepende onderwerpen toe, zoals ouderenmishandeling, eergerelateerd geweld of het gesprek met kinderen.',
      ],
    },
  },
  {
    key: 'psycho_educatie',
    point: 8,
    title: 'Psycho-educatie na huiselijk geweld',
    subject: 'psycho-educatie voor kinderen en ouders na huiselijk geweld',
    deployedExample:
      'Bijvoorbeeld: een groeps- of individueel aanbod waarin kinderen en ouders leren wat geweld met kinderen doet en hoe zij ermee kunnen omgaan.',
    targetGroupExample: 'Bijvoorbeeld: alle kinderen (en hun ouders) in gezinnen waar huiselijk geweld is vastgesteld.',
    tips: {
      LOW: [
        'Spreek met Veilig Thuis en de wijkteams af dat kinderen en ouders na huiselijk geweld standaard psycho-educatie krijgen over wat geweld met kinderen doet.',
        'Zorg dat er een aanbod voor kinderen beschikbaar is zonder lange wachttijd.',
      ],
      PARTIAL: [
        'Leg vast voor welke kinderen het aanbod bedoeld is, bijvoorbeeld alle kinderen in gezinnen met een melding bij Veilig Thuis, en ga na of zij het ook krijgen.',
        'Betrek ook de ouders, zodat zij hun kind beter kunnen steunen.',
      ],
      HIGH: ['Evalueer met de uitvoerder of kinderen na het aanbod minder klachten hebben en of er wachttijden zijn.'],
    },
  },
  {
    key: 'kinderen_vrouwenopvang',
    point: 9,
    title: 'Hulp aan kinderen in de vrouwenopvang',
    subject: 'eigen hulp aan kinderen in de vrouwenopvang',
    deployedExample:
      'Bijvoorbeeld: een kindbegeleider, een eigen plan per kind en contact met school en jeugdgezondheidszorg. Heeft uw gemeente geen opvanglocatie, beantwoord de vragen dan voor de opvang in uw regio waar kinderen uit uw gemeente terechtkomen.',
    targetGroupExample: 'Bijvoorbeeld: alle kinderen die met hun moeder (of vader) in de opvang verblijven.',
    tips: {
      LOW: [
        'Maak met de centrumgemeente en de opvangorganisatie afspraken over eigen hulp voor kinderen in de opvang, los van de hulp aan hun ouder.',
        'Zorg dat kinderen in de opvang naar school kunnen blijven gaan en in contact blijven met de jeugdgezondheidszorg.',
      ],
      PARTIAL: [
        'Spreek af dat elk kind in de opvang een eigen plan heeft met aandacht voor veiligheid en verwerking.',
        'Laat de opvang jaarlijks rapporteren hoeveel kinderen uit uw gemeente er verbleven en welke hulp zij kregen.',
      ],
      HIGH: ['Zorg dat de hulp aan kinderen doorloopt na vertrek uit de opvang, ook als het gezin naar een andere wijk of gemeente verhuist.'],
    },
  },
  {
    key: 'publieksvoorlichting',
    point: 10,
    title: 'Publieksvoorlichting',
    subject: 'publieksvoorlichting over kindermishandeling en huiselijk geweld',
    deployedExample:
      'Bijvoorbeeld: campagnes, informatie op de gemeentelijke website en activiteiten in de Week tegen Kindermishandeling, zodat inwoners weten wat zij kunnen doen bij zorgen.',
    targetGroupExample: 'Bijvoorbeeld: alle inwoners, of specifiek omstanders, jongeren of ouderen.',
    tips: {
      LOW: [
        'Maak op de gemeentelijke website duidelijk waar inwoners terechtkunnen met zorgen over geweld thuis, zoals Veilig Thuis (0800-2000), en sluit aan bij landelijke campagnes.',
        'Richt de voorlichting ook op omstanders en vertel wat zij kunnen doen als zij zich zorgen maken over een kind of een buur.',
      ],
      PARTIAL: [
        'Maak de voorlichting meertalig en verspreid die via plekken waar inwoners komen, zoals de huisarts, de bibliotheek, sportverenigingen en religieuze organisaties.',
        'Leg vast welke groepen u wilt bereiken en hoe u nagaat of dat lukt.',
      ],
      HIGH: ['Meet of inwoners Veilig Thuis kennen, bijvoorbeeld via een inwonerspanel, en stem de voorlichting daarop af.'],
    },
  },
];

const preventionKey = (measure: PreventionMeasure, axis: string) => `preventie.${measure.key}.${axis}`;

const PREVENTION_AXES = ['beleid', 'ingezet', 'doelgroep', 'bereik', 'monitoring'] as const;

function preventionQuestions(measure: PreventionMeasure): Question[] {
  const deployed = answeredYesOrPartly(preventionKey(measure, 'ingezet'));
  const questions: Question[] = [
    realisation(preventionKey(measure, 'beleid'), `Is ${measure.subject} vastgelegd in het beleid van uw gemeente?`, POLICY_HELP),
    realisation(
      preventionKey(measure, 'ingezet'),
      `Wordt ${measure.subject} in uw gemeente aangeboden of uitgevoerd?`,
      `${measure.deployedExample} ${DEPLOYED_HELP}`,
    ),
    realisation(
      preventionKey(measure, 'doelgroep'),
      `Heeft uw gemeente bepaald voor wie ${measure.subject} bedoeld is?`,
      `${measure.targetGroupExample} ${TARGET_GROUP_HELP}`,
    ),
    realisation(preventionKey(measure, 'bereik'), `Weet uw gemeente welk deel van de doelgroep met ${measure.subject} wordt bereikt?`, REACH_HELP, {
      showIf: deployed,
    }),
    realisation(
      preventionKey(measure, 'monitoring'),
      `Worden de uitvoering en de resultaten van ${measure.subject} gemonitord of geëvalueerd?`,
      MONITORING_HELP,
      { showIf: deployed },
    ),
  ];
  if (measure.count) {
    questions.push({
      key: preventionKey(measure, measure.count.key),
      type: 'NUMBER',
      label: measure.count.label,
      help: COUNT_HELP,
      required: false,
      min: 0,
      max: measure.count.max,
      unit: measure.count.unit,
      integer: true,
      showIf: deployed,
    });
  }
  return questions;
}

function preventionSection(key: string, title: string, description: string, points: readonly number[]): Section {
  return {
    key,
    title,
    description:
      `${description} Per maatregel vragen we of die is vastgelegd in beleid, wordt uitgevoerd, een bepaalde doelgroep heeft, ` +
      'en, als de maatregel wordt uitgevoerd, of het bereik bekend is en of de maatregel wordt gemonitord.',
    questions: PREVENTION_MEASURES.filter((m) => points.includes(m.point)).flatMap(preventionQuestions),
  };
}

// --- Other sections ----------------------------------------------------------------------

const RISK_DATA_SOURCES: readonly ChoiceOption[] = [
  { value: 'cbs_wijkcijfers', label: 'CBS-cijfers per wijk en buurt' },
  { value: 'ggd_gezondheidsmonitor', label: 'GGD-gezondheidsmonitor' },
  { value: 'jeugdgezondheidszorg', label: 'Gegevens van de jeugdgezondheidszorg' },
  { value: 'veilig_thuis', label: 'Cijfers van Veilig Thuis' },
  { value: 'wijkteams', label: 'Registratie van de wijkteams' },
  { value: 'onderwijs', label: 'Gegevens uit het onderwijs (bijvoorbeeld leerplicht en verzuim)' },
  { value: 'politie', label: 'Politiecijfers' },
  { value: 'anders', label: 'Anders' },
];

const riskGroupsSection: Section = {
  key: 'risicogroepen',
  title: 'Risicogroepen in beeld',
  description:
    'Kindermishandeling en huiselijk geweld komen vaker voor in gezinnen met risicofactoren, zoals armoede, werkloosheid, psychische problemen of verslaving. Deze vragen gaan over hoe goed uw gemeente die gezinnen in beeld heeft.',
  questions: [
    realisation(
      'risicogroepen.in_beeld',
      'Heeft uw gemeente in beeld welke groepen gezinnen een verhoogd risico lopen op kindermishandeling of huiselijk geweld?',
      'Ja: de risicogroepen zijn beschreven en hun omvang in uw gemeente is bekend. Deels: de risicogroepen zijn globaal bekend, maar niet hoe groot ze zijn of waar ze wonen. Nee: niet in beeld.',
    ),
    {
      key: 'risicogroepen.welke',
      type: 'TEXT',
      label: 'Welke risicogroepen heeft uw gemeente in beeld?',
      help: 'Bijvoorbeeld: tienermoeders, gezinnen met hoge schulden, ouders met psychische of verslavingsproblemen, gezinnen in een ingewikkelde scheiding.',
      required: false,
      maxLength: 1000,
      showIf: answeredYesOrPartly('risicogroepen.in_beeld'),
    },
    realisation(
      'risicogroepen.omvang_bekend',
      'Weet uw gemeente ongeveer hoeveel kinderen in uw gemeente jaarlijks te maken krijgen met kindermishandeling?',
      'Ja: er is een onderbouwde schatting, bijvoorbeeld op basis van landelijke prevalentiecijfers en de samenstelling van uw bevolking. Deels: alleen het aantal meldingen bij Veilig Thuis is bekend. Nee: niet bekend.',
    ),
    realisation(
      'risicogroepen.wijkgegevens',
      'Gebruikt uw gemeente gegevens op wijk- of buurtniveau om risicogroepen in beeld te brengen?',
      'Ja: gegevens per wijk of buurt worden regelmatig gebruikt om aanbod gericht in te zetten. Deels: zulke gegevens zijn eenmalig of voor een deel van de gemeente gebruikt. Nee: er worden geen wijkgegevens gebruikt.',
    ),
    {
      key: 'risicogroepen.bronnen',
      type: 'MULTIPLE_CHOICE',
      label: 'Welke bronnen gebruikt uw gemeente daarvoor?',
      help: 'Kies alle bronnen die van toepassing zijn.',
      required: true,
      options: RISK_DATA_SOURCES,
      showIf: answeredYesOrPartly('risicogroepen.wijkgegevens'),
    },
    {
      key: 'risicogroepen.bronnen_anders',
      type: 'TEXT',
      label: 'Welke andere bronnen gebruikt uw gemeente?',
      required: false,
      maxLength: 500,
      showIf: { question: 'risicogroepen.bronnen', includes: 'anders' },
    },
    realisation(
      'risicogroepen.specifiek_beleid',
      'Heeft uw gemeente specifiek beleid of aanbod voor één of meer risicogroepen?',
      'Ja: voor ten minste één risicogroep is er beleid met een eigen aanbod dat wordt uitgevoerd. Deels: er is beleid, maar (nog) geen aanbod, of het aanbod bereikt maar een klein deel van de groep. Nee: geen specifiek beleid.',
    ),
  ],
};

const reportingCodeSection: Section = {
  key: 'meldcode',
  title: 'Meldcode en deskundigheid',
  description:
    'De meldcode huiselijk geweld en kindermishandeling helpt professionals te handelen bij signalen van geweld. Deze vragen gaan over de invoering van de meldcode en over de deskundigheid in de wijkteams.',
  questions: [
    realisation(
      'meldcode.eigen_organisatie',
      'Is de meldcode ingevoerd bij de onderdelen van uw gemeentelijke organisatie die met inwoners werken?',
      'Bijvoorbeeld: Wmo-consulenten, leerplicht, schuldhulpverlening en (als die in dienst zijn van de gemeente) de wijkteams. Ja: er is een vastgestelde meldcode en medewerkers weten hoe zij ermee werken. Deels: alleen bij een deel van de onderdelen, of wel vastgesteld maar nog niet in gebruik. Nee: niet ingevoerd.',
    ),
    realisation(
      'meldcode.gesubsidieerde_organisaties',
      'Ziet uw gemeente erop toe dat organisaties die zij subsidieert of inkoopt met de meldcode werken?',
      'Ja: werken met de meldcode is een voorwaarde in subsidiebeschikkingen en contracten en wordt nagevraagd. Deels: het is een voorwaarde, maar wordt niet nagevraagd, of geldt maar voor een deel van de organisaties. Nee: geen afspraken.',
    ),
    realisation(
      'meldcode.gebruik_gemonitord',
      'Volgt uw gemeente of de meldcode in de praktijk wordt gebruikt?',
      'Bijvoorbeeld: aan de hand van het aantal adviesvragen en meldingen bij Veilig Thuis per beroepsgroep, of via gesprekken met de aandachtsfunctionarissen. Ja: ten minste jaarlijks. Deels: af en toe of voor een deel van de organisaties. Nee: niet.',
    ),
    realisation(
      'meldcode.aandachtsfunctionaris',
      'Hebben alle wijkteams een aandachtsfunctionaris huiselijk geweld en kindermishandeling?',
      'Ja: elk wijkteam heeft een aandachtsfunctionaris met tijd en mandaat voor die rol. Deels: niet alle wijkteams, of zonder vrijgemaakte tijd. Nee: geen aandachtsfunctionarissen.',
    ),
    realisation(
      'meldcode.scholing',
      'Worden de professionals in de wijkteams periodiek geschoold in het signaleren van geweld en het werken met de meldcode?',
      'Ja: alle professionals worden ten minste eens per twee jaar geschoold en nieuwe medewerkers kort na hun start. Deels: scholing is eenmalig geweest of bereikt een deel van de professionals. Nee: geen scholing.',
    ),
    {
      key: 'meldcode.percentage_geschoold',
      type: 'PERCENTAGE',
      label: 'Welk percentage van de professionals in de wijkteams heeft in de afgelopen twee jaar zo’n scholing gevolgd?',
      help: 'Vul een schatting in als het precieze percentage niet bekend is.',
      required: false,
      unit: '%',
      showIf: answeredYesOrPartly('meldcode.scholing'),
    },
    realisation(
      'meldcode.consultatie',
      'Kunnen professionals in de wijkteams bij twijfel snel iemand raadplegen over een vermoeden van geweld?',
      'Bijvoorbeeld: een aandachtsfunctionaris, een gedragswetenschapper of een vast aanspreekpunt bij Veilig Thuis. Ja: binnen enkele dagen, voor alle wijkteams. Deels: niet voor alle wijkteams of niet snel. Nee: geen afspraken.',
    ),
  ],
};

const CONSULTATION_FREQUENCIES: readonly ChoiceOption[] = [
  { value: 'wekelijks', label: 'Wekelijks of vaker' },
  { value: 'maandelijks', label: 'Ongeveer maandelijks' },
  { value: 'per_kwartaal', label: 'Ongeveer eens per kwartaal' },
  { value: 'minder_vaak', label: 'Minder dan eens per kwartaal' },
  { value: 'geen', label: 'Geen structureel overleg, alleen over afzonderlijke gezinnen' },
];

const cooperationSection: Section = {
  key: 'samenwerking',
  title: 'Samenwerking met Veilig Thuis en wijkteams',
  description:
    'Veilig Thuis en de wijkteams (of lokale teams) moeten elkaar snel kunnen vinden, zodat gezinnen na een melding niet tussen wal en schip raken.',
  questions: [
    realisation(
      'samenwerking.afspraken_veilig_thuis',
      'Zijn er schriftelijke samenwerkingsafspraken tussen Veilig Thuis en de wijkteams in uw gemeente?',
      'Ja: vastgelegd is wie wat doet, binnen welke termijnen en wie de regie heeft. Deels: er zijn afspraken, maar niet schriftelijk of niet volledig. Nee: geen afspraken.',
    ),
    realisation(
      'samenwerking.werkwijze_overdracht',
      'Hebben Veilig Thuis en de wijkteams een gezamenlijke werkwijze voor het overdragen van gezinnen en het terugkoppelen van informatie?',
      'Ja: er is een vaste werkwijze, bijvoorbeeld een warme overdracht in een gezamenlijk gesprek met het gezin, en deze wordt gevolgd. Deels: de werkwijze bestaat, maar wordt niet altijd gevolgd. Nee: geen gezamenlijke werkwijze.',
    ),
    {
      key: 'samenwerking.overlegfrequentie',
      type: 'SINGLE_CHOICE',
      label: 'Hoe vaak is er structureel overleg tussen Veilig Thuis en de wijkteams?',
      help: 'Het gaat om vast overleg over de samenwerking of over meerdere gezinnen, niet om contact over één gezin.',
      required: true,
      options: CONSULTATION_FREQUENCIES,
    },
    realisation(
      'samenwerking.afspraken_geevalueerd',
      'Zijn de samenwerkingsafspraken in de afgelopen twee jaar geëvalueerd?',
      'Ja: Veilig Thuis, de wijkteams en de gemeente hebben de afspraken samen geëvalueerd en zo nodig aangepast. Deels: de afspraken zijn besproken, maar niet systematisch geëvalueerd. Nee: niet geëvalueerd.',
      { showIf: answeredYesOrPartly('samenwerking.afspraken_veilig_thuis') },
    ),
    {
      key: 'samenwerking.datum_evaluatie',
      type: 'DATE',
      label: 'Wanneer zijn de samenwerkingsafspraken voor het laatst geëvalueerd?',
      help: 'Een datum bij benadering is voldoende, bijvoorbeeld de datum van het evaluatieoverleg.',
      required: false,
      showIf: answeredYesOrPartly('samenwerking.afspraken_geevalueerd'),
    },
  ],
};

const stoppingViolenceSection: Section = {
  key: 'stoppen',
  title: 'Stoppen van geweld en duurzaam oplossen',
  description:
    'Geweld moet niet alleen stoppen, de veiligheid moet ook blijvend zijn. Deze vragen gaan over de aanpak in gezinnen waar geweld speelt.',
  questions: [
    realisation(
      'stoppen.multidisciplinaire_aanpak',
      'Is er voor gezinnen met complexe of langdurige onveiligheid een multidisciplinaire aanpak waarin zorg en veiligheid samenwerken?',
      'Bijvoorbeeld: een aanpak waarin Veilig Thuis, wijkteam, politie, volwassenen-ggz en jeugdbescherming samen één plan maken, vaak via het Zorg- en Veiligheidshuis. Ja: beschikbaar voor alle gezinnen die het nodig hebben. Deels: beperkt beschikbaar of in opbouw. Nee: niet beschikbaar.',
    ),
    realisation(
      'stoppen.veiligheidsplan',
      'Wordt bij gezinnen waar huiselijk geweld of kindermishandeling speelt samen met het gezin een veiligheidsplan opgesteld?',
      'Ja: standaard, met concrete afspraken over wat het gezin en het netwerk doen om geweld te voorkomen. Deels: niet standaard of niet samen met het gezin. Nee: niet.',
    ),
    realisation(
      'stoppen.veiligheid_gemeten',
      'Wordt de veiligheid in het gezin op vaste momenten tijdens en na de hulp opnieuw beoordeeld?',
      'Ja: op vaste momenten, met een vast instrument of vaste vragen. Deels: alleen bij de start of wisselend per professional. Nee: niet.',
    ),
    realisation(
      'stoppen.langdurige_monitoring',
      'Worden gezinnen na afsluiting van de hulp nog langere tijd gevolgd om terugval in geweld te signaleren?',
      'Bijvoorbeeld: contact op vaste momenten tot anderhalf jaar na afsluiting. Ja: standaard voor gezinnen waar geweld speelde. Deels: alleen voor een deel van de gezinnen of korter. Nee: niet.',
    ),
    realisation(
      'stoppen.aanbod_plegers',
      'Is er in uw gemeente of regio hulp voor plegers van huiselijk geweld?',
      'Bijvoorbeeld: een training of behandeling voor plegers, of hulp die direct start na een tijdelijk huisverbod. Ja: beschikbaar en bekend bij de wijkteams. Deels: beperkt beschikbaar of met lange wachttijd. Nee: niet beschikbaar.',
    ),
    {
      key: 'stoppen.toelichting',
      type: 'TEXT',
      label: 'Wilt u iets toelichten over de aanpak van het stoppen van geweld in uw gemeente?',
      required: false,
      maxLength: 2000,
    },
  ],
};

const aftercareSection: Section = {
  key: 'nazorg',
  title: 'Nazorg',
  description: 'Na het stoppen van geweld hebben slachtoffers, en vooral kinderen, vaak nog lang steun nodig.',
  questions: [
    realisation(
      'nazorg.afspraken',
      'Zijn er afspraken over wie nazorg biedt aan slachtoffers en kinderen nadat de hulp bij huiselijk geweld of kindermishandeling is afgesloten?',
      'Ja: vastgelegd is wie contact houdt met het gezin en hoe lang. Deels: nazorg gebeurt, maar zonder vaste afspraken. Nee: geen afspraken.',
    ),
    realisation(
      'nazorg.traumabehandeling',
      'Kunnen kinderen die geweld hebben meegemaakt zonder lange wachttijd (trauma)behandeling krijgen?',
      'Ja: behandeling kan binnen enkele weken starten. Deels: behandeling is beschikbaar, maar met lange wachttijden of niet voor alle leeftijden. Nee: niet beschikbaar.',
    ),
    realisation(
      'nazorg.na_opvang',
      'Krijgen vrouwen en kinderen na vertrek uit de vrouwenopvang begeleiding bij wonen, school en verdere hulp?',
      'Ja: er zijn afspraken met de opvang, woningcorporaties en het wijkteam, en begeleiding loopt door na vertrek. Deels: begeleiding is er, maar kort of niet voor iedereen. Nee: geen begeleiding na vertrek.',
    ),
  ],
};

const SPECIFIC_GROUPS: readonly (ChoiceOption & { question: string; help: string })[] = [
  {
    value: 'ouderenmishandeling',
    label: 'Ouderenmishandeling',
    question:
      'Weten professionals in de ouderenzorg en de wijkteams hoe zij ouderenmishandeling, waaronder financiële uitbuiting, signaleren en aanpakken?',
    help: 'Ja: er is scholing gegeven en er zijn werkafspraken. Deels: alleen bij een deel van de professionals. Nee: niet.',
  },
  {
    value: 'eergerelateerd_geweld',
    label: 'Eergerelateerd geweld',
    question: 'Weten professionals wanneer en hoe zij bij (vermoedens van) eergerelateerd geweld gespecialiseerde expertise inschakelen?',
    help: 'Bijvoorbeeld het Landelijk Expertisecentrum Eergerelateerd Geweld of een regionale aandachtsfunctionaris. Ja: vastgelegd en bekend bij professionals. Deels: wel afspraken, maar niet goed bekend. Nee: geen afspraken.',
  },
  {
    value: 'complexe_scheidingen',
    label: 'Kinderen in complexe scheidingen',
    question: 'Is er aanbod voor kinderen en ouders in complexe scheidingen?',
    help: 'Bijvoorbeeld: ouderschapsbemiddeling, groepsaanbod voor kinderen of begeleide omgang. Ja: beschikbaar en bekend bij de wijkteams. Deels: beperkt beschikbaar. Nee: niet beschikbaar.',
  },
  {
    value: 'mensenhandel',
    label: 'Mensenhandel',
    question: 'Is er in uw gemeente of regio een aanspreekpunt of zorgcoördinator voor slachtoffers van mensenhandel?',
    help: 'Ja: er is een aanspreekpunt en professionals weten dit. Deels: er is een aanspreekpunt, maar het is niet goed bekend. Nee: geen aanspreekpunt.',
  },
  {
    value: 'seksueel_geweld',
    label: 'Seksueel geweld',
    question: 'Weten professionals dat zij slachtoffers van recent seksueel geweld direct kunnen doorverwijzen naar het Centrum Seksueel Geweld?',
    help: 'Ja: de route is vastgelegd en bekend. Deels: bekend bij een deel van de professionals. Nee: niet bekend.',
  },
];

const specificGroupKey = (value: string) => `specifieke_groepen.${value}`;

const specificGroupsSection: Section = {
  key: 'specifieke_groepen',
  title: 'Specifieke groepen',
  description:
    'Sommige vormen van geweld vragen om een eigen aanpak en specifieke expertise, zoals ouderenmishandeling, eergerelateerd geweld, geweld rond complexe scheidingen en mensenhandel.',
  questions: [
    realisation(
      'specifieke_groepen.beleid',
      'Heeft uw gemeente (of uw regio) beleid voor specifieke vormen van geweld of groepen slachtoffers?',
      'Ja: voor één of meer groepen is er beleid met concrete afspraken. Deels: de groepen worden genoemd in beleid, maar zonder concrete afspraken. Nee: geen beleid.',
    ),
    {
      key: 'specifieke_groepen.groepen',
      type: 'MULTIPLE_CHOICE',
      label: 'Voor welke groepen heeft uw gemeente of regio beleid?',
      help: 'Kies alle groepen die van toepassing zijn.',
      required: true,
      options: SPECIFIC_GROUPS.map(({ value, label }) => ({ value, label })),
      showIf: answeredYesOrPartly('specifieke_groepen.beleid'),
    },
    ...SPECIFIC_GROUPS.map((group) =>
      realisation(specificGroupKey(group.value), group.question, group.help, {
        showIf: { question: 'specifieke_groepen.groepen', includes: group.value },
      }),
    ),
    {
      key: 'specifieke_groepen.toelichting',
      type: 'TEXT',
      label: 'Wilt u iets toelichten over de aanpak voor specifieke groepen?',
      required: false,
      maxLength: 2000,
      showIf: answeredYesOrPartly('specifieke_groepen.beleid'),
    },
  ],
};

const regionalVisionSection: Section = {
  key: 'regiovisie',
  title: 'Regiovisie',
  description: 'De gemeenten in een Veilig Thuis-regio stellen samen een regiovisie op de aanpak van huiselijk geweld en kindermishandeling vast.',
  questions: [
    realisation(
      'regiovisie.aanwezig',
      'Is er een door de gemeenteraad vastgestelde regiovisie op de aanpak van huiselijk geweld en kindermishandeling?',
      'Ja: vastgesteld door de raad van uw gemeente. Deels: in voorbereiding, of alleen vastgesteld door het college. Nee: er is geen regiovisie.',
    ),
    realisation(
      'regiovisie.actueel',
      'Is de regiovisie in de afgelopen vier jaar vastgesteld of geactualiseerd?',
      'Ja: vastgesteld of geactualiseerd in de afgelopen vier jaar. Deels: een actualisatie is in voorbereiding. Nee: de regiovisie is ouder.',
      { showIf: answeredYesOrPartly('regiovisie.aanwezig') },
    ),
    realisation(
      'regiovisie.bijdrage_gemeente',
      'Draagt uw gemeente actief bij aan het opstellen en uitvoeren van de regiovisie?',
      'Bijvoorbeeld: deelname aan het regionaal bestuurlijk en ambtelijk overleg, een lokaal uitvoeringsplan of het trekken van een regionaal project. Ja: structureel. Deels: incidenteel. Nee: niet.',
    ),
    realisation(
      'regiovisie.preventie_uitgewerkt',
      'Is preventie van kindermishandeling en huiselijk geweld in de regiovisie uitgewerkt in concrete doelen?',
      'Ja: er zijn concrete, toetsbare doelen voor preventie. Deels: preventie wordt genoemd, maar zonder concrete doelen. Nee: preventie komt niet aan bod.',
      { showIf: answeredYesOrPartly('regiovisie.aanwezig') },
    ),
    {
      key: 'regiovisie.toelichting',
      type: 'TEXT',
      label: 'Toelichting op de regiovisie en de rol van uw gemeente',
      help: 'Bijvoorbeeld: de naam en het jaar van de regiovisie, of afspraken die nog in ontwikkeling zijn.',
      required: false,
      maxLength: 2000,
    },
  ],
};

export const QUESTIONNAIRE_2026: QuestionnaireDefinition = {
  year: YEAR,
  title: `Monitor Aanpak Kindermishandeling en Huiselijk Geweld ${YEAR}`,
  introduction:
    'Met deze vragenlijst brengt u de aanpak van kindermishandeling en huiselijk geweld in uw gemeente in beeld. ' +
    'Uit de antwoorden berekenen we 19 indicatoren: per indicator ziet u wat uw gemeente al heeft bereikt, wat beter kan en welke stappen u kunt zetten. ' +
    `Beantwoord de vragen voor de situatie op het moment van invullen; vragen naar aantallen gaan over ${REPORTING_YEAR}. ` +
    'Bij de meeste vragen kiest u Ja, Deels, Nee of Weet niet. Kies Weet niet alleen als u het antwoord niet kunt achterhalen: ' +
    'het telt niet als Nee, maar de vraag telt dan niet mee in de indicator. ' +
    'Vraag zo nodig collega’s, de centrumgemeente, Veilig Thuis of uitvoerende organisaties om informatie. ' +
    'U kunt tussentijds opslaan en later verdergaan.',
  sections: [
    preventionSection(
      'preventie_zwangerschap_geboorte',
      'Preventie rond zwangerschap en geboorte',
      'Preventiemaatregelen 1 tot en met 3: screening tijdens de zwangerschap, voorlichting over geweldloos opvoeden en over omgaan met een huilende baby.',
      [1, 2, 3],
    ),
    preventionSection(
      'preventie_opvoeding_school',
      'Preventie in opvoeding en onderwijs',
      'Preventiemaatregelen 4 tot en met 6: signaleren van opvoedproblemen, opvoedondersteuning en voorlichting aan kinderen op school.',
      [4, 5, 6],
    ),
    preventionSection(
      'preventie_professionals_na_geweld',
      'Preventie via professionals, na geweld en voor het publiek',
      'Preventiemaatregelen 7 tot en met 10: deskundigheidsbevordering van professionals, psycho-educatie na huiselijk geweld, hulp aan kinderen in de vrouwenopvang en publieksvoorlichting.',
      [7, 8, 9, 10],
    ),
    riskGroupsSection,
    reportingCodeSection,
    cooperationSection,
    stoppingViolenceSection,
    aftercareSection,
    specificGroupsSection,
    regionalVisionSection,
  ],
};

// --- Indicators --------------------------------------------------------------------------

const THRESHOLDS = { partial: 40, high: 75 } as const;

const THEME_PREVENTION = 'Preventie';
const THEME_EARLY = 'Eerder en beter in beeld';
const THEME_STOP = 'Stoppen en duurzaam oplossen';
const THEME_SPECIFIC = 'Specifieke groepen';
const THEME_DIRECTION = 'Regie en sturing';

function preventionIndicator(measure: PreventionMeasure): IndicatorDefinition {
  return {
    key: `preventie.${measure.key}`,
    label: measure.title,
    theme: THEME_PREVENTION,
    description: `In hoeverre ${measure.subject} is geborgd in beleid, wordt uitgevoerd voor een bepaalde doelgroep, en bereik en resultaat bekend zijn.`,
    formula: { kind: 'share-realised', questions: PREVENTION_AXES.map((axis) => preventionKey(measure, axis)) },
    thresholds: THRESHOLDS,
    tips: measure.tips,
  };
}

export const INDICATORS_2026: readonly IndicatorDefinition[] = [
  ...PREVENTION_MEASURES.map(preventionIndicator),
  {
    key: 'risicogroepen',
    label: 'Risicogroepen in beeld',
    theme: THEME_EARLY,
    description: 'In hoeverre uw gemeente weet welke gezinnen meer risico lopen, hoeveel kinderen het betreft en of er gericht beleid voor hen is.',
    formula: {
      kind: 'share-realised',
      questions: ['risicogroepen.in_beeld', 'risicogroepen.omvang_bekend', 'risicogroepen.wijkgegevens', 'risicogroepen.specifiek_beleid'],
    },
    thresholds: THRESHOLDS,
    tips: {
      LOW: [
        'Verzamel cijfers van CBS, de GGD-gezondheidsmonitor en Veilig Thuis over uw gemeente en breng in kaart waar risicofactoren zoals armoede, werkloosheid en eenoudergezinnen samenkomen.',
        'Maak een schatting van het aantal kinderen dat jaarlijks met kindermishandeling te maken krijgt; de modelschatting in dit dashboard is een goed begin.',
      ],
      PARTIAL: [
        'Gebruik gegevens per wijk om preventieaanbod gericht in te zetten in wijken met meer risico.',
        'Werk beleid uit voor ten minste één risicogroep, bijvoorbeeld ouders met psychische of verslavingsproblemen of gezinnen met hoge schulden.',
      ],
      HIGH: [
        'Werk het beeld jaarlijks bij en bespreek met de wijkteams en de jeugdgezondheidszorg of de risicogroepen ook werkelijk worden bereikt.',
      ],
    },
  },
  {
    key: 'meldcode',
    label: 'Meldcode',
    theme: THEME_EARLY,
    description: 'In hoeverre de meldcode is ingevoerd in de eigen organisatie en bij gesubsidieerde organisaties, en of het gebruik wordt gevolgd.',
    formula: {
      kind: 'share-realised',
      questions: ['meldcode.eigen_organisatie', 'meldcode.gesubsidieerde_organisaties', 'meldcode.gebruik_gemonitord'],
    },
    thresholds: THRESHOLDS,
    tips: {
      LOW: [
        'Stel de meldcode vast voor alle onderdelen van de gemeente die met inwoners werken, zoals Wmo-consulenten, leerplicht en schuldhulpverlening.',
        'Neem werken met de meldcode op als voorwaarde in subsidiebeschikkingen en inkoopcontracten.',
      ],
      PARTIAL: [
        'Vraag organisaties die u subsidieert of inkoopt jaarlijks hoe zij de meldcode en de afwegingskaders toepassen.',
        'Gebruik de cijfers van Veilig Thuis over adviesvragen en meldingen per beroepsgroep om te zien welke sectoren weinig melden.',
      ],
      HIGH: ['Bespreek met organisaties die weinig adviesvragen of meldingen doen of zij extra ondersteuning nodig hebben.'],
    },
  },
  {
    key: 'deskundigheid_wijkteams',
    label: 'Deskundigheid in de wijkteams',
    theme: THEME_EARLY,
    description: 'In hoeverre de wijkteams aandachtsfunctionarissen hebben, periodiek worden geschoold en bij twijfel snel iemand kunnen raadplegen.',
    formula: {
      kind: 'share-realised',
      questions: ['meldcode.aandachtsfunctionaris', 'meldcode.scholing', 'meldcode.consultatie'],
    },
    thresholds: THRESHOLDS,
    tips: {
      LOW: [
        'Zorg dat elk wijkteam een aandachtsfunctionaris huiselijk geweld en kindermishandeling heeft, met tijd en mandaat voor die rol.',
        'Laat alle professionals in de wijkteams een training volgen over signaleren en de meldcode.',
      ],
      PARTIAL: [
        'Plan periodieke opfrisscholing en laat nieuwe medewerkers binnen een half jaar na hun start deelnemen.',
        'Spreek vaste consultatiemomenten af tussen Veilig Thuis en de wijkteams.',
      ],
      HIGH: ['Laat de aandachtsfunctionarissen van de wijkteams in de regio kennis delen en samen met Veilig Thuis casussen bespreken.'],
    },
  },
  {
    key: 'samenwerking',
    label: 'Samenwerking met Veilig Thuis en wijkteams',
    theme: THEME_STOP,
    description: 'In hoeverre Veilig Thuis en de wijkteams vastgelegde afspraken en een gezamenlijke werkwijze hebben, en die evalueren.',
    formula: {
      kind: 'share-realised',
      questions: ['samenwerking.afspraken_veilig_thuis', 'samenwerking.werkwijze_overdracht', 'samenwerking.afspraken_geevalueerd'],
    },
    thresholds: THRESHOLDS,
    tips: {
      LOW: [
        'Leg met Veilig Thuis en de wijkteams vast wie wat doet bij de overdracht van een gezin, binnen welke termijn, en hoe de melder wordt geïnformeerd.',
        'Organiseer ten minste eens per maand structureel overleg tussen Veilig Thuis en de wijkteams.',
      ],
      PARTIAL: [
        'Evalueer de samenwerkingsafspraken samen met Veilig Thuis en de wijkteams aan de hand van enkele recente casussen.',
        'Spreek voor elk wijkteam een vaste contactpersoon bij Veilig Thuis af.',
      ],
      HIGH: ['Volg hoe lang overdrachten duren en hoeveel gezinnen na overdracht opnieuw worden gemeld, en bespreek die cijfers jaarlijks.'],
    },
  },
  {
    key: 'stoppen_geweld',
    label: 'Stoppen van geweld en duurzaam oplossen',
    theme: THEME_STOP,
    description:
      'In hoeverre gezinnen met geweld een multidisciplinaire aanpak, een veiligheidsplan en langdurige aandacht voor veiligheid krijgen, en plegers hulp.',
    formula: {
      kind: 'share-realised',
      questions: [
        'stoppen.multidisciplinaire_aanpak',
        'stoppen.veiligheidsplan',
        'stoppen.veiligheid_gemeten',
        'stoppen.langdurige_monitoring',
        'stoppen.aanbod_plegers',
      ],
    },
    thresholds: THRESHOLDS,
    tips: {
      LOW: [
        'Spreek met Veilig Thuis en de wijkteams af dat bij elk gezin met huiselijk geweld of kindermishandeling samen met het gezin en het netwerk een veiligheidsplan wordt gemaakt.',
        'Maak afspraken over een multidisciplinaire aanpak voor gezinnen met complexe of langdurige onveiligheid, bijvoorbeeld via het Zorg- en Veiligheidshuis.',
      ],
      PARTIAL: [
        'Laat de veiligheid in het gezin op vaste momenten opnieuw beoordelen, niet alleen bij de start van de hulp.',
        'Zorg voor hulp aan plegers, zodat niet alleen slachtoffers hulp krijgen.',
      ],
      HIGH: ['Volg gezinnen ook na afsluiting van de hulp en analyseer herhaalde meldingen om de aanpak te verbeteren.'],
    },
  },
  {
    key: 'nazorg',
    label: 'Nazorg',
    theme: THEME_STOP,
    description: 'In hoeverre slachtoffers en kinderen na afloop van de hulp of na de opvang nazorg en zo nodig traumabehandeling krijgen.',
    formula: { kind: 'share-realised', questions: ['nazorg.afspraken', 'nazorg.traumabehandeling', 'nazorg.na_opvang'] },
    thresholds: THRESHOLDS,
    tips: {
      LOW: [
        'Spreek af wie na afsluiting van de hulp contact houdt met het gezin, en hoe lang.',
        'Zorg dat kinderen die geweld hebben meegemaakt tijdig traumabehandeling kunnen krijgen, bijvoorbeeld met afspraken met aanbieders over wachttijden.',
      ],
      PARTIAL: [
        'Maak afspraken met woningcorporaties over uitstroom uit de opvang, zodat vrouwen en kinderen niet langer dan nodig in de opvang verblijven.',
        'Leg vast hoe lang begeleiding na vertrek uit de opvang doorloopt.',
      ],
      HIGH: ['Vraag gezinnen na afloop naar hun ervaringen en gebruik die om de nazorg te verbeteren.'],
    },
  },
  {
    key: 'specifieke_groepen',
    label: 'Specifieke groepen',
    theme: THEME_SPECIFIC,
    description:
      'In hoeverre er beleid en werkafspraken zijn voor specifieke groepen, zoals ouderen, slachtoffers van eergerelateerd geweld en mensenhandel, en kinderen in complexe scheidingen.',
    formula: {
      kind: 'share-realised',
      questions: ['specifieke_groepen.beleid', ...SPECIFIC_GROUPS.map((group) => specificGroupKey(group.value))],
    },
    // The follow-ups are shown only for the groups chosen, so without policy only one item is
    // known; a municipality without any policy should still score (LOW), not be "unknown".
    minimumKnownShare: 1 / (SPECIFIC_GROUPS.length + 1),
    thresholds: THRESHOLDS,
    tips: {
      LOW: [
        'Breng in kaart welke specifieke vormen van geweld in uw gemeente spelen, zoals ouderenmishandeling, eergerelateerd geweld, geweld rond complexe scheidingen en mensenhandel.',
        'Kies ten minste één groep waarvoor u een aanspreekpunt en werkafspraken regelt.',
      ],
      PARTIAL: [
        'Zorg dat professionals weten welke expertise zij kunnen inschakelen, zoals het Landelijk Expertisecentrum Eergerelateerd Geweld of het Centrum Seksueel Geweld.',
        'Regel voor slachtoffers van mensenhandel een vast aanspreekpunt, zodat zij snel opvang en hulp krijgen.',
      ],
      HIGH: ['Evalueer jaarlijks met de betrokken organisaties of de afspraken voor specifieke groepen in de praktijk werken.'],
    },
  },
  {
    key: 'regiovisie',
    label: 'Regiovisie',
    theme: THEME_DIRECTION,
    description: 'In hoeverre er een actuele regiovisie is met concrete doelen voor preventie, en uw gemeente bijdraagt aan de uitvoering.',
    formula: {
      kind: 'share-realised',
      questions: ['regiovisie.aanwezig', 'regiovisie.actueel', 'regiovisie.bijdrage_gemeente', 'regiovisie.preventie_uitgewerkt'],
    },
    thresholds: THRESHOLDS,
    tips: {
      LOW: [
        'Neem deel aan het regionale overleg over de regiovisie en bepaal welke doelen uw gemeente lokaal uitwerkt.',
        'Vraag de centrumgemeente naar de stand van de regiovisie en de planning voor actualisatie.',
      ],
      PARTIAL: [
        'Maak een lokaal uitvoeringsplan met concrete preventiedoelen die aansluiten bij de regiovisie.',
        'Zet u er in de regio voor in dat preventie in de regiovisie wordt uitgewerkt in toetsbare doelen.',
      ],
      HIGH: ['Rapporteer jaarlijks in de regio over de voortgang van uw lokale doelen en deel wat werkt.'],
    },
  },
  {
    key: 'zicht_op_preventie',
    label: 'Zicht op bereik en resultaat van preventie',
    theme: THEME_DIRECTION,
    description: 'In hoeverre uw gemeente van de preventiemaatregelen die worden uitgevoerd het bereik kent en de uitvoering en resultaten volgt.',
    formula: {
      kind: 'share-realised',
      questions: PREVENTION_MEASURES.flatMap((measure) => [preventionKey(measure, 'bereik'), preventionKey(measure, 'monitoring')]),
    },
    // Items exist only for measures that are carried out; two measures are enough for a value.
    minimumKnownShare: 0.2,
    thresholds: THRESHOLDS,
    tips: {
      LOW: [
        'Vraag de uitvoerders van preventiemaatregelen om jaarlijks het bereik te rapporteren, afgezet tegen de omvang van de doelgroep.',
        'Begin met monitoring van de twee of drie maatregelen die u het belangrijkst vindt.',
      ],
      PARTIAL: [
        'Leg in subsidiebeschikkingen en contracten per maatregel een vaste set gegevens vast: doelgroep, bereik, uitval en resultaat.',
        'Bespreek de uitkomsten jaarlijks met de uitvoerders en stuur bij waar het bereik achterblijft.',
      ],
      HIGH: ['Laat maatregelen waarvan de effectiviteit onbekend is evalueren, bijvoorbeeld samen met de GGD of een hogeschool.'],
    },
  },
];
