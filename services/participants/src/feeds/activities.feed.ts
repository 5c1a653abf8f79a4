import type { DomainEvent, FeedPage } from '@cort/events';
import type { Prisma, PrismaClient } from '../generated/prisma/client';

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
}

/** Every activity event carries the activity's facts as they now are: applying it is an upsert. */
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
  };
  await tx.activityView.upsert({ where: { id: facts.activityId }, create: { id: facts.activityId, ...data }, update: data });
}

/**
 * Keeps this service's view of the activities up to date from the activities service's feed: each page
 * is applied and its cursor stored in one transaction, so a restart resumes where it stopped. One
 * catch-up at a time per process (a second caller waits for the running one, then runs its own).
 */
export function createActivitiesFollower(prisma: PrismaClient, pull: (after: string | null) => Promise<FeedPage>) {
  let running: Promise<void> = Promise.resolve();
  const catchUp = async () => {
    for (;;) {
      const stored = await prisma.feedCursor.findUnique({ where: { producer: PRODUCER } });
      const page = await pull(stored?.cursor ?? null);
      await prisma.$transaction(async (tx) => {
        for (const event of page.events) await apply(tx, event);
        await tx.feedCursor.upsert({
          where: { producer: PRODUCER },
          create: { producer: PRODUCER, cursor: page.cursor },
          update: { cursor: page.cursor },
        });
      });
      if (!page.hasMore) return;
    }
  };
  return {
    catchUp(): Promise<void> {
      running = running.catch(() => undefined).then(catchUp);
      return running;
    },
  };
}

export type ActivitiesFollower = ReturnType<typeof createActivitiesFollower>;
