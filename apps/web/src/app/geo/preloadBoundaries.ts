/** The municipality boundaries (CBS/PDOK TopoJSON), served apart from the app bundle. */
export const BOUNDARIES_URL = '/geo/municipalities.topojson';
/** The same boundaries as SVG paths, projected by the server (the landing map draws these). */
export const PROJECTED_BOUNDARIES_URL = '/geo/municipalities.paths.json';

/**
 * Starts downloading boundaries before the map that draws them is on screen (a `preload` link,
 * which the map's own fetch then reuses), so the download does not wait for the figures and the
 * map's code. Light on purpose: no TopoJSON code comes with it.
 */
export function preloadBoundaries(url = BOUNDARIES_URL): void {
  if ([...document.head.querySelectorAll('link[rel="preload"]')].some((link) => link.getAttribute('href') === url)) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.href = url;
  link.crossOrigin = 'anonymous';
  document.head.append(link);
}
