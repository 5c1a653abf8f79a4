// When the consumers have read every event their producers wrote: each consumer's stored cursor (the
// feed's position of the last event it applied) against the producer's last outbox position.
const { setTimeout: sleep } = require('node:timers/promises');
const { decodeCursor } = require('@cort/events');

/** Which feeds each service follows (only those of the simulation's services are waited for). */
const FOLLOWS = { participants: ['activities'], reporting: ['activities', 'organisations', 'participants'] };

async function lastPosition(prisma) {
  const [row] = await prisma.$queryRawUnsafe('SELECT max("position") AS last FROM "OutboxEvent"');
  return row.last === null ? -1n : BigInt(row.last);
}

/** The producers `consumer` follows among the simulation's services, with the client of each. */
function producersOf(services, consumer) {
  return (FOLLOWS[consumer] ?? [])
    .filter((producer) => services[producer])
    .map((producer) => ({ producer, prisma: services[producer].prisma }));
}

/** Each followed producer with the position `consumer` stored for its feed (the feed's start when none yet). */
async function cursorsOf(services, consumer) {
  if (!services[consumer]) return [];
  const stored = await services[consumer].prisma.feedCursor.findMany();
  return producersOf(services, consumer).map((followed) => ({
    ...followed,
    at: decodeCursor(stored.find((c) => c.producer === followed.producer)?.cursor),
  }));
}

/** Events not yet applied, summed over every consumer and feed. */
async function lag(services) {
  let behind = 0n;
  for (const consumer of Object.keys(FOLLOWS)) {
    for (const { prisma, at } of await cursorsOf(services, consumer)) {
      const last = await lastPosition(prisma);
      if (last > at.position) behind += last - at.position;
    }
  }
  return Number(behind);
}

/** The events written so far by `consumer`'s producers (the sum of their last positions): a rate's numerator. */
async function eventsWritten(services, consumer = 'reporting') {
  let written = 0n;
  for (const { prisma } of producersOf(services, consumer)) written += (await lastPosition(prisma)) + 1n;
  return Number(written);
}

/**
 * How long ago (ms) the oldest event `consumer` has not applied yet (the next its feed serves after the
 * stored cursor) was written, the largest over its producers; 0 when it has applied every one. "Written" is
 * the outbox's occurredAt: set by the producer's Prisma client when it wrote the change, in UTC, so it is
 * compared with the database's clock in UTC (whatever the session's time zone). A long transaction counts
 * in full: the feed serves no event before its commit.
 */
async function unreadAgeMs(services, consumer = 'reporting') {
  let oldest = 0;
  for (const { prisma, at } of await cursorsOf(services, consumer)) {
    // The next event the feed serves after the cursor, in the feed's own order (transaction, then position).
    const [row] = await prisma.$queryRawUnsafe(
      `SELECT (extract(epoch FROM (now() AT TIME ZONE 'UTC') - "occurredAt") * 1000)::float8 AS age FROM "OutboxEvent"
        WHERE ("transactionId", "position") > ($1::bigint, $2::bigint) ORDER BY "transactionId", "position" LIMIT 1`,
      String(at.transactionId),
      String(at.position),
    );
    if (row) oldest = Math.max(oldest, row.age);
  }
  return oldest;
}

/** Waits until the lag is zero, calling `progress(lag)` on each look; gives up after `timeoutMs`. */
async function waitCaughtUp(services, { progress = () => {}, timeoutMs = 30 * 60_000, pollMs = 250 } = {}) {
  const giveUp = Date.now() + timeoutMs;
  for (;;) {
    const behind = await lag(services);
    progress(behind);
    if (behind === 0) return;
    if (Date.now() > giveUp) throw new Error(`the feeds are still ${behind} events behind after ${timeoutMs / 1000} s`);
    await sleep(pollMs);
  }
}

module.exports = { waitCaughtUp, lag, eventsWritten, unreadAgeMs };
