// d3-geo 1.x ships no type declarations; these are the parts GeoAreaMap uses.
declare module 'd3-geo' {
  export interface GeoProjection {
    fitSize(size: [number, number], object: unknown): GeoProjection;
  }

  export interface GeoPathGenerator {
    (object: unknown): string | null;
    bounds(object: unknown): [[number, number], [number, number]];
  }

  export function geoMercator(): GeoProjection;
  export function geoPath(projection: GeoProjection): GeoPathGenerator;
}
