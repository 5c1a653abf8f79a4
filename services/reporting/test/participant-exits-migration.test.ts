import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '@cort/db';
import type { DomainEvent } from '@cort/events';
import { createTestDatabase, type TestDatabase } from '@cort/testing';
import type { Producer } from '../src/domain/report-events';
import { applyEvents } from '../src/feeds/projections';
import { PrismaClient } from '../src/generated/prisma/client';
import { enrolment, exit } from './events';

// A reporting database that read the participants feed before exits were projected: the migration makes
// it read that feed again, which adds the exits it skipped and changes nothing else.
const MIGRATIONS = path.join(__dirname, '..', 'prisma', 'migrations');
const BEFORE_EXITS = '20261123101828_init';
const EXITS = '20261123111725_participant_exits';

/** A migrations folder with the given committed migrations only: the database as it was at that point. */
function migrationsFolder(names: string[]): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-reporting-migrations-'));
  for (const name of names) fs.cpSync(path.join(MIGRATIONS, name), path.join(folder, name), { recursive: true });
  fs.copyFileSync(path.join(MIGRATIONS, 'migration_lock.toml'), path.join(folder, 'migration_lock.toml'));
  return folder;
}

describe('the participant_exits migration', () => {
  let older: string;
  let throughExits: string;
  let db: TestDatabase;
  let prisma: PrismaClient;
  const LEFT = new Date('2024-05-01T08:00:00Z');
  const participantsFeed = [
    enrolment('p-1', 'a1'),
    enrolment('p-2', 'a1'),
    exit('p-1', LEFT),
    enrolment('p-2', 'a1', 'WITHDRAWN', 'ENROLLED'),
  ];

  beforeAll(async () => {
    older = migrationsFolder([BEFORE_EXITS]);
    // Later migrations (dead letters, …) are not this test's: it applies the exits migration alone.
    throughExits = migrationsFolder([BEFORE_EXITS, EXITS]);
    db = await createTestDatabase('reporting-before-exits', older);
    prisma = new PrismaClient({ adapter: db.adapter });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
    for (const folder of [older, throughExits]) fs.rmSync(folder, { recursive: true, force: true });
  });

  // Raw SQL: the generated client already knows ReportParticipantExit, which this schema lacks.
  const apply = (producer: Producer, events: DomainEvent[]) => prisma.$transaction((tx) => applyEvents(tx, producer, events));

  it('reads the participants feed again from its start, so earlier releases and transfers are known', async () => {
    // Raw SQL too: the generated client's activity row has columns later migrations add.
    await prisma.$executeRaw`INSERT INTO "ReportActivity" ("id", "prisonId", "category", "status", "updatedAt") VALUES ('a1', 'HAREN', 'EDUCATIONAL', 'PUBLISHED', now())`;
    // Before the migration, exits were not projected: mark the feed read as the older code did.
    await prisma.$executeRaw`INSERT INTO "ProcessedEvent" ("eventId", "producer") SELECT unnest(${participantsFeed.map((e) => e.id)}::text[]), 'participants'`;
    await prisma.$executeRaw`INSERT INTO "ReportEnrolment" ("participantId", "activityId") VALUES ('p-1', 'a1'), ('p-2', 'a1')`;
    await prisma.$executeRaw`INSERT INTO "FeedCursor" ("producer", "cursor", "updatedAt") VALUES ('participants', 'somewhere', now()), ('activities', 'elsewhere', now())`;
    const enrolments = () => prisma.$queryRaw`SELECT "participantId", "activityId" FROM "ReportEnrolment" ORDER BY "participantId"`;
    const enrolmentsBefore = await enrolments();

    expect(await migrate(db, throughExits)).toEqual([expect.stringMatching(/_participant_exits$/)]);

    expect(await prisma.feedCursor.findMany({ select: { producer: true } })).toEqual([{ producer: 'activities' }]);
    expect(await prisma.processedEvent.count({ where: { producer: 'participants' } })).toBe(0);
    // Today's code reads the feed again into today's schema: the later migrations first.
    await migrate(db, MIGRATIONS);
    expect(await apply('participants', participantsFeed)).toBe(participantsFeed.length);
    expect(await prisma.reportParticipantExit.findMany()).toEqual([{ participantId: 'p-1', leftAt: LEFT, pseudonymisedAt: null }]);
    expect(await enrolments()).toEqual(enrolmentsBefore);
  });
});
