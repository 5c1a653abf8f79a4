import path from 'node:path';
import { serviceDatabases } from '@cort/testing';
import { PrismaClient } from '../src/generated/prisma/client';

/**
 * A fresh activities database and client for a test file (PGlite, or PostgreSQL with TEST_DATABASE_URL),
 * opened before the file's tests and closed after them; read `prisma` inside the tests and hooks.
 */
export const { perFile: activitiesDatabase } = serviceDatabases<PrismaClient>({
  service: 'activities',
  root: path.join(__dirname, '..'),
  Client: PrismaClient,
});
