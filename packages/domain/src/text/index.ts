export * from './valid-text';
