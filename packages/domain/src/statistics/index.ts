export * from './disclosure';
export * from './estimate';
