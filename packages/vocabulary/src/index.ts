export * from './activity';
export * from './audience';
export * from './labels';
export * from './prison';
export * from './session';
export * from './vocabulary';
