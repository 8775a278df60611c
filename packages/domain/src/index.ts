export * from './geography';
export * from './map';
export * from './csv';
