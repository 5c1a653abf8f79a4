export { openDatabase, type Database, type OpenOptions } from './open';
export { migrate, createMigration, migrationsList } from './migrations';
export { databaseUrlFor, repoRoot, servicesWithDatabases, type ServicePaths } from './paths';
export { countStatements, type StatementCounter } from './statements';
