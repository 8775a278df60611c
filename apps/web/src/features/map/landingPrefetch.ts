import type { ApolloClient } from '@apollo/client';
import { MapLayersDocument, MapLayerValuesDocument, MunicipalityMapDocument } from '../../gql/__generated__/graphql';
import { preloadBoundaries, PROJECTED_BOUNDARIES_URL } from '../../app/geo/preloadBoundaries';
import { preloadableLazy } from '../../ui/preloadableLazy';
import { fetchOnce, rememberAnswers } from './landingQueries';
import { embeddedLandingData } from './landingData';
import { DEFAULT_LAYER, HOUSEHOLDS_LAYER } from './landingOperations';

// Light on purpose: App imports this module at start-up (three documents, no page code).

export { DEFAULT_LAYER, HOUSEHOLDS_LAYER };

/** The map's code: started at start-up, drawn without a second wait once it is there. */
export const { Component: MunicipalityMap, load: loadMunicipalityMap } = preloadableLazy(() => import('./MunicipalityMap'));

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
 * Starts everything the landing map needs at once (what the HTML does not carry already): its figures, its projected boundaries and the
 * map's code. App calls it at start-up when `/` is opened, so these download while the entry's
 * React renders the layout and the landing page's own chunk loads, not after that chunk.
 */
export function prefetchLandingPage(client: ApolloClient): void {
  // what the HTML carries (an anonymous visitor's page) is not asked again
  const embedded = embeddedLandingData();
  if (embedded) rememberAnswers(client, embedded.answers);
  if (embedded?.paths == null) preloadBoundaries(PROJECTED_BOUNDARIES_URL);
  void loadMunicipalityMap();
  prefetchMapFigures(client);
}
