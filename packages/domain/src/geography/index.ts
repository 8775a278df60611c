export * from './region-type';
export * from './youth-population';
export * from './search-text';
