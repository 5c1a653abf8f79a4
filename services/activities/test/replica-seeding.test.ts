import path from 'node:path';
import { generateInternalKeyPair } from '@cort/auth';
import { openDatabase, withDatabase, type Database } from '@cort/db';
import { createTestDatabase, type TestDatabase } from '@cort/testing';
import { loadConfig } from '../src/config';
import { PrismaClient } from '../src/generated/prisma/client';
import { seedDemoData } from '../src/seed/demo';
import { ensurePrisons } from '../src/seed/prisons';
import { createServer } from '../src/server';

// Two replicas of the activities service starting at the same time on one database, both asked to seed
// the demo data (PGlite, or PostgreSQL with TEST_DATABASE_URL, where each replica opens the database
// itself): the demo is seeded once, as by one service alone, and its events are published once.
const migrations = path.join(__dirname, '..', 'prisma', 'migrations');

/**
 * What the demo seeding leaves behind, counted (a second seeding would double every count). Two kinds of
 * event vary from one seeding to the next and are left out: SessionHeld (which sessions are over depends
 * on the minute, and the replicas' sweep marks those ended since) and ActivityWishesLinked (which
 * activity answers a wish depends on the order of generated ids).
 */
async function demoOf(prisma: PrismaClient) {
  return {
    prisons: await prisma.prison.count(),
    activities: await prisma.activity.count(),
    sessions: await prisma.session.count(),
    events: (
      await prisma.outboxEvent.groupBy({
        by: ['type'],
        where: { type: { notIn: ['SessionHeld', 'ActivityWishesLinked'] } },
        _count: true,
        orderBy: { type: 'asc' },
      })
    ).map((group) => [group.type, group._count]),
  };
}

describe(`demo seeding by two replicas starting together (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const databases: TestDatabase[] = [];
  let second: Database | undefined;

  afterAll(async () => {
    await second?.close();
    await Promise.all(databases.map((db) => db.drop()));
  });

  it('seeds one set of demo data', async () => {
    const [shared, reference] = [await createTestDatabase('activities', migrations), await createTestDatabase('activities', migrations)];
    databases.push(shared, reference);
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (adminUrl) second = await openDatabase({ service: 'activities', url: withDatabase(adminUrl, shared.name) });

    // Nothing answers at the participants address: the replicas' feed follower only fails quietly.
    const config = {
      ...loadConfig({}),
      port: 0,
      seedDemoData: true,
      participantsUrl: 'http://127.0.0.1:9/graphql',
      followIntervalMs: 60_000,
    };
    const internalKeys = generateInternalKeyPair();
    const servers = await Promise.all([
      createServer(config, { database: shared, internalKeys }),
      createServer(config, { database: second ?? shared, internalKeys }),
    ]);
    const seeded = await demoOf(servers[0].prisma as PrismaClient);
    await Promise.all(servers.map((server) => server.stop()));

    // The same demo, seeded by one service alone.
    const prisma = new PrismaClient({ adapter: reference.adapter });
    try {
      await ensurePrisons(prisma);
      expect(await seedDemoData(prisma)).toBe(true);
      const once = await demoOf(prisma);
      expect(once.activities).toBeGreaterThan(0);
      expect(seeded).toEqual(once);
    } finally {
      await prisma.$disconnect();
    }
  });
});
