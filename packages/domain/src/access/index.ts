export * from './roles';
export * from './caller';
export * from './password-policy';
export * from './throttle';
