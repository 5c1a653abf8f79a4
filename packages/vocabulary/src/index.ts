export * from './activity';
export * from './audience';
export * from './session';
export * from './vocabulary';
