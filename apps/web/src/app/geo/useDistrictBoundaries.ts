import type { FeatureCollection, Geometry } from 'geojson';
import { useFetchedJson, type FetchedState } from './useFetchedJson';

export type DistrictCollection = FeatureCollection<Geometry, { statcode: string; statnaam: string }>;

/** A municipality's district boundaries: public, cached by the browser (ETag), shared by the district and supply maps. */
export const districtBoundariesUrl = (municipalityCode: string) => `/geo/districts/${encodeURIComponent(municipalityCode)}.geojson`;

const asCollection = (raw: DistrictCollection) => raw;

/** The district boundaries of a municipality, fetched apart from the page's figures (GraphQL). */
export function useDistrictBoundaries(municipalityCode: string): FetchedState<DistrictCollection> {
  return useFetchedJson(districtBoundariesUrl(municipalityCode), asCollection);
}
