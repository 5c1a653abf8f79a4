import path from 'node:path';
import { serviceDatabases } from '@cort/testing';
import { PrismaClient } from '../src/generated/prisma/client';

/**
 * A fresh reporting database and client for a test file (PGlite, or PostgreSQL with TEST_DATABASE_URL),
 * opened before the file's tests and closed after them; read `prisma` inside the tests and hooks.
 * openReportingDatabase: one of its own, for a test that compares several; close() it after.
 */
export const { perFile: reportingDatabase, open: openReportingDatabase } = serviceDatabases<PrismaClient>({
  service: 'reporting',
  root: path.join(__dirname, '..'),
  Client: PrismaClient,
});
