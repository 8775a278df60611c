/** Texts of /ontwikkelaars (Dutch; the schema's own descriptions are in English, as the API is). */
export const nlDevelopers = {
  title: 'API voor ontwikkelaars',
  intro:
    'Alles wat de monitor toont, is ook op te vragen via de GraphQL-API op /graphql: openbare cijfers zonder account, gegevens van uw gemeente met een API-token. Deze pagina is gemaakt uit de beschrijvingen in het schema.',
  quickStart: 'Snel aan de slag',
  step1: 'Maak een API-token aan in Mijn account. Kies de rechten die uw toepassing nodig heeft; het token ziet u één keer.',
  step1Link: 'Naar Mijn account',
  step2: 'Stuur het token mee als Authorization: Bearer <token>. Met curl:',
  step3: 'Of met Python (requests):',
  errors:
    'Fouten hebben een vaste code in errors[].extensions.code (bijvoorbeeld UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT met het veld in extensions.field, RATE_LIMITED). Een token werkt nooit met meer rechten dan zijn eigenaar.',
  persistedHeading: 'Persisted queries',
  persisted:
    'De server ondersteunt automatic persisted queries (APQ): stuur de SHA-256 van het document in extensions.persistedQuery. Kent de server de hash nog niet, dan antwoordt hij PERSISTED_QUERY_NOT_FOUND en stuurt u document en hash één keer samen. Ook een document dat via zijn hash komt, valt onder dezelfde grenzen voor diepte, complexiteit en aantal verzoeken.',
  exportHeading: 'Onderzoeksexports downloaden',
  export: 'Een onderzoeksexport van uw project haalt u op met GET, met sessie of token; de header X-Export-Rows geeft vooraf het aantal rijen.',
  compatHeading: 'Wijzigingen in de API',
  compat:
    'Velden verdwijnen nooit zonder aankondiging: wat weg moet, wordt eerst als deprecated gemarkeerd (met de reden en het alternatief) en pas in een latere release verwijderd. Een automatische controle vergelijkt elk nieuw schema met dat van de laatste release en keurt stil verwijderen of van type veranderen af.',
  reference: 'Naslag: het schema',
  referenceIntro:
    'Alle queries, mutaties en typen, met hun beschrijving uit het schema (in het Engels). Wie wat mag, bepaalt de toegangsmatrix van de server.',
  queries: 'Queries',
  mutations: 'Mutaties',
  types: 'Typen',
  deprecated: (reason: string) => `Verouderd: ${reason}`,
  codeLabel: (what: string) => `Voorbeeld: ${what}`,
};
