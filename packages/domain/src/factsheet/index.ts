export * from './factsheet';
