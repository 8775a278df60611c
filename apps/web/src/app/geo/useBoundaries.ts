import { useEffect, useState } from 'react';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { BOUNDARIES_URL } from './preloadBoundaries';

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
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.json() as Promise<Topology>;
      })
      .then((topology) => {
        const name = OBJECT_NAME in topology.objects ? OBJECT_NAME : Object.keys(topology.objects)[0];
        const collection = feature(topology, name) as unknown as FeatureCollection<Geometry, MunicipalityProperties>;
        setState({ status: 'ready', collection });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          console.error(error);
          setState({ status: 'error' });
        }
      });
    return () => controller.abort();
  }, [url]);

  return state;
}
