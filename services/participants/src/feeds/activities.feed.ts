import { activitiesEvents, type ActivitiesCatalogue, type ActivityFacts } from '@cort/activities/events';
import { createLogger, fromCalendarDate, type Logger } from '@cort/common';
import { createEventConsumer, createStoredFollower, type FeedPage, type Follower } from '@cort/events';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { keepEdition, saveActivityView } from '../modules/activity/activity.repository';
import { lockActivity } from '../modules/enrolment/enrolment.repository';
import { closeOpenEnrolments, fillFreePlaces } from '../modules/enrolment/placement.service';
import { keepSession, sessionCancelled, sessionRestored } from '../modules/session/session-feed.service';
import { keepDeadLetter } from './dead-letter.repository';

type Tx = Prisma.TransactionClient;

const PRODUCER = activitiesEvents.producer;
const SYSTEM = 'system:activities-feed';

/** Every activity event carries the activity's facts as they now are: keeping them is an upsert. */
const keep = (tx: Tx, facts: ActivityFacts) =>
  saveActivityView(tx, facts.activityId, {
    prisonId: facts.prisonId,
    organisationId: facts.organisationId,
    status: facts.status,
    capacity: facts.capacity,
    screeningRequired: facts.screeningRequired,
    // Absent in events written before it was added: no advice required.
    securityAdviceRequired: facts.securityAdviceRequired ?? false,
    genders: facts.genders,
    legalStatuses: facts.legalStatuses,
    endsOn: fromCalendarDate(facts.endsOn),
    // Absent in events written before facilitators were published: the view keeps what it had.
    ...(facts.facilitatorIds ? { facilitatorIds: facts.facilitatorIds } : {}),
    ...(facts.instructionLanguages ? { instructionLanguages: facts.instructionLanguages } : {}),
  });

/** A raised capacity of a published activity promotes from the waiting list; a lowered one changes nobody. */
async function activityChanged(tx: Tx, facts: ActivityFacts) {
  const { before, now } = await keep(tx, facts);
  if (now.status !== 'PUBLISHED' || !before || now.capacity <= before.capacity) return;
  await lockActivity(tx, now.id);
  await fillFreePlaces(tx, now, SYSTEM);
}

/** A cancelled or archived activity closes its open enrolments: nobody is promoted. */
const activityClosed = (reason: string) => async (tx: Tx, facts: ActivityFacts) => {
  const { now } = await keep(tx, facts);
  await lockActivity(tx, now.id);
  await closeOpenEnrolments(tx, now.id, SYSTEM, reason);
};

/**
 * The activities feed as this service reads it, through the producer's catalogue: one handler per
 * activity and session event type (the sessions' view and what a cancellation does to the marks:
 * modules/session/session-feed.service.ts), and an event it cannot read kept as a dead letter.
 * Applying an event twice changes nothing.
 */
const activitiesConsumer = (logger: Pick<Logger, 'error'>) =>
  createEventConsumer<ActivitiesCatalogue, Tx>({
    catalogue: activitiesEvents,
    handlers: {
      ActivityCreated: activityChanged,
      ActivityUpdated: activityChanged,
      ActivityPublished: activityChanged,
      ActivityArchived: activityClosed('The activity was archived.'),
      ActivityCancelled: activityClosed('The activity was cancelled.'),
      SessionScheduled: keepSession(),
      SessionMoved: keepSession(),
      SessionHeld: keepSession('HELD'),
      SessionCancelled: sessionCancelled,
      SessionRestored: sessionRestored,
      // An edition's link to the one before it (the EARLIER_DROPOUT warning); idempotent.
      NextEditionPlanned: async (tx, { activityId, previousActivityId }) => void (await keepEdition(tx, activityId, previousActivityId)),
    },
    deadLetter: keepDeadLetter,
    logger,
  });

/**
 * Keeps this service's view of the activities up to date from the activities service's feed: each page
 * is applied and its cursor stored in one transaction, so a restart resumes where it stopped; replicas
 * apply each page once among them.
 */
export function createActivitiesFollower(
  prisma: PrismaClient,
  pull: (after: string | null) => Promise<FeedPage>,
  logger: Pick<Logger, 'error'> = createLogger('participants'),
) {
  const consume = activitiesConsumer(logger);
  return createStoredFollower<Tx>({
    consumer: 'participants',
    producer: PRODUCER,
    pull,
    prisma,
    apply: async (tx, events) => void (await consume(tx, events)),
  });
}

export type ActivitiesFollower = Follower;
