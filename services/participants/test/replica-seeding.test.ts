import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createServer as createActivitiesServer, loadConfig as loadActivitiesConfig } from '@cort/activities';
import { generateInternalKeyPair } from '@cort/auth';
import { openDatabase, withDatabase, type Database } from '@cort/db';
import { createTestDatabase, type TestDatabase } from '@cort/testing';
import { loadConfig } from '../src/config';
import { PrismaClient } from '../src/generated/prisma/client';
import { createServer } from '../src/server';

// Two replicas of the participants service starting together on one database, both asked for demo data,
// follow the real activities service's demo offer (PGlite, or PostgreSQL with TEST_DATABASE_URL, where
// each replica opens the database itself). The demo data that waits for the feed (enrolments, attendance,
// follow-ups, ...) is seeded once, as by one service alone: each replica reads the feed to its end before
// seeding, and seeds one at a time.
const migrations = path.join(__dirname, '..', 'prisma', 'migrations');
const activitiesMigrations = path.join(__dirname, '..', '..', 'activities', 'prisma', 'migrations');

/** What the demo seeding leaves behind, counted (a second seeding beside the first would double them). */
async function demoOf(prisma: PrismaClient) {
  return {
    participants: await prisma.participant.count(),
    enrolments: await prisma.enrolment.count(),
    marks: await prisma.attendanceMark.count(),
    followUps: await prisma.dropoutFollowUp.count(),
    suspensions: await prisma.enrolmentSuspension.count(),
    nonAssociations: await prisma.nonAssociation.count(),
    securityAdvice: await prisma.securityAdviceRequest.count(),
    feedbackForms: await prisma.feedbackForm.count(),
  };
}

/** Waits until the last seeding after the feed (feedback forms) has written, then for every seeding queued. */
async function seeded(database: Database, prisma: PrismaClient) {
  while ((await prisma.feedbackForm.count()) === 0) await sleep(250);
  await database.runAlone('demo seeding participants', async () => undefined);
  return demoOf(prisma);
}

describe(`participants demo seeding by two replicas starting together (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const databases: TestDatabase[] = [];
  const opened: Database[] = [];
  const stops: (() => Promise<void>)[] = [];

  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
    await Promise.all(opened.map((db) => db.close()));
    await Promise.all(databases.map((db) => db.drop()));
  });

  it('seeds one set of the demo data that waits for the activities feed', async () => {
    const internalKeys = generateInternalKeyPair();
    const activitiesDb = await createTestDatabase('activities', activitiesMigrations);
    const [shared, reference] = [
      await createTestDatabase('participants', migrations),
      await createTestDatabase('participants', migrations),
    ];
    databases.push(activitiesDb, shared, reference);

    // The demo offer, published on the activities feed (nothing answers at the participants address).
    const activities = await createActivitiesServer(
      { ...loadActivitiesConfig({}), port: 0, seedDemoData: true, participantsUrl: 'http://127.0.0.1:9/graphql', followIntervalMs: 60_000 },
      { database: activitiesDb, internalKeys },
    );
    stops.push(() => activities.stop());

    const config = {
      ...loadConfig({}),
      port: 0,
      seedDemoData: true,
      activitiesUrl: new URL('/graphql', activities.url).href,
      followIntervalMs: 100,
    };
    const adminUrl = process.env.TEST_DATABASE_URL;
    const second = adminUrl ? await openDatabase({ service: 'participants', url: withDatabase(adminUrl, shared.name) }) : shared;
    if (second !== shared) opened.push(second);
    const replicas = await Promise.all([
      createServer(config, { database: shared, internalKeys }),
      createServer(config, { database: second, internalKeys }),
    ]);
    stops.push(...replicas.map((replica) => () => replica.stop()));
    const alone = await createServer(config, { database: reference, internalKeys });
    stops.push(() => alone.stop());

    const once = await seeded(reference, alone.prisma as PrismaClient);
    expect(once.enrolments).toBeGreaterThan(0);
    expect(once.marks).toBeGreaterThan(0);
    expect(await seeded(shared, replicas[0].prisma as PrismaClient)).toEqual(once);
    // Both replicas are past their seeding (each waited for the feed, then for the other): nothing more comes.
    await second.runAlone('demo seeding participants', async () => undefined);
    expect(await demoOf(replicas[1].prisma as PrismaClient)).toEqual(once);
  });
});
