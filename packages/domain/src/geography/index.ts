export * from './region-type';
export * from './search-text';
