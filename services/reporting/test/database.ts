import path from 'node:path';
import { openServiceDatabase, serviceDatabasePerFile, type ServiceDatabase } from '@cort/testing';
import { PrismaClient } from '../src/generated/prisma/client';

/** The reporting service's database in tests: its migrations and its client. */
export const reportingService: ServiceDatabase<PrismaClient> = {
  service: 'reporting',
  migrations: path.join(__dirname, '..', 'prisma', 'migrations'),
  Client: PrismaClient,
};

/**
 * A fresh reporting database and client for a test file (PGlite, or PostgreSQL with TEST_DATABASE_URL),
 * opened before the file's tests (before the hooks it registers after this call) and closed after them.
 * Read `db` and `prisma` inside the tests and hooks.
 */
export const reportingDatabase = () => serviceDatabasePerFile(reportingService);

/** A fresh reporting database and client of its own, for a test that compares several; close() it after. */
export const openReportingDatabase = () => openServiceDatabase(reportingService);
