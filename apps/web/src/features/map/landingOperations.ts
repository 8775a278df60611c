// No imports on purpose: the build (landing-preload.ts) reads this too.

/** The estimate of abused children: what the map shows first. */
export const DEFAULT_LAYER = 'schatting';
/** The CBS key figure the map used to show, kept as a choice (it needs no extra request). */
export const HOUSEHOLDS_LAYER = 'huishoudens';

/**
 * The landing map's queries as the page first sends them (generated document name, operation and
 * variables). The build lists them in `landing-queries.json`; the server answers them as for an
 * anonymous visitor inside the landing page's HTML.
 */
export const LANDING_OPERATIONS = [
  { document: 'MunicipalityMapDocument', operationName: 'MunicipalityMap', variables: {} },
  { document: 'MapLayersDocument', operationName: 'MapLayers', variables: {} },
  { document: 'MapLayerValuesDocument', operationName: 'MapLayerValues', variables: { key: DEFAULT_LAYER } },
] as const;

/** Marks the landing map the server drew; landing-preload.js follows a click on its areas until the app has replaced it. */
export const SERVER_RENDERED_ATTRIBUTE = 'data-server-rendered';
