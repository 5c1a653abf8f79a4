export * from './activity';
export * from './audience';
export * from './labels';
export * from './session';
export * from './vocabulary';
