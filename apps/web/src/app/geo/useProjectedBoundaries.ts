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
 * `embedded`: the same JSON already in the page (the landing page's HTML), drawn without a request.
 */
export function useProjectedBoundaries(url = PROJECTED_BOUNDARIES_URL, embedded?: RawBoundaries): State {
  const state = useFetchedJson(url, toBoundaries, embedded);
  return state.status === 'ready' ? { status: 'ready', boundaries: state.value } : state;
}

/** The paths JSON as the server sends it. */
export interface RawBoundaries {
  viewBox: string;
  areas: ProjectedArea[];
}

function toBoundaries({ viewBox, areas }: RawBoundaries): ProjectedBoundaries {
  return { viewBox, areas, pathByCode: new Map(areas.map((a) => [a.code, a.d])) };
}
