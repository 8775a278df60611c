import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { BOUNDARIES_URL } from './preloadBoundaries';
import { useFetchedJson } from './useFetchedJson';

export { BOUNDARIES_URL };
const OBJECT_NAME = 'gemeente_2026';

export interface MunicipalityProperties {
  statcode: string;
  statnaam: string;
}

export type MunicipalityFeature = Feature<Geometry, MunicipalityProperties>;

type Topology = Parameters<typeof feature>[0];

type State = { status: 'loading' } | { status: 'error' } | { status: 'ready'; collection: FeatureCollection<Geometry, MunicipalityProperties> };

/** Municipality boundaries (CBS/PDOK TopoJSON), fetched apart from the app bundle. */
export function useBoundaries(url = BOUNDARIES_URL): State {
  const state = useFetchedJson(url, toCollection);
  return state.status === 'ready' ? { status: 'ready', collection: state.value } : state;
}

function toCollection(topology: Topology): FeatureCollection<Geometry, MunicipalityProperties> {
  const name = OBJECT_NAME in topology.objects ? OBJECT_NAME : Object.keys(topology.objects)[0];
  return feature(topology, name) as unknown as FeatureCollection<Geometry, MunicipalityProperties>;
}
