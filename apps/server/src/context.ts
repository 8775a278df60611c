import type { DataSource } from 'typeorm';
import { createGeographyYearLoader } from './modules/geography/geography.loaders';
import { createBoundaryLoader, createStatisticsLoader } from './modules/municipality/municipality.loaders';
import { MunicipalityService } from './modules/municipality/municipality.service';
import { createMunicipalitiesByRegionLoader, createRegionsByMunicipalityLoader } from './modules/region/region.loaders';
import { RegionService } from './modules/region/region.service';

export interface Services {
  municipalities: MunicipalityService;
  regions: RegionService;
}

export function createServices(dataSource: DataSource): Services {
  return { municipalities: new MunicipalityService(dataSource), regions: new RegionService(dataSource) };
}

/** Fresh per request: loaders cache per request and must never be shared between requests. */
export function createLoaders(dataSource: DataSource) {
  return {
    geographyYear: createGeographyYearLoader(dataSource),
    regionsByMunicipality: createRegionsByMunicipalityLoader(dataSource),
    municipalitiesByRegion: createMunicipalitiesByRegionLoader(dataSource),
    statistics: createStatisticsLoader(dataSource),
    boundary: createBoundaryLoader(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  loaders: Loaders;
  services: Services;
}

export function createContext(dataSource: DataSource, services: Services): Context {
  return { loaders: createLoaders(dataSource), services };
}
