import path from 'node:path';
import { serviceDatabasePerFile, type ClientOptions, type ServiceDatabase } from '@cort/testing';
import { PrismaClient } from '../src/generated/prisma/client';

/** The organisations service's database in tests: its migrations and its client. */
export const organisationsService: ServiceDatabase<PrismaClient> = {
  service: 'organisations',
  migrations: path.join(__dirname, '..', 'prisma', 'migrations'),
  Client: PrismaClient,
};

/**
 * A fresh organisations database and client for a test file (PGlite, or PostgreSQL with TEST_DATABASE_URL),
 * opened before the file's tests and closed after them; read `prisma` inside the tests and hooks.
 */
export const organisationsDatabase = (options?: ClientOptions) => serviceDatabasePerFile(organisationsService, options);
