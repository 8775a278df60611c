import { useEffect, useState } from 'react';
import type { ProjectedPaths } from '../../ui/map/AreaPathsMap';
import { PROJECTED_BOUNDARIES_URL } from './preloadBoundaries';

/** An area as the server projected it. */
export interface ProjectedArea {
  code: string;
  name: string;
  d: string;
}

export interface ProjectedBoundaries extends ProjectedPaths {
  areas: ProjectedArea[];
}

type State = { status: 'loading' } | { status: 'error' } | { status: 'ready'; boundaries: ProjectedBoundaries };

/**
 * Municipality boundaries as SVG paths projected by the server (`/geo/municipalities.paths.json`):
 * no TopoJSON or projection code in the browser, and a smaller download than the TopoJSON.
 */
export function useProjectedBoundaries(url = PROJECTED_BOUNDARIES_URL): State {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.json() as Promise<{ viewBox: string; areas: ProjectedArea[] }>;
      })
      .then(({ viewBox, areas }) => {
        setState({ status: 'ready', boundaries: { viewBox, areas, pathByCode: new Map(areas.map((a) => [a.code, a.d])) } });
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
