export * from './belgian-time';
export * from './display-name';
export * from './error-codes';
export * from './given-fields';
export * from './language-tag';
export * from './logger';
export * from './metrics';
