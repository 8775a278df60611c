export * from './catalogue';
export * from './coverage';
export * from './gaps';
export * from './expected-use';
