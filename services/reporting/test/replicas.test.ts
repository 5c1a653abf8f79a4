import path from 'node:path';
import { decodeCursor, readFeed, type CatchUpOptions, type DomainEvent, type FeedPage } from '@cort/events';
import { openDatabase, withDatabase, type Database } from '@cort/db';
import { createTestDatabase, type TestDatabase } from '@cort/testing';
import { PrismaClient as ActivitiesClient } from '../../activities/src/generated/prisma/client';
import { PrismaClient as ParticipantsClient } from '../../participants/src/generated/prisma/client';
import type { Producer } from '../src/domain/report-events';
import { createReportFollower } from '../src/feeds/report.feed';
import { PrismaClient } from '../src/generated/prisma/client';
import { activitiesFeed, participantsFeed, projectedRowsOf } from './attendance-feed';
import { servedFeed } from './served-feed';

// Two replicas of reporting on one database follow the activities and participants feeds side by side,
// the feeds served by readFeed from the producers' own outboxes (PGlite, or PostgreSQL with
// TEST_DATABASE_URL, where each replica has its own connections). Each page is applied by one replica
// only: the stored cursor goes from page to page without going back or repeating one, and the
// projections are those a single follower makes.
const migrations = (service: string) => path.join(__dirname, '..', '..', service, 'prisma', 'migrations');
const PAGE = 2;

type Outbox = ActivitiesClient | ParticipantsClient;

/** Writes events into a producer's outbox, a few per transaction, as the service would. */
async function publish(outbox: Outbox, events: DomainEvent[]) {
  for (let i = 0; i < events.length; i += 3) {
    const data = events.slice(i, i + 3).map(({ id, type, version, occurredAt, payload }) => ({
      id,
      type,
      version,
      occurredAt: new Date(occurredAt),
      payload: payload as object,
    }));
    await (outbox as ActivitiesClient).outboxEvent.createMany({ data });
  }
}

/** Every change of the stored cursors, in the order they were committed. */
async function logCursorChanges(prisma: PrismaClient) {
  await prisma.$executeRawUnsafe(`CREATE TABLE "CursorLog" ("n" SERIAL PRIMARY KEY, "producer" TEXT, "before" TEXT, "after" TEXT)`);
  await prisma.$executeRawUnsafe(`
    CREATE FUNCTION log_cursor() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' THEN
        INSERT INTO "CursorLog" ("producer", "before", "after") VALUES (NEW."producer", OLD."cursor", NEW."cursor");
      ELSE
        INSERT INTO "CursorLog" ("producer", "before", "after") VALUES (NEW."producer", NULL, NEW."cursor");
      END IF;
      RETURN NEW;
    END $$`);
  await prisma.$executeRawUnsafe(
    `CREATE TRIGGER log_cursor AFTER INSERT OR UPDATE ON "FeedCursor" FOR EACH ROW EXECUTE FUNCTION log_cursor()`,
  );
}

/** The projected rows and figures (without update times), to compare two databases. */
async function projectionOf(prisma: PrismaClient) {
  return {
    ...(await projectedRowsOf(prisma)),
    processed: (await prisma.processedEvent.findMany({ orderBy: { eventId: 'asc' } })).map(({ eventId, producer }) => ({
      eventId,
      producer,
    })),
    deadLetters: await prisma.deadLetterEvent.count(),
  };
}

const position = (cursor: string) => decodeCursor(cursor);
const isBefore = (a: string | null, b: string) => {
  if (a === null) return true;
  const [x, y] = [position(a), position(b)];
  return x.transactionId < y.transactionId || (x.transactionId === y.transactionId && x.position < y.position);
};

describe(`two reporting replicas following the same feeds (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const databases: TestDatabase[] = [];
  const clients: { $disconnect(): Promise<void> }[] = [];
  let second: Database | undefined;
  let activities: ActivitiesClient;
  let participants: ParticipantsClient;
  let single: PrismaClient;
  let replicaA: PrismaClient;
  let replicaB: PrismaClient;

  beforeAll(async () => {
    const [activitiesDb, participantsDb, singleDb, sharedDb] = [
      await createTestDatabase('activities', migrations('activities')),
      await createTestDatabase('participants', migrations('participants')),
      await createTestDatabase('reporting', migrations('reporting')),
      await createTestDatabase('reporting', migrations('reporting')),
    ];
    databases.push(activitiesDb, participantsDb, singleDb, sharedDb);
    activities = new ActivitiesClient({ adapter: activitiesDb.adapter });
    participants = new ParticipantsClient({ adapter: participantsDb.adapter });
    single = new PrismaClient({ adapter: singleDb.adapter });
    replicaA = new PrismaClient({ adapter: sharedDb.adapter });
    // On PostgreSQL the second replica opens the database itself (its own pool); PGlite has one process.
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (adminUrl) second = await openDatabase({ service: 'reporting', url: withDatabase(adminUrl, sharedDb.name) });
    replicaB = new PrismaClient({ adapter: (second ?? sharedDb).adapter });
    clients.push(activities, participants, single, replicaA, replicaB);
    await logCursorChanges(replicaA);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.$disconnect()));
    await second?.close();
    await Promise.all(databases.map((db) => db.drop()));
  });

  it('apply every page once between them, the cursor only moving on, as a single follower would', async () => {
    const outboxes: Record<'activities' | 'participants', Outbox> = { activities, participants };
    const feeds = { activities: activitiesFeed, participants: participantsFeed };
    const producers = ['activities', 'participants'] as const;
    // Every page either replica was served, by producer: what the stored cursors must go through.
    const served: Record<string, Set<string>> = { activities: new Set(), participants: new Set() };
    const pullOf =
      (producer: Producer) =>
      async (after: string | null): Promise<FeedPage> => {
        const page = await readFeed(outboxes[producer as 'activities'], after, PAGE);
        served[producer].add(page.cursor);
        return page;
      };
    const followers = (prisma: PrismaClient) => producers.map((producer) => createReportFollower(prisma, producer, pullOf(producer)));
    const [a, b] = [followers(replicaA), followers(replicaB)];
    // As background ticks (a replica finding the other applying leaves the feed to it), or as requests do.
    const bothCatchUp = (options?: CatchUpOptions) => Promise.all([...a, ...b].map((follower) => follower.catchUp(options)));

    // Half of each feed, followed by both replicas at once; then the rest, while they follow.
    const half = (events: DomainEvent[]) => Math.ceil(events.length / 2);
    for (const producer of producers) await publish(outboxes[producer], feeds[producer].slice(0, half(feeds[producer])));
    await bothCatchUp({ skipWhenBusy: true });
    await Promise.all([
      ...producers.map((producer) => publish(outboxes[producer], feeds[producer].slice(half(feeds[producer])))),
      bothCatchUp({ skipWhenBusy: true }),
    ]);
    for (const producer of producers) await servedFeed(outboxes[producer]);
    await bothCatchUp();
    // One more turn each, one after the other: both at the end of the feed.
    for (const follower of [...a, ...b]) await follower.catchUp();

    for (const producer of producers) await createReportFollower(single, producer, pullOf(producer)).catchUp();
    const expected = await projectionOf(single);
    expect(expected.processed).toHaveLength(activitiesFeed.length + participantsFeed.length);
    expect(expected.deadLetters).toBe(0);
    expect(await projectionOf(replicaA)).toEqual(expected);

    const log = await replicaA.$queryRawUnsafe<{ producer: string; before: string | null; after: string }[]>(
      `SELECT "producer", "before", "after" FROM "CursorLog" ORDER BY "n"`,
    );
    for (const producer of producers) {
      const changes = log.filter((change) => change.producer === producer);
      // A chain from nothing: each change starts where the last one ended and moves on (never back, never
      // the same page twice), and it ends at the end of the feed.
      changes.forEach((change, i) => {
        expect(change.before).toBe(i === 0 ? null : changes[i - 1].after);
        expect(isBefore(change.before, change.after)).toBe(true);
      });
      const end = (await readFeed(outboxes[producer], null, 1000)).cursor;
      expect(changes.at(-1)?.after).toBe(end);
      // Every stored cursor is the end of a page served, and no two changes stored the same one.
      expect(new Set(changes.map((change) => change.after)).size).toBe(changes.length);
      for (const change of changes) expect(served[producer].has(change.after)).toBe(true);
    }
  });
});
