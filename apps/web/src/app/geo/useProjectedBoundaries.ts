import type { ProjectedPaths } from '../../ui/map/AreaPathsMap';
import { PROJECTED_BOUNDARIES_URL } from './preloadBoundaries';
import { useFetchedJson } from './useFetchedJson';

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
  const state = useFetchedJson(url, toBoundaries);
  return state.status === 'ready' ? { status: 'ready', boundaries: state.value } : state;
}

function toBoundaries({ viewBox, areas }: { viewBox: string; areas: ProjectedArea[] }): ProjectedBoundaries {
  return { viewBox, areas, pathByCode: new Map(areas.map((a) => [a.code, a.d])) };
}
