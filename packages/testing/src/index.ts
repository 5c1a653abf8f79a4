export { createTestDatabase, type TestDatabase } from './database';
export {
  openServiceDatabase,
  serviceDatabasePerFile,
  serviceDatabases,
  type ClientOptions,
  type OpenedDatabase,
  type ServiceClient,
  type ServiceDatabase,
} from './service-database';
export * from './access-properties';
export * from './access-paths';
export * from './access-targets';
export * from './callers';
export * from './policy-completeness';
export * from './policy-oracle';
export * from './subgraph-world';
