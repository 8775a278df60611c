export * from './classify';
export * from './class-breaks';
