import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '@cort/db';
import { createTestDatabase, type TestDatabase } from '@cort/testing';
import { PrismaClient } from '../src/generated/prisma/client';

// A participants database from before the requester became a code (issue 12): the free text of
// "requestedBy" moves into the note (after what was there), the requester is OTHER and the day asked is
// the day the row was made; nothing else changes.
const MIGRATIONS = path.join(__dirname, '..', 'prisma', 'migrations');
const names = fs
  .readdirSync(MIGRATIONS)
  .filter((name) => /^\d+_/.test(name))
  .sort();
const REQUESTER = names.find((name) => name.endsWith('_enrolment_requester'))!;

function migrationsFolder(upTo: string[]): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-participants-migrations-'));
  for (const name of upTo) fs.cpSync(path.join(MIGRATIONS, name), path.join(folder, name), { recursive: true });
  fs.copyFileSync(path.join(MIGRATIONS, 'migration_lock.toml'), path.join(folder, 'migration_lock.toml'));
  return folder;
}

describe('the enrolment requester migration', () => {
  let before: string;
  let through: string;
  let db: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    const index = names.indexOf(REQUESTER);
    before = migrationsFolder(names.slice(0, index));
    through = migrationsFolder(names.slice(0, index + 1));
    db = await createTestDatabase('participants-before-requester', before);
    prisma = new PrismaClient({ adapter: db.adapter });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
    for (const folder of [before, through]) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('moves the free text into the note, and dates every request on the day its row was made', async () => {
    // Raw SQL: the generated client knows the columns after the migration, not the one it removes.
    await prisma.$executeRaw`INSERT INTO "Participant" ("id", "prisonId", "detaineeNumber", "firstName", "lastName", "gender", "legalStatus", "languages", "registeredBy", "updatedAt")
      VALUES ('p1', 'HAREN', 'M-1', 'Jan', 'Peeters', 'MALE', 'CONVICTED', '{}', 'seed', now())`;
    await prisma.$executeRaw`INSERT INTO "Enrolment" ("id", "participantId", "activityId", "status", "idempotencyKey", "requestedBy", "note", "createdAt", "updatedAt") VALUES
      ('e1', 'p1', 'a1', 'ENROLLED', 'k1', 'de PSD', NULL, '2026-03-02T10:00:00Z', now()),
      ('e2', 'p1', 'a2', 'WAITLISTED', 'k2', 'zijn advocaat', 'Wil graag koken', '2026-03-03T10:00:00Z', now()),
      ('e3', 'p1', 'a3', 'WITHDRAWN', 'k3', NULL, 'Zelf gevraagd', '2026-03-04T10:00:00Z', now())`;

    expect(await migrate(db, through)).toEqual([REQUESTER]);

    const rows = await prisma.enrolment.findMany({
      orderBy: { id: 'asc' },
      select: { id: true, note: true, requester: true, requestedOn: true },
    });
    expect(rows).toEqual([
      { id: 'e1', note: 'Requested by: de PSD', requester: 'OTHER', requestedOn: new Date('2026-03-02T00:00:00Z') },
      { id: 'e2', note: 'Wil graag koken\nRequested by: zijn advocaat', requester: 'OTHER', requestedOn: new Date('2026-03-03T00:00:00Z') },
      { id: 'e3', note: 'Zelf gevraagd', requester: 'OTHER', requestedOn: new Date('2026-03-04T00:00:00Z') },
    ]);
  });
});
