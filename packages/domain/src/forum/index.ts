export * from './forum';
