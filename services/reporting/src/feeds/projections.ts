import type { DomainEvent } from '@cort/events';
import type { Prisma } from '../generated/prisma/client';
import { projectionOf, type Producer, type Projection } from '../domain/report-events';

type Tx = Prisma.TransactionClient;

async function project(tx: Tx, projection: Projection) {
  switch (projection.kind) {
    case 'activity': {
      const { id, ...facts } = projection.activity;
      await tx.reportActivity.upsert({ where: { id }, create: projection.activity, update: facts });
      return;
    }
    case 'session': {
      const { id, ...facts } = projection.session;
      await tx.reportSession.upsert({ where: { id }, create: projection.session, update: facts });
      return;
    }
    case 'enrolment':
      // Enrolled again after a withdrawal: still the same one participant of that activity.
      await tx.reportEnrolment.createMany({ data: [projection.enrolment], skipDuplicates: true });
      return;
    case 'exit':
      // Once per participant; the first record of it stands.
      await tx.reportParticipantExit.createMany({ data: [projection.exit], skipDuplicates: true });
      return;
  }
}

/**
 * Applies a producer's events exactly once each, inside the caller's transaction: their ids go into
 * ProcessedEvent first (one statement for the page), and only the ids that were not there yet are
 * applied. An event seen before (a page pulled again after a crash, a replay) changes nothing, and an
 * event reporting has no use for is still marked, so the record of what was read stays complete.
 * Returns how many events were new.
 */
export async function applyEvents(tx: Tx, producer: Producer, events: DomainEvent[]): Promise<number> {
  if (!events.length) return 0;
  const inserted = await tx.processedEvent.createManyAndReturn({
    data: events.map((event) => ({ eventId: event.id, producer })),
    skipDuplicates: true,
    select: { eventId: true },
  });
  const fresh = new Set(inserted.map((row) => row.eventId));
  for (const event of events) {
    if (!fresh.has(event.id)) continue;
    const projection = projectionOf(producer, event);
    if (projection) await project(tx, projection);
  }
  return fresh.size;
}
