export * from './parse-csv';
export * from './neutralise-formula';
