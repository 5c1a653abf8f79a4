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

/** Events not yet applied, summed over every consumer and feed. */
async function lag(services) {
  let behind = 0n;
  for (const [consumer, producers] of Object.entries(FOLLOWS)) {
    if (!services[consumer]) continue;
    const cursors = await services[consumer].prisma.feedCursor.findMany();
    for (const producer of producers) {
      if (!services[producer]) continue;
      const last = await lastPosition(services[producer].prisma);
      const stored = cursors.find((c) => c.producer === producer);
      const at = stored ? decodeCursor(stored.cursor).position : -1n;
      if (last > at) behind += last - at;
    }
  }
  return Number(behind);
}

/** The events written so far by `consumer`'s producers (the sum of their last positions): a rate's numerator. */
async function eventsWritten(services, consumer = 'reporting') {
  let written = 0n;
  for (const producer of FOLLOWS[consumer]) if (services[producer]) written += (await lastPosition(services[producer].prisma)) + 1n;
  return Number(written);
}

/**
 * How long ago (ms) the oldest event `consumer` has not applied yet (the next its feed serves after the
 * stored cursor) was written, the largest over its producers; 0 when it has applied every one. "Written" is the start of the producer's transaction (the outbox's occurredAt,
 * the database's now()), so a long transaction counts in full: the feed serves no event before its commit.
 * Measured by the database's clock, in the same statement, so no clock of this process comes into it.
 */
async function unreadAgeMs(services, consumer = 'reporting') {
  const cursors = await services[consumer].prisma.feedCursor.findMany();
  let oldest = 0;
  for (const producer of FOLLOWS[consumer]) {
    if (!services[producer]) continue;
    const stored = cursors.find((c) => c.producer === producer);
    const at = decodeCursor(stored?.cursor);
    // The next event the feed serves after the cursor, in the feed's own order (transaction, then position).
    const [row] = await services[producer].prisma.$queryRawUnsafe(
      `SELECT (extract(epoch FROM localtimestamp - "occurredAt") * 1000)::float8 AS age FROM "OutboxEvent"
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
