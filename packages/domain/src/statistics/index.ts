export * from './disclosure';
export * from './estimate';
export * from './regions';
