export * from './apportion';
export * from './children';
export * from './poisson';
export * from './risk-model';
export * from './districts';
export * from './domestic-violence';
