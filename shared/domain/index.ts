export * from './common';
export * from './people';
export * from './competitions';
export * from './studios';
export * from './knowledge';
export * from './workspace';
