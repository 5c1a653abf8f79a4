import {
  activitiesEvents,
  type ActivitiesCatalogue,
  type ActivityFacts,
  type NeedsAssessmentFacts,
  type SessionFacts,
} from '@cort/activities/events';
import { createLogger, type Logger } from '@cort/common';
import { createEventConsumer, createStoredFollower, type DomainEvent, type FeedPage, type Follower } from '@cort/events';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { keepActivity, keepSession } from '../modules/volunteer-hours/facilitated-sessions.repository';
import { keepAssessmentWishes } from '../modules/wish/known-wishes.repository';
import { keepDeadLetter } from './dead-letter.repository';

type Tx = Prisma.TransactionClient;
type Status = 'SCHEDULED' | 'HELD' | 'CANCELLED';

const PRODUCER = activitiesEvents.producer;

/** Every activity event carries who facilitates it now (absent in early events: the view keeps what it had). */
const activity = (tx: Tx, facts: ActivityFacts) =>
  keepActivity(tx, facts.activityId, {
    prisonId: facts.prisonId,
    organisationId: facts.organisationId,
    ...(facts.facilitatorIds ? { facilitatorIds: facts.facilitatorIds } : {}),
  }).then(() => undefined);

/** Every session event carries the session as it now is; the event's type says what happened to it. */
const session = (status?: Status) => (tx: Tx, facts: SessionFacts) =>
  keepSession(tx, facts.sessionId, {
    activityId: facts.activityId,
    startsAt: new Date(facts.startsAt),
    endsAt: new Date(facts.endsAt),
    status: status ?? facts.status,
  }).then(() => undefined);

/** A needs assessment's event carries its wishes as they are now: the view keeps their prison, drops the rest. */
const assessment = (tx: Tx, facts: NeedsAssessmentFacts) =>
  keepAssessmentWishes(
    tx,
    facts.assessmentId,
    facts.prisonId,
    facts.wishes.map((wish) => ({ id: wish.wishId, domain: wish.domain })),
  );

/**
 * The activities feed as this service reads it: who facilitates which activity and which of its sessions
 * were held, for the volunteer hours; which prison each wish of a needs assessment belongs to, for the
 * actions answering them. One handler per event type it follows; an event it cannot read is
 * kept as a dead letter.
 */
const activitiesConsumer = (logger: Pick<Logger, 'error'>) =>
  createEventConsumer<ActivitiesCatalogue, Tx>({
    catalogue: activitiesEvents,
    handlers: {
      ActivityCreated: activity,
      ActivityUpdated: activity,
      ActivityPublished: activity,
      ActivityArchived: activity,
      ActivityCancelled: activity,
      SessionScheduled: session(),
      SessionMoved: session(),
      SessionRestored: session('SCHEDULED'),
      SessionCancelled: session('CANCELLED'),
      SessionHeld: session('HELD'),
      NeedsAssessmentRecorded: assessment,
      NeedsAssessmentUpdated: assessment,
    },
    deadLetter: keepDeadLetter,
    logger,
  });

/**
 * Applies a page's events exactly once each: their ids go into ProcessedEvent first, and only those not
 * there yet are applied. A page pulled again after a crash changes nothing.
 */
export async function applyActivitiesEvents(tx: Tx, events: DomainEvent[], logger: Pick<Logger, 'error'>) {
  if (!events.length) return 0;
  const inserted = await tx.processedEvent.createManyAndReturn({
    data: events.map((event) => ({ eventId: event.id, producer: PRODUCER })),
    skipDuplicates: true,
    select: { eventId: true },
  });
  const fresh = new Set(inserted.map((row) => row.eventId));
  await activitiesConsumer(logger)(
    tx,
    events.filter((event) => fresh.has(event.id)),
  );
  return fresh.size;
}

/**
 * Keeps this service's view of the facilitated sessions up to date from the activities feed: each page
 * is applied and its cursor stored in one transaction, so a restart resumes where it stopped; replicas
 * apply each page once among them.
 */
export function createActivitiesFollower(
  prisma: PrismaClient,
  pull: (after: string | null) => Promise<FeedPage>,
  logger: Pick<Logger, 'error'> = createLogger('organisations'),
): Follower {
  return createStoredFollower<Tx>({
    consumer: 'organisations',
    producer: PRODUCER,
    pull,
    prisma,
    apply: async (tx, events) => void (await applyActivitiesEvents(tx, events, logger)),
  });
}
