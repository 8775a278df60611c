export * from './disclosure';
export * from './disclosure-audit';
export * from './disclosure-protection';
export * from './disclosure-relations';
export * from './estimate';
export * from './regions';
