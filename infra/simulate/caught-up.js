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

module.exports = { waitCaughtUp, lag };
