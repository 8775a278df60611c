export * from './cbs.types';
export * from './cbs-tables';
export * from './cbs-periods';
export { MAX_PROBLEMS, parseCbsCell, type ParsedCell } from './cbs-common';
export * from './parse-cbs-csv';
export * from './parse-cbs-odata';
export * from './vt-categories';
