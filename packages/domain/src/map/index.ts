export * from './classify';
export * from './class-breaks';
export * from './landing-data';
