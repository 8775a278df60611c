// @nivo/geo exports these helpers at run time but leaves them out of its type declarations.
import type { GeoProjectionType } from '@nivo/geo';

declare module '@nivo/geo' {
  export interface FittableProjection {
    fitSize(size: [number, number], object: unknown): FittableProjection;
    scale(): number;
    translate(): [number, number];
  }

  export interface GeoPathGenerator {
    (object: unknown): string | null;
    bounds(object: unknown): [[number, number], [number, number]];
  }

  export const projectionById: Record<GeoProjectionType, () => FittableProjection>;

  export function useGeoMap(options: {
    width: number;
    height: number;
    projectionType: GeoProjectionType;
    projectionScale: number;
    projectionTranslation: [number, number];
    projectionRotation: [number, number, number];
    fillColor: string;
    borderWidth: number;
    borderColor: string;
  }): { path: GeoPathGenerator };
}
