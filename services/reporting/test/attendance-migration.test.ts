import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '@cort/db';
import { createTestDatabase, type TestDatabase } from '@cort/testing';
import { applyEvents } from '../src/feeds/projections';
import { PrismaClient } from '../src/generated/prisma/client';
import { activity, session } from './events';

// A reporting database from before attendance: the migration keeps what the cancelled flag said as the
// session's status, and makes reporting read the activities feed again, which fills in each activity's
// organisation and each cancellation's reason code; the participants feed is left where it was.
const MIGRATIONS = path.join(__dirname, '..', 'prisma', 'migrations');
const names = fs
  .readdirSync(MIGRATIONS)
  .filter((name) => /^\d+_/.test(name))
  .sort();
const ATTENDANCE = names.find((name) => name.endsWith('_attendance'))!;

function migrationsFolder(upTo: string[]): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-reporting-migrations-'));
  for (const name of upTo) fs.cpSync(path.join(MIGRATIONS, name), path.join(folder, name), { recursive: true });
  fs.copyFileSync(path.join(MIGRATIONS, 'migration_lock.toml'), path.join(folder, 'migration_lock.toml'));
  return folder;
}

describe('the attendance migration', () => {
  let before: string;
  let through: string;
  let db: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    const index = names.indexOf(ATTENDANCE);
    before = migrationsFolder(names.slice(0, index));
    through = migrationsFolder(names.slice(0, index + 1));
    db = await createTestDatabase('reporting-before-attendance', before);
    prisma = new PrismaClient({ adapter: db.adapter });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
    for (const folder of [before, through]) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('keeps cancelled sessions cancelled, and reads the activities feed again for organisations and reason codes', async () => {
    const feed = [
      activity('a1', 'EDUCATIONAL'),
      session('s1', 'a1', '2026-02-02T09:00:00Z'),
      session('s2', 'a1', '2026-02-09T09:00:00Z', 2, 'CANCELLED'),
    ];
    // Raw SQL: the generated client's rows have the columns this migration adds.
    await prisma.$executeRaw`INSERT INTO "ReportActivity" ("id", "prisonId", "category", "status", "updatedAt") VALUES ('a1', 'HAREN', 'EDUCATIONAL', 'PUBLISHED', now())`;
    await prisma.$executeRaw`INSERT INTO "ReportSession" ("id", "activityId", "startsAt", "endsAt", "cancelled", "updatedAt") VALUES
      ('s1', 'a1', '2026-02-02T09:00:00Z', '2026-02-02T11:00:00Z', false, now()), ('s2', 'a1', '2026-02-09T09:00:00Z', '2026-02-09T11:00:00Z', true, now())`;
    await prisma.$executeRaw`INSERT INTO "ProcessedEvent" ("eventId", "producer") SELECT unnest(${feed.map((e) => e.id)}::text[]), 'activities'`;
    await prisma.$executeRaw`INSERT INTO "ProcessedEvent" ("eventId", "producer") VALUES ('p-event', 'participants')`;
    await prisma.$executeRaw`INSERT INTO "FeedCursor" ("producer", "cursor", "updatedAt") VALUES ('participants', 'somewhere', now()), ('activities', 'elsewhere', now())`;

    expect(await migrate(db, through)).toEqual([ATTENDANCE]);

    expect(
      await prisma.reportSession.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true, cancellationReason: true } }),
    ).toEqual([
      { id: 's1', status: 'SCHEDULED', cancellationReason: null },
      { id: 's2', status: 'CANCELLED', cancellationReason: 'OTHER' },
    ]);
    expect(await prisma.feedCursor.findMany({ select: { producer: true } })).toEqual([{ producer: 'participants' }]);
    expect(await prisma.processedEvent.findMany({ select: { producer: true } })).toEqual([{ producer: 'participants' }]);
    // Today's code reads the feed again into today's schema: the later migrations first.
    await migrate(db, MIGRATIONS);
    expect(await prisma.$transaction((tx) => applyEvents(tx, 'activities', feed))).toBe(feed.length);
    expect(await prisma.reportActivity.findUniqueOrThrow({ where: { id: 'a1' } })).toMatchObject({ organisationId: 'o1' });
  });
});
