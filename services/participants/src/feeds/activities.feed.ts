import { createFollower, type DomainEvent, type FeedPage, type Follower } from '@cort/events';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { closeOpenEnrolments, fillFreePlaces, lockActivity } from '../modules/enrolment/enrolment.repository';

const PRODUCER = 'activities';
const ACTIVITY_EVENTS = new Set(['ActivityCreated', 'ActivityUpdated', 'ActivityPublished', 'ActivityArchived', 'ActivityCancelled']);

interface ActivityFacts {
  activityId: string;
  prisonId: string;
  organisationId: string;
  status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED' | 'CANCELLED';
  capacity: number;
  screeningRequired: boolean;
  genders: ('MALE' | 'FEMALE')[];
  legalStatuses: ('SUSPECT' | 'CONVICTED' | 'INTERNED')[];
  endsOn: string;
  /** Person ids of the facilitators (volunteers see their sessions' participants); absent in older events. */
  facilitatorIds?: string[];
}

const SYSTEM = 'system:activities-feed';
const CLOSING: Record<string, string> = {
  ActivityCancelled: 'The activity was cancelled.',
  ActivityArchived: 'The activity was archived.',
};

/**
 * Every activity event carries the activity's facts as they now are: applying it is an upsert. Then the
 * enrolments follow: a cancelled or archived activity closes its open enrolments; a raised capacity
 * promotes from the waiting list (a lowered one changes nobody). Applying an event twice changes nothing.
 */
async function apply(tx: Prisma.TransactionClient, event: DomainEvent) {
  if (!ACTIVITY_EVENTS.has(event.type)) return;
  const facts = event.payload as unknown as ActivityFacts;
  const data = {
    prisonId: facts.prisonId,
    organisationId: facts.organisationId,
    status: facts.status,
    capacity: facts.capacity,
    screeningRequired: facts.screeningRequired,
    genders: facts.genders,
    legalStatuses: facts.legalStatuses,
    endsOn: new Date(`${facts.endsOn}T00:00:00Z`),
    ...(facts.facilitatorIds ? { facilitatorIds: facts.facilitatorIds } : {}),
  };
  const before = await tx.activityView.findUnique({ where: { id: facts.activityId } });
  const view = await tx.activityView.upsert({ where: { id: facts.activityId }, create: { id: facts.activityId, ...data }, update: data });
  if (CLOSING[event.type]) {
    await lockActivity(tx, view.id);
    await closeOpenEnrolments(tx, view.id, SYSTEM, CLOSING[event.type]);
  } else if (view.status === 'PUBLISHED' && before && view.capacity > before.capacity) {
    await lockActivity(tx, view.id);
    await fillFreePlaces(tx, view, SYSTEM);
  }
}

/**
 * Keeps this service's view of the activities up to date from the activities service's feed: each page
 * is applied and its cursor stored in one transaction, so a restart resumes where it stopped.
 */
export function createActivitiesFollower(prisma: PrismaClient, pull: (after: string | null) => Promise<FeedPage>) {
  return createFollower({
    pull,
    storedCursor: async () => (await prisma.feedCursor.findUnique({ where: { producer: PRODUCER } }))?.cursor ?? null,
    applyPage: (events, cursor) =>
      prisma.$transaction(async (tx) => {
        for (const event of events) await apply(tx, event);
        await tx.feedCursor.upsert({ where: { producer: PRODUCER }, create: { producer: PRODUCER, cursor }, update: { cursor } });
      }),
  });
}

export type ActivitiesFollower = Follower;
