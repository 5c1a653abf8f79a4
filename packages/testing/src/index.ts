export { createTestDatabase, type TestDatabase } from './database';
export * from './access-properties';
