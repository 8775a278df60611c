/**
 * The first practice examples, written in December 2026 by the monitor's editors from the monitor's
 * own source documents: the wishes of municipalities that the successor of the NJi monitor was
 * built on (the project brief, issues 16 and 17), and for Den Haag also the research notes on Signs
 * of Safety and the Verwey-Jonker evaluation of Veilig Verder (../shared/research/effects-and-supply.md).
 * They say no more than those texts: where a detail is not in them, the example says so. They are
 * not written or checked by the municipalities themselves, and say that, with their source.
 *
 * Frozen with migration 1768900000000: later edits go through the editor, never through this file.
 */
export interface SeedPracticeExample {
  municipalityCode: string;
  indicatorKey: string;
  theme: string;
  title: string;
  measure: string;
  body: string;
  source: string;
}

export const SEED_PRACTICE_AUTHOR = 'Redactie monitor (startinhoud)';

const SOURCE_DOCUMENTS = 'Uitgangsdocumenten van de monitor (wensen van gemeenten, 2026)';
const NOT_BY_MUNICIPALITY =
  'Voorbeeldtekst uit de brondocumenten van de monitor, samengesteld door de redactie van de monitor; niet geschreven of gecontroleerd door de gemeente.';

export const SEED_PRACTICE_EXAMPLES: readonly SeedPracticeExample[] = [
  {
    municipalityCode: 'GM0599',
    indicatorKey: 'risicogroepen',
    theme: 'Eerder en beter in beeld',
    title: 'Rotterdam: de Sociale Index en het Wijkprofiel',
    measure: 'Risico’s per wijk in beeld brengen',
    body: `De uitgangsdocumenten van de monitor noemen Rotterdam als voorbeeld met twee eigen instrumenten: de **Sociale Index** en het **Wijkprofiel**.

## Waarom dit bij deze indicator past

De indicator *Risicogroepen in beeld* vraagt onder meer of de gemeente gegevens op wijk- of buurtniveau gebruikt om risicogroepen in beeld te brengen, zodat aanbod gericht kan worden ingezet.

## Wat we niet weten

Hoe Rotterdam de Sociale Index en het Wijkprofiel gebruikt voor de aanpak van kindermishandeling en huiselijk geweld, staat niet in de uitgangsdocumenten. Neem voor meer informatie contact op met de gemeente Rotterdam.

*${NOT_BY_MUNICIPALITY}*`,
    source: `${SOURCE_DOCUMENTS}. ${NOT_BY_MUNICIPALITY}`,
  },
  {
    municipalityCode: 'GM0363',
    indicatorKey: 'risicogroepen',
    theme: 'Eerder en beter in beeld',
    title: 'Amsterdam: prevalentie per wijk, met de GGD en het NJi',
    measure: 'Schatting van het vóórkomen per wijk en een aanpak langs vier sporen',
    body: `De uitgangsdocumenten van de monitor noemen Amsterdam als voorbeeld: de **GGD** en het **NJi** brachten voor Amsterdam het vóórkomen (de prevalentie) per wijk in beeld, en Amsterdam werkt langs **vier sporen**.

## Waarom dit bij deze indicator past

De indicator *Risicogroepen in beeld* vraagt of de gemeente weet hoeveel kinderen met kindermishandeling te maken krijgen en of zij gegevens per wijk gebruikt. Een schatting per wijk maakt zichtbaar waar de aanpak het meest nodig is.

## Wat we niet weten

Welke vier sporen dit zijn en hoe de schatting per wijk is gemaakt, staat niet in de uitgangsdocumenten.

*${NOT_BY_MUNICIPALITY}*`,
    source: `${SOURCE_DOCUMENTS}. ${NOT_BY_MUNICIPALITY}`,
  },
  {
    municipalityCode: 'GM0518',
    indicatorKey: 'stoppen_geweld',
    theme: 'Stoppen en duurzaam oplossen',
    title: 'Den Haag: Veilig Verder, met schaalscores van Signs of Safety',
    measure: 'Veiligheid volgen met schaalscores van hulpverlener, ouders en kinderen',
    body: `De uitgangsdocumenten van de monitor noemen Den Haag als voorbeeld. Den Haag brengt het vóórkomen (de prevalentie) **per wijk** in beeld en werkt met **Veilig Verder**. Den Haag wil ook het effect van interventies volgen, met **schaalscores van Signs of Safety** die de hulpverlener, de ouders en de kinderen op verschillende momenten van een traject geven.

## Wat een schaalscore is

Bij Signs of Safety geeft ieder die bij het gezin betrokken is een score op een veiligheidsschaal, meestal van 0 tot 10: 0 betekent dat het voor de kinderen nu niet veilig is om bij de ouders te zijn, 10 dat er genoeg veiligheid is om de zaak af te sluiten.

## Waarom dit bij deze indicator past

De indicator *Stoppen van geweld en duurzaam oplossen* vraagt onder meer of de veiligheid in het gezin op vaste momenten tijdens en na de hulp opnieuw wordt beoordeeld, met een vast instrument of vaste vragen.

## Onderzoek

Het Verwey-Jonker Instituut evalueerde de Veilig Verder-werkwijze in de regio Haaglanden (Tierolf, Asmoredjo, Kwakernaak en Compagner). Volgens de samenvatting was er bij de start van het traject veel geweld, vooral partnergeweld, dat tijdens het traject sterk afnam. Op welke momenten Den Haag de schaalscores vraagt, staat niet in de uitgangsdocumenten.

*${NOT_BY_MUNICIPALITY}*`,
    source: `${SOURCE_DOCUMENTS}; onderzoeksnotities van de monitor over de veiligheidsschaal van Signs of Safety; Tierolf, Asmoredjo, Kwakernaak en Compagner, Evaluatie Veilig Verder (Verwey-Jonker Instituut). ${NOT_BY_MUNICIPALITY}`,
  },
];
