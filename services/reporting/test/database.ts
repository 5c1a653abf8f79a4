import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@cort/testing';
import { PrismaClient } from '../src/generated/prisma/client';

/**
 * A fresh reporting database for a test file, migrated (PGlite, or PostgreSQL with TEST_DATABASE_URL):
 * opened before the file's tests (before the hooks it registers after this call) and closed after them.
 * Read `db` and `prisma` inside the tests and hooks.
 */
export function reportingDatabase() {
  const opened = {} as { db: TestDatabase; prisma: PrismaClient };
  beforeAll(async () => {
    opened.db = await createTestDatabase('reporting', path.join(__dirname, '..', 'prisma', 'migrations'));
    opened.prisma = new PrismaClient({ adapter: opened.db.adapter });
  });
  afterAll(async () => {
    await opened.prisma?.$disconnect();
    await opened.db?.drop();
  });
  return opened;
}
