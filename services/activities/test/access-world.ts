import { randomUUID } from 'node:crypto';
import { handedOutOnce, worldId } from '@cort/testing';
import type { ActivityStatus, PrismaClient, SessionStatus } from '../src/generated/prisma/client';

/**
 * The small world the access properties of the activities service run in: three prisons, two partner
 * organisations with their facilitators, and per prison six activities covering every status, both
 * organisations and different facilitators, each with a session yesterday, now and tomorrow. Ids are
 * fixed so a counterexample fast-check prints can be replayed.
 */
export const PRISONS = ['HAREN', 'GENT', 'BRUGGE'] as const;
/** A prison code nobody is assigned to and nothing lives in. */
export const NO_PRISON = 'ATLANTIS';
export const ORGANISATIONS = ['0a000000-0000-4000-8000-00000000000a', '0a000000-0000-4000-8000-00000000000b'] as const;
const [ORG_A, ORG_B] = ORGANISATIONS;
/** Facilitators and the organisation each works for: two of the first, one of the second. */
export const FACILITATORS: Record<string, string> = {
  '0b000000-0000-4000-8000-000000000001': ORG_A,
  '0b000000-0000-4000-8000-000000000002': ORG_A,
  '0b000000-0000-4000-8000-000000000003': ORG_B,
};
const [F1, F2, F3] = Object.keys(FACILITATORS);
/** Someone who facilitates nothing. */
export const STRANGER = '0c000000-0000-4000-8000-000000000001';

/** Who organises an activity and who facilitates it: the parts of it its visibility depends on. */
export interface Shape {
  organisationId: string;
  facilitatorIds: string[];
}
export const SHAPES: Shape[] = [
  { organisationId: ORG_A, facilitatorIds: [] },
  { organisationId: ORG_A, facilitatorIds: [F1] },
  { organisationId: ORG_A, facilitatorIds: [F1, F2] },
  { organisationId: ORG_B, facilitatorIds: [F3] },
];

export interface WorldActivity extends Shape {
  id: string;
  prisonId: string;
  status: ActivityStatus;
}
export interface WorldSession {
  id: string;
  activityId: string;
  startsAt: Date;
}

const SEEDED: [ActivityStatus, Shape][] = [
  ['DRAFT', SHAPES[1]],
  ['PUBLISHED', SHAPES[2]],
  ['PUBLISHED', SHAPES[3]],
  ['CANCELLED', SHAPES[3]],
  ['ARCHIVED', SHAPES[0]],
  ['DRAFT', SHAPES[3]],
];

export const activities: WorldActivity[] = PRISONS.flatMap((prisonId, p) =>
  SEEDED.map(([status, shape], n) => ({ id: worldId(0xac, p, n), prisonId, status, ...shape })),
);
export const activityById = new Map(activities.map((a) => [a.id, a]));

const DAY = 86_400_000;
/** Yesterday, now and tomorrow: the day view must show exactly the middle one. */
const seededAt = Date.now();
export const sessions: WorldSession[] = activities.flatMap((a, i) =>
  [-DAY, 0, DAY].map((offset, n) => ({ id: worldId(0x5e, i, n), activityId: a.id, startsAt: new Date(seededAt + offset) })),
);
export const sessionById = new Map(sessions.map((s) => [s.id, s]));

const roomOf = (prisonId: string, what: 'seeded' | 'runs') => `${prisonId}-${what}`;
/** A period every session of the runs falls in. */
const PERIOD = { startsOn: new Date('2020-01-01'), endsOn: new Date('2099-12-31') };

const activityRow = (a: WorldActivity) => ({
  ...a,
  category: 'EDUCATIONAL' as const,
  domain: 'EDUCATION' as const,
  titleNl: 'Taalles',
  genders: ['MALE' as const, 'FEMALE' as const],
  legalStatuses: ['SUSPECT' as const, 'CONVICTED' as const],
  instructionLanguages: ['nl'],
  capacity: 10,
  objectives: [],
  ...PERIOD,
});

/** Writes the world, as the coordinators would have planned it. */
export async function seedWorld(prisma: PrismaClient): Promise<void> {
  await prisma.prison.createMany({
    data: PRISONS.map((id) => ({ id, nameNl: id, nameFr: id, nameEn: id, region: 'FLANDERS' as const })),
  });
  await prisma.location.createMany({
    data: PRISONS.flatMap((prisonId) => [
      { id: roomOf(prisonId, 'seeded'), prisonId, name: 'Leslokaal' },
      { id: roomOf(prisonId, 'runs'), prisonId, name: 'Polyvalente zaal' },
    ]),
  });
  await prisma.activity.createMany({ data: activities.map(activityRow) });
  await prisma.session.createMany({
    data: sessions.map((s) => ({
      ...s,
      locationId: roomOf(activityById.get(s.activityId)!.prisonId, 'seeded'),
      endsAt: new Date(s.startsAt.getTime() + 3_600_000),
    })),
  });
}

let slot = 0;
/** An hour in the runs' room nobody has booked yet: each run books its own, so rooms never clash. */
export function freeSlot(prisonId: string) {
  const startsAt = new Date(Date.UTC(2030, 0, 1, 6) + ++slot * 2 * 3_600_000);
  return { startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), locationId: roomOf(prisonId, 'runs') };
}

const BATCH = 25;

/**
 * Objects made for mutation runs, in batches, each handed out once, so an admitted change always finds
 * its object as it needs it (an activity in the status the move starts from, a scheduled session) and
 * the seeded objects the reads use never change.
 */
export function objectsForRuns(prisma: PrismaClient) {
  const take = handedOutOnce<WorldActivity>();
  async function make(prisonId: string, shape: Shape, status: ActivityStatus, session: SessionStatus | null) {
    const made = Array.from({ length: BATCH }, () => ({ id: randomUUID(), prisonId, status, ...shape }));
    // A later start than the seeded ones: the reads' first page, ordered by start, shows the seeded first.
    await prisma.activity.createMany({ data: made.map((a) => ({ ...activityRow(a), startsOn: new Date('2021-01-01') })) });
    if (session) {
      const cancelled = session === 'CANCELLED' ? { cancellationReason: 'Lockdown.', cancellationReasonCode: 'LOCKDOWN' as const } : {};
      await prisma.session.createMany({
        data: made.map((a) => ({ id: `session-of-${a.id}`, activityId: a.id, status: session, ...cancelled, ...freeSlot(prisonId) })),
      });
    }
    return made;
  }
  const of = (prisonId: string, shape: Shape, status: ActivityStatus, session: SessionStatus | null = null) =>
    take([prisonId, SHAPES.indexOf(shape), status, session].join('|'), () => make(prisonId, shape, status, session));
  return {
    activity: (prisonId: string, shape: Shape, status: ActivityStatus) => of(prisonId, shape, status),
    /** A scheduled session still to come, of an activity made for it: its id is `session-of-<activity id>`. */
    sessionOf: (prisonId: string, shape: Shape, status: ActivityStatus) => of(prisonId, shape, status, 'SCHEDULED'),
    /** The same, cancelled (a lockdown), in a room still free: what restoreSession starts from. */
    cancelledSessionOf: (prisonId: string, shape: Shape, status: ActivityStatus) => of(prisonId, shape, status, 'CANCELLED'),
  };
}
