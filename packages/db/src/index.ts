export { openDatabase, openMemoryDatabase, type Database, type OpenOptions } from './open';
export { openMigratedMemoryDatabase } from './memory';
export { migrate, createMigration, migrationsList, type CreateMigrationOptions } from './migrations';
export { createServiceMigration, migrateServices, type CommandOptions } from './commands';
export { databaseUrlFor, databaseUrlVariable, dataRoot, repoRoot, servicesWithDatabases, type ServicePaths } from './paths';
export { withDatabase } from './postgres';
export { countStatements, type StatementCounter } from './statements';
export type { RetentionCounts, RetentionPlan, RetentionStep } from './retention';
export { upsertRows, type RawExecutor } from './upsert';
