import path from 'node:path';
import { serviceDatabasePerFile, type ClientOptions, type ServiceDatabase } from '@cort/testing';
import { PrismaClient } from '../src/generated/prisma/client';

/** The participants service's database in tests: its migrations and its client. */
export const participantsService: ServiceDatabase<PrismaClient> = {
  service: 'participants',
  migrations: path.join(__dirname, '..', 'prisma', 'migrations'),
  Client: PrismaClient,
};

/**
 * A fresh participants database and client for a test file (PGlite, or PostgreSQL with TEST_DATABASE_URL),
 * opened before the file's tests and closed after them; read `prisma` inside the tests and hooks.
 */
export const participantsDatabase = (options?: ClientOptions) => serviceDatabasePerFile(participantsService, options);
