import 'reflect-metadata';

export * from './access';
export * from './access-document';
export * from './audit';
export * from './enforce';
export * from './policy';
export * from './batching';
export * from './config';
export * from './connection';
export * from './context';
export * from './errors';
export * from './federation';
export * from './logger';
export * from './server';
export * from './service';
export * from './run';
