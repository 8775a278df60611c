export * from './geography';
export * from './map';
export * from './csv';
export * from './access';
export * from './questionnaire';
export * from './statistics';
export * from './cbs';
export * from './benchmark';
