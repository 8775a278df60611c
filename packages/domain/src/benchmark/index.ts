export * from './benchmark';
export * from './anonymity';
