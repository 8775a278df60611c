import type { ApolloClient } from '@apollo/client';
import { MapLayersDocument, MapLayerValuesDocument, MunicipalityMapDocument } from '../../gql/__generated__/graphql';
import { preloadBoundaries, PROJECTED_BOUNDARIES_URL } from '../../app/geo/preloadBoundaries';
import { fetchOnce } from './landingQueries';

// Light on purpose: App imports this module at start-up (three documents, no page code).

/** The estimate of abused children: what the map shows first. */
export const DEFAULT_LAYER = 'schatting';
/** The CBS key figure the map used to show, kept as a choice (it needs no extra request). */
export const HOUSEHOLDS_LAYER = 'huishoudens';

export const loadMunicipalityMap = () => import('./MunicipalityMap');

/**
 * Asks the figures of the landing map before its page renders: the page's own queries then find
 * them in flight or answered (fetchOnce sends a query once per client). Errors are the page's to show.
 */
export function prefetchMapFigures(client: ApolloClient, layerKey = DEFAULT_LAYER): void {
  void fetchOnce(client, MunicipalityMapDocument);
  void fetchOnce(client, MapLayersDocument);
  if (layerKey !== HOUSEHOLDS_LAYER) void fetchOnce(client, MapLayerValuesDocument, { key: layerKey });
}

/**
 * Starts everything the landing map needs at once: its figures, its projected boundaries and the
 * map's code. App calls it at start-up when `/` is opened, so these download while the entry's
 * React renders the layout and the landing page's own chunk loads, not after that chunk.
 */
export function prefetchLandingPage(client: ApolloClient): void {
  preloadBoundaries(PROJECTED_BOUNDARIES_URL);
  void loadMunicipalityMap();
  prefetchMapFigures(client);
}
