import type { KnowledgeSource, KnowledgeTheme } from '@monitor/domain';

/**
 * The first articles of the knowledge base, written for this monitor in December 2026 from the
 * public sources listed with each article (see also ../shared/domain.md §1.2-1.6 of the project
 * research). Facts are limited to what those sources say; where a detail was not certain it was left
 * out. Editors continue from here: every later change is a new revision.
 *
 * Frozen with migration 1768800000000: later edits go through the editor, never through this file.
 */
export interface SeedArticle {
  slug: string;
  theme: KnowledgeTheme;
  title: string;
  summary: string;
  body: string;
  indicatorKeys: string[];
  sources: KnowledgeSource[];
}

const PREVENTION_INDICATORS = [
  'preventie.zwangerschapsscreening',
  'preventie.geweldloos_opvoeden',
  'preventie.huilende_baby',
  'preventie.signaleren_opvoedproblemen',
  'preventie.opvoedondersteuning',
  'preventie.voorlichting_school',
  'preventie.deskundigheidsbevordering',
  'preventie.psycho_educatie',
  'preventie.kinderen_vrouwenopvang',
  'preventie.publieksvoorlichting',
];

const CBS = 'Centraal Bureau voor de Statistiek (CBS)';

export const SEED_ARTICLES: readonly SeedArticle[] = [
  {
    slug: 'meldcode-en-afwegingskaders',
    theme: 'Eerder en beter in beeld',
    title: 'De meldcode huiselijk geweld en kindermishandeling',
    summary:
      'Sinds 2013 moeten organisaties en zelfstandige professionals in onder meer zorg, onderwijs, kinderopvang, jeugdhulp en maatschappelijke ondersteuning een meldcode hebben. Sinds 2019 hoort daar een afwegingskader bij.',
    body: `## Wat is de meldcode?

De meldcode is een stappenplan voor professionals die signalen opvangen van huiselijk geweld of kindermishandeling. De **Wet verplichte meldcode huiselijk geweld en kindermishandeling** geldt sinds 1 juli 2013. Organisaties en zelfstandig werkende professionals in onder meer de gezondheidszorg, het onderwijs, de kinderopvang, de jeugdhulp, de maatschappelijke ondersteuning en justitie moeten een meldcode hebben en het gebruik ervan bevorderen.

## De vijf stappen

1. Breng de signalen in kaart.
2. Overleg met een collega en raadpleeg zo nodig Veilig Thuis (of een deskundige op het gebied van letselduiding).
3. Ga in gesprek met de betrokkene(n).
4. Weeg het geweld of de kindermishandeling, met behulp van het afwegingskader.
5. Beslis: is melden bij Veilig Thuis noodzakelijk, en is hulp verlenen of organiseren (ook) mogelijk?

## Vernieuwd in 2019: het afwegingskader

Sinds 1 januari 2019 bevat de meldcode een **afwegingskader** in stap 4 en 5. Beroepsgroepen hebben dat kader zelf uitgewerkt. Het maakt duidelijker wanneer een professional moet melden, ook als hij of zij zelf al hulp biedt, bijvoorbeeld bij acute of structurele onveiligheid.

## Wat kan de gemeente doen?

- Stel de meldcode vast voor de eigen diensten die met inwoners werken.
- Neem het werken met de meldcode op in subsidies en inkoopcontracten.
- Vraag organisaties hoe zij de meldcode en de afwegingskaders gebruiken, en zorg voor scholing.

De cijfers van Veilig Thuis over adviezen en meldingen per beroepsgroep (CBS) laten zien uit welke sectoren weinig wordt gemeld.`,
    indicatorKeys: ['meldcode', 'deskundigheid_wijkteams', 'preventie.deskundigheidsbevordering'],
    sources: [
      { title: 'Wet verplichte meldcode huiselijk geweld en kindermishandeling', publisher: 'Rijksoverheid', year: 2013, url: null },
      {
        title: 'Meldcode huiselijk geweld en kindermishandeling: advies',
        publisher: 'meldcode.nu',
        year: null,
        url: 'https://www.meldcode.nu/advies/',
      },
      {
        title: 'Huiselijk geweld; rol/functie, organisatie, duur geweld, regio (tabel 84849NED)',
        publisher: CBS,
        year: 2025,
        url: 'https://www.cbs.nl/nl-nl/cijfers/detail/84849NED',
      },
    ],
  },
  {
    slug: 'veilig-thuis-advies-en-melding',
    theme: 'Stoppen en duurzaam oplossen',
    title: 'Veilig Thuis: advies, melding en wat er daarna gebeurt',
    summary:
      'Veilig Thuis is het wettelijke advies- en meldpunt voor huiselijk geweld en kindermishandeling. Het verschil tussen een advies en een melding bepaalt wie verantwoordelijk blijft.',
    body: `## Huiselijk geweld en kindermishandeling

Huiselijk geweld is lichamelijk, psychisch of seksueel geweld of bedreiging door iemand uit de huiselijke kring van het slachtoffer: (ex-)partners, familieleden, huisgenoten, mantelzorgers en huisvrienden. *Huiselijk* gaat over de relatie, niet over de plek. Vormen zijn onder meer (ex-)partnergeweld, kindermishandeling, ouderenmishandeling en geweld tegen ouders. Er zijn 26 Veilig Thuis-regio's.

## Advies

Bij een **advies** praat Veilig Thuis alleen met de adviesvrager. Er worden geen gegevens van gezinsleden vastgelegd en de adviesvrager **blijft zelf verantwoordelijk** voor de aanpak. Slachtoffers kunnen anoniem blijven.

## Melding

Bij een **melding** worden de betrokkenen genoemd. De verantwoordelijkheid voor het zicht op veiligheid gaat dan over van de melder naar Veilig Thuis. Veilig Thuis neemt een melding altijd aan als het om (een vermoeden van) huiselijk geweld of kindermishandeling gaat en de melder zich bekendmaakt.

## Daarna

- **Veiligheidsbeoordeling**: eerst wordt gekeken of er sprake is van acute onveiligheid; anders bepaalt een beoordeling binnen vijf werkdagen het vervolg.
- **Vervolg**: onderzoek, het stellen van voorwaarden en volgen of het veilig blijft, of overdracht aan lokale hulp.
- **Uitkomst van onderzoek**: per vorm van geweld bevestigd, niet bevestigd of weerlegd.
- **Terugkoppeling**: de melder hoort na de veiligheidsbeoordeling, en na een onderzoek, wat er met de melding gebeurt.

## Voor de gemeente

Goede afspraken tussen Veilig Thuis en de lokale teams over overdracht, terugkoppeling en het volgen van de veiligheid bepalen of geweld duurzaam stopt.`,
    indicatorKeys: ['samenwerking', 'stoppen_geweld', 'nazorg', 'meldcode'],
    sources: [
      {
        title: 'Definitie: melding bij Veilig Thuis',
        publisher: CBS,
        year: null,
        url: 'https://www.cbs.nl/en-gb/our-services/methods/definitions/report-to-veilig-thuis',
      },
      {
        title: 'Definitie: huiselijk geweld',
        publisher: CBS,
        year: null,
        url: 'https://www.cbs.nl/en-gb/our-services/methods/definitions/domestic-violence',
      },
      { title: 'Advies', publisher: 'meldcode.nu', year: null, url: 'https://www.meldcode.nu/advies/' },
      {
        title: 'KNMG-meldcode kindermishandeling en huiselijk geweld, bijlage 4: taken en functie van Veilig Thuis',
        publisher: 'KNMG',
        year: null,
        url: 'https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/bijlage-4-taken-en-functie-van-veilig-thuis',
      },
      { title: 'Handelingsprotocol Veilig Thuis', publisher: 'Veilig Thuis', year: 2019, url: null },
    ],
  },
  {
    slug: 'geweld-hoort-nergens-thuis',
    theme: 'Regie en sturing',
    title: 'Het programma Geweld hoort nergens thuis (2018-2021)',
    summary:
      'Het landelijke programma van VWS, Justitie en Veiligheid en de VNG werkte langs drie actielijnen. De thema\u2019s van deze monitor sluiten daarop aan.',
    body: `## Het programma

*Geweld hoort nergens thuis* was het programma van het ministerie van Volksgezondheid, Welzijn en Sport, het ministerie van Justitie en Veiligheid en de Vereniging van Nederlandse Gemeenten (VNG) voor de aanpak van huiselijk geweld en kindermishandeling, van 2018 tot en met 2021. Regio's maakten er regionale plannen bij.

## De drie actielijnen

1. **Eerder en beter in beeld**: geweld eerder signaleren en bespreekbaar maken.
2. **Stoppen en duurzaam oplossen**: geweld stoppen en zorgen dat het niet terugkomt, met aandacht voor veiligheid én hulp.
3. **Specifieke groepen**: aandacht voor vormen van geweld en groepen die een eigen aanpak vragen. De vragenlijst van deze monitor noemt bijvoorbeeld ouderenmishandeling, eergerelateerd geweld, kinderen in complexe scheidingen, mensenhandel en seksueel geweld.

## Wat betekent dit voor de monitor?

De indicatoren van deze monitor zijn ingedeeld in dezelfde thema's, aangevuld met *Preventie* en *Regie en sturing*. Een regiovisie met toetsbare doelen, en een lokaal plan dat daarop aansluit, helpen om de voortgang te volgen.`,
    indicatorKeys: ['regiovisie', 'specifieke_groepen', 'stoppen_geweld', 'nazorg'],
    sources: [
      {
        title: 'Geweld hoort nergens thuis: eerste voortgangsrapportage',
        publisher: 'Ministerie van VWS, Ministerie van JenV en VNG (via huiselijkgeweld.nl)',
        year: 2018,
        url: 'https://www.huiselijkgeweld.nl/dossiers/programma-geweld-hoort-nergens-thuis/publicaties/rapporten/2018/12/20/geweld-hoort-nergens-thuis-eerste-voortgangsrapportage',
      },
      {
        title: 'Advies opzet monitor aanpak huiselijk geweld en kindermishandeling',
        publisher: 'Adviescommissie Geweld hoort nergens thuis',
        year: 2018,
        url: 'https://www.huiselijkgeweld.nl/dossiers/programma-geweld-hoort-nergens-thuis/publicaties/interventies/2018/12/20/advies-opzet-monitor-aanpak-huiselijk-geweld-en-kindermishandeling',
      },
    ],
  },
  {
    slug: 'impactmonitor-cbs',
    theme: 'Achtergrond en cijfers',
    title: 'De Impactmonitor huiselijk geweld en kindermishandeling (CBS)',
    summary: 'Het CBS bracht van 2019 tot en met 2023 in opdracht van VWS de Impactmonitor uit: een rapport, een dashboard en een factsheet.',
    body: `## Wat is de Impactmonitor?

De Impactmonitor aanpak huiselijk geweld en kindermishandeling volgt hoe de aanpak zich ontwikkelt. Het CBS maakte hem in opdracht van het ministerie van VWS, met edities van 2019 tot en met 2023. Er is een rapport, een factsheet en een dashboard met cijfers voor het land, voor regio's en door de tijd.

## Waar kijkt de monitor naar?

De thema's komen uit het advies van de onderzoekscommissie van *Geweld hoort nergens thuis*, onder meer:

- eerder signaleren en bespreekbaar maken;
- samenwerking in complexe situaties;
- een groter bereik van Veilig Thuis;
- samenhangende hulp met structurele aandacht voor veiligheid;
- de omvang en aard van het geweld.

## Gebruik voor de gemeente

Zet de regionale cijfers uit het dashboard naast de eigen gegevens en de cijfers van Veilig Thuis in deze monitor. Let op: cijfers van Veilig Thuis uit verschillende jaren zijn niet altijd vergelijkbaar; het CBS vermeldt dat bij de tabellen.`,
    indicatorKeys: ['zicht_op_preventie', 'risicogroepen', 'regiovisie'],
    sources: [
      {
        title: 'Dashboard Impactmonitor huiselijk geweld en kindermishandeling',
        publisher: CBS,
        year: null,
        url: 'https://dashboards.cbs.nl/v3/dashboardimpactmonitor_hgkm/',
      },
      {
        title: 'Monitor huiselijk geweld en kindermishandeling 2019',
        publisher: CBS,
        year: 2019,
        url: 'https://www.cbs.nl/nl-nl/publicatie/2019/51/monitor-huiselijk-geweld-en-kindermishandeling-2019',
      },
      {
        title: 'Impactmonitor aanpak huiselijk geweld en kindermishandeling 2021: uitgangspunten',
        publisher: CBS,
        year: 2021,
        url: 'https://www.cbs.nl/nl-nl/longread/rapportages/2021/impactmonitor-aanpak-huiselijk-geweld-en-kindermishandeling-2021/2-uitgangspunten-van-de-impactmonitor',
      },
    ],
  },
  {
    slug: 'hoe-vaak-komt-kindermishandeling-voor',
    theme: 'Achtergrond en cijfers',
    title: 'Hoe vaak komt kindermishandeling voor? De prevalentiestudie NPM-2017',
    summary:
      'Volgens de Nationale Prevalentiestudie Mishandeling van kinderen en jeugdigen (NPM-2017) kregen in 2017 naar schatting 26 tot 37 op de 1.000 kinderen met mishandeling te maken.',
    body: `## De schatting

In de **NPM-2017** (Universiteit Leiden, in opdracht van het WODC) registreerden 785 professionals van 22 september tot 22 december 2017 elk kind bij wie zij kindermishandeling vermoedden. Samen met de gegevens van Veilig Thuis leidde dat tot een schatting van **90.000 tot 127.000 kinderen**: **26 tot 37 per 1.000** kinderen van 0 tot en met 17 jaar.

Eerdere studies kwamen uit op 30 per 1.000 (2005) en 34 per 1.000 (2010). Tussen 2005 en 2017 is geen significante verandering gevonden.

## Een ondergrens

De studie telt alleen ernstige of langdurige gevallen die professionals opmerken. De werkelijke omvang is dus waarschijnlijk groter.

## Risicofactoren

Kinderen in gezinnen met bepaalde kenmerken liepen vaker risico dan kinderen in gezinnen zonder dat kenmerk (NPM-2017, relatief risico): ouders met een laag opleidingsniveau (4,95), werkloze ouders (3,64), migratieachtergrond (3,61) en eenoudergezinnen (2,29). Dit zijn samenhangen, geen oorzaken.

## Gebruik in deze monitor

De modelschatting per gemeente in dit dashboard gaat uit van deze cijfers. Gebruik haar als orde van grootte, niet als telling.`,
    indicatorKeys: ['risicogroepen', 'zicht_op_preventie'],
    sources: [
      {
        title: 'Prevalence of child maltreatment in the Netherlands: an update and cross-time comparison (Child Abuse & Neglect)',
        publisher: 'Van Berkel, Prevoo, Linting, Pannebakker en Alink',
        year: 2020,
        url: 'https://doi.org/10.1016/j.chiabu.2020.104439',
      },
      {
        title: 'NPM-2017: Nationale Prevalentiestudie Mishandeling van kinderen en jeugdigen (samenvatting)',
        publisher: 'Pedagogiek Digitaal',
        year: 2019,
        url: 'https://www.pedagogiekdigitaal.nl/p/npm2017-nationale-prevalentiestudie-mishandeling-van-kinderen-en-jeugdigen/1901/21',
      },
      {
        title: 'Kindermishandeling in Nederland anno 2010 (NPM-2010)',
        publisher: 'huiselijkgeweld.nl',
        year: 2011,
        url: 'https://www.huiselijkgeweld.nl/feiten/landelijk/kindermishandeling-in-nederland-anno-2010',
      },
    ],
  },
  {
    slug: 'kinderombudsman-preventie-in-gemeenten',
    theme: 'Preventie',
    title: 'Preventie van kindermishandeling in gemeenten: wat de Kinderombudsman vond',
    summary:
      'De Kinderombudsman onderzocht in 2014 en, samen met het NJi, in 2017 hoe gemeenten kindermishandeling voorkomen. In 2017 was er op alle tien gemeten maatregelen vooruitgang, maar bleven zicht op risicogroepen en bereik beperkt.',
    body: `## 2014: van papier naar werkelijkheid

In *Preventie van kindermishandeling in gemeenten: van papier naar werkelijkheid* (2014) stelde de Kinderombudsman vast dat ongeveer driekwart van de gemeenten preventiebeleid op papier had, maar dat de helft niet wist hoeveel kinderen in de gemeente werden mishandeld. Risicogroepen waren onvoldoende in beeld en de meeste gemeenten volgden niet of hun preventieprogramma's werden uitgevoerd en werkten.

## 2017: de gemeentelijke inzet

In 2017 vulden 169 gemeenten een vragenlijst in over tien preventiemaatregelen waar ouders en kinderen iets van merken: voorlichting, training en ondersteuning. Per maatregel werd gekeken naar **borging in beleid**, **inzet** en **bereik**. Uitkomsten:

- op alle tien maatregelen was er vooruitgang ten opzichte van 2014;
- meer gemeenten hadden beleid voor het scholen van professionals in signaleren en voor de meldcode;
- het zicht op risicogroepen en op het bereik bleef beperkt;
- achterblijvers waren onder meer voorlichting aan jonge ouders over geweldloos opvoeden en over omgaan met een huilende baby, en voorlichting aan kinderen op school.

## Wat deze monitor ermee doet

De preventie-indicatoren van deze monitor vragen per maatregel naar beleid, doelgroep, bereik en monitoring. Zo ziet u waar uw gemeente staat en waar de grootste winst te halen is.`,
    indicatorKeys: [...PREVENTION_INDICATORS, 'zicht_op_preventie', 'risicogroepen'],
    sources: [
      {
        title: 'Preventie van kindermishandeling in gemeenten: van papier naar werkelijkheid (KOM/004/2014)',
        publisher: 'De Kinderombudsman',
        year: 2014,
        url: null,
      },
      {
        title: 'De gemeentelijke inzet voor preventie van kindermishandeling',
        publisher: 'Nederlands Jeugdinstituut en De Kinderombudsman (De Wilde, Kooijman, Van Boven en Van Kooi)',
        year: 2017,
        url: 'https://www.huiselijkgeweld.nl/feiten/regionaal/de-gemeentelijke-inzet-voor-preventie-van-kindermishandeling',
      },
    ],
  },
  {
    slug: 'cijfers-veilig-thuis-per-gemeente',
    theme: 'Eerder en beter in beeld',
    title: 'Cijfers van Veilig Thuis per gemeente lezen',
    summary: 'Het CBS publiceert de adviezen en meldingen van Veilig Thuis per gemeente en per regio. Zo leest u ze goed.',
    body: `## Waar komen de cijfers vandaan?

De Veilig Thuis-organisaties leveren sinds 2015 gegevens aan het CBS, volgens het informatieprotocol beleidsinformatie Veilig Thuis. Het CBS publiceert die op StatLine, per Veilig Thuis-regio en per gemeente, per jaar en per half jaar. Voorlopige cijfers zijn gemarkeerd met een sterretje.

## Waar moet u op letten?

- **Advies of melding**: een advies is geen melding; tel ze niet bij elkaar op als maat voor het aantal gezinnen.
- **Wie meldt**: een groot deel van de meldingen komt van politie (justitie en veiligheid). Weinig meldingen uit een sector kan wijzen op onderbenutting van de meldcode.
- **Eerste melding of hermelding**: het CBS onderscheidt eerste meldingen, hermeldingen en vervolgmeldingen.
- **Vergelijkbaarheid**: de cijfers over 2015 tot en met 2018 zijn onderling niet goed vergelijkbaar.
- **Kleine aantallen** worden door het CBS afgerond of niet gepubliceerd om herkenning te voorkomen; deze monitor volgt dat.

## Gebruik

Zet de cijfers van uw gemeente naast die van de regio en van gemeenten van vergelijkbare omvang. Gebruik ze samen met de modelschatting en wat de wijkteams zien.`,
    indicatorKeys: ['risicogroepen', 'meldcode', 'samenwerking'],
    sources: [
      {
        title: 'Huiselijk geweld; rol/functie, organisatie, duur geweld, regio (tabel 84849NED)',
        publisher: CBS,
        year: 2025,
        url: 'https://www.cbs.nl/nl-nl/cijfers/detail/84849NED',
      },
      {
        title: 'Impactmonitor aanpak huiselijk geweld en kindermishandeling 2023: verbetering outcome',
        publisher: CBS,
        year: 2023,
        url: 'https://www.cbs.nl/nl-nl/longread/rapportages/2023/impactmonitor-aanpak-huiselijk-geweld-en-kindermishandeling-2023/6-verbetering-outcome',
      },
    ],
  },
];
