import { randomUUID } from 'node:crypto';
import { handedOutOnce, worldId } from '@cort/testing';
import type { CustodyStatus, EnrolmentStatus, PrismaClient } from '../src/generated/prisma/client';

/**
 * The small world the access properties run in: three prisons, two partner organisations, two volunteers
 * facilitating, two activities per prison, participants in custody, released and transferred, and
 * enrolments in several statuses. Ids are fixed so a counterexample fast-check prints can be replayed.
 */
export const PRISONS = ['HAREN', 'GENT', 'BRUGGE'] as const;
/** A prison code nobody is assigned to and nothing lives in. */
export const NO_PRISON = 'ATLANTIS';
export const ORGANISATIONS = ['0a000000-0000-4000-8000-00000000000a', '0a000000-0000-4000-8000-00000000000b'] as const;
export const FACILITATORS = ['0b000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000002'] as const;
/** Someone who is neither facilitator nor anyone else in the world. */
export const STRANGER = '0c000000-0000-4000-8000-000000000001';

export interface WorldActivity {
  id: string;
  prisonId: string;
  organisationId: string;
  facilitatorIds: string[];
}
export interface WorldParticipant {
  id: string;
  prisonId: string;
  status: CustodyStatus;
}
export interface WorldEnrolment {
  id: string;
  participantId: string;
  activityId: string;
  status: EnrolmentStatus;
}

const CUSTODY: CustodyStatus[] = ['IN_CUSTODY', 'IN_CUSTODY', 'IN_CUSTODY', 'RELEASED', 'TRANSFERRED'];
// Per activity of a prison: [participant index, status]; every activity has someone ENROLLED (a roll call).
const ENROLMENTS: [number, EnrolmentStatus][][] = [
  [
    [0, 'ENROLLED'],
    [1, 'WAITLISTED'],
    [3, 'WITHDRAWN'],
  ],
  [
    [1, 'ENROLLED'],
    [2, 'IN_SCREENING'],
    [0, 'COMPLETED'],
    [4, 'WITHDRAWN'],
  ],
];

export const activities: WorldActivity[] = PRISONS.flatMap((prisonId, p) => [
  { id: worldId(0xac, p, 1), prisonId, organisationId: ORGANISATIONS[0], facilitatorIds: [FACILITATORS[0]] },
  { id: worldId(0xac, p, 2), prisonId, organisationId: ORGANISATIONS[1], facilitatorIds: [FACILITATORS[1], FACILITATORS[0]] },
]);

export const participants: WorldParticipant[] = PRISONS.flatMap((prisonId, p) =>
  CUSTODY.map((status, n) => ({ id: worldId(0x1a, p, n), prisonId, status })),
);

export const enrolments: WorldEnrolment[] = PRISONS.flatMap((_prisonId, p) =>
  ENROLMENTS.flatMap((rows, a) =>
    rows.map(([n, status], e) => ({
      id: worldId(0xe0, p, a * 10 + e),
      participantId: worldId(0x1a, p, n),
      activityId: worldId(0xac, p, a + 1),
      status,
    })),
  ),
);

/** Per prison, the activity the mutation runs act in: room for everyone, so no request is refused for capacity. */
export const runActivities: WorldActivity[] = PRISONS.map((prisonId, p) => ({
  id: worldId(0xac, p, 9),
  prisonId,
  organisationId: ORGANISATIONS[0],
  facilitatorIds: [],
}));
export const runActivityOf = (prisonId: string) => runActivities.find((a) => a.prisonId === prisonId)!;

/** The participant ENROLLED in a seeded activity: the one expected at its sessions. */
export const expectedAt = (activityId: string) => enrolments.find((e) => e.activityId === activityId && e.status === 'ENROLLED')!;

const HOUR = 3_600_000;
/**
 * Per seeded activity, one session the activities feed described, `session-of-<activity id>`, held
 * yesterday, with a mark for the participant expected: what the roll call reads.
 */
export const seededSessions = activities.map((a) => ({
  id: `session-of-${a.id}`,
  activityId: a.id,
  prisonId: a.prisonId,
  locationId: `${a.prisonId}-room`,
  startsAt: new Date(Date.now() - 26 * HOUR),
  endsAt: new Date(Date.now() - 25 * HOUR),
  status: 'HELD' as const,
}));

/**
 * Per prison, one open non-association between its first two participants (both in its first activity:
 * one ENROLLED, one WAITLISTED), so every path to them could tell, and must not, those who may not know.
 */
export const nonAssociations = PRISONS.map((prisonId, p) => {
  const [participantAId, participantBId] = [worldId(0x1a, p, 0), worldId(0x1a, p, 1)].sort();
  return { id: worldId(0x4a, p, 1), prisonId, participantAId, participantBId };
});
export const keptApart = new Set(nonAssociations.flatMap((n) => [n.participantAId, n.participantBId]));

export const participantById = new Map(participants.map((p) => [p.id, p]));
export const activityById = new Map(activities.map((a) => [a.id, a]));

const NAMES = ['Amina', 'Bram', 'Chloé', 'Dries', 'Elif'];
const AFTER_THIS_YEAR = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 11, 31));

/** Writes the world, as the activities feed and the coordinators would have left it. */
export async function seedWorld(prisma: PrismaClient): Promise<void> {
  await prisma.activityView.createMany({
    data: [...activities, ...runActivities].map((a) => ({
      ...a,
      status: 'PUBLISHED' as const,
      capacity: runActivities.includes(a) ? 1_000_000 : 10,
      screeningRequired: false,
      genders: ['MALE' as const, 'FEMALE' as const],
      legalStatuses: ['SUSPECT' as const, 'CONVICTED' as const, 'INTERNED' as const],
      endsOn: AFTER_THIS_YEAR,
    })),
  });
  await prisma.participant.createMany({
    data: participants.map((p, i) => ({
      id: p.id,
      prisonId: p.prisonId,
      status: p.status,
      transferredTo: p.status === 'TRANSFERRED' ? PRISONS.find((other) => other !== p.prisonId) : null,
      detaineeNumber: `W${i}`,
      firstName: NAMES[i % NAMES.length],
      lastName: `Tester${i}`,
      gender: i % 2 ? ('FEMALE' as const) : ('MALE' as const),
      legalStatus: 'CONVICTED' as const,
      languages: ['nl'],
      registeredBy: 'seed',
    })),
  });
  // One WAITLISTED per activity at most: each is the head of its list.
  await prisma.enrolment.createMany({
    data: enrolments.map((e) => ({ ...e, idempotencyKey: `seed-${e.id}`, waitlistPosition: e.status === 'WAITLISTED' ? 1 : null })),
  });
  await prisma.enrolmentChange.createMany({ data: enrolments.map((e) => ({ enrolmentId: e.id, from: null, to: e.status, by: 'seed' })) });
  await prisma.nonAssociation.createMany({
    data: nonAssociations.map((n) => ({ ...n, reason: 'CO_ACCUSED' as const, note: 'Same case.', openedBy: 'seed' })),
  });
  await prisma.nonAssociationChange.createMany({
    data: nonAssociations.map((n) => ({ nonAssociationId: n.id, action: 'OPENED' as const, by: 'seed' })),
  });
  await prisma.sessionView.createMany({ data: seededSessions });
  await prisma.attendanceMark.createMany({
    data: seededSessions.map((s) => {
      const { id: enrolmentId, participantId } = expectedAt(s.activityId);
      return {
        sessionId: s.id,
        participantId,
        enrolmentId,
        activityId: s.activityId,
        code: 'PRESENT' as const,
        recordedBy: 'seed',
        recordedAt: s.endsAt,
      };
    }),
  });
}

let made = 0;
const BATCH = 50;

/** Participants in custody made for mutation runs, a batch at once: one statement per batch, not per run. */
async function makeParticipants(prisma: PrismaClient, prisonId: string): Promise<string[]> {
  const data = Array.from({ length: BATCH }, () => {
    const n = ++made;
    return { id: randomUUID(), prisonId, detaineeNumber: `R${n}`, firstName: 'Run', lastName: `Tester${n}`, gender: 'MALE' as const };
  });
  await prisma.participant.createMany({
    data: data.map((p) => ({ ...p, legalStatus: 'SUSPECT' as const, languages: [], registeredBy: 'seed' })),
  });
  return data.map((p) => p.id);
}

/** Enrolments in one status, each of a participant made for it, in the prison's run activity. */
async function makeEnrolments(prisma: PrismaClient, prisonId: string, status: EnrolmentStatus): Promise<string[]> {
  const rows = (await makeParticipants(prisma, prisonId)).map((participantId) => ({
    id: randomUUID(),
    participantId,
    activityId: runActivityOf(prisonId).id,
    status,
    idempotencyKey: `run-${participantId}`,
  }));
  await prisma.enrolment.createMany({ data: rows });
  await prisma.enrolmentChange.createMany({ data: rows.map((e) => ({ enrolmentId: e.id, to: status, by: 'seed' })) });
  return rows.map((e) => e.id);
}

/**
 * Sessions of a seeded activity that began two hours ago and ended an hour ago, none marked yet: a
 * roll call of its expected participant fits every recorder's time limits.
 */
async function makeSessions(prisma: PrismaClient, activity: WorldActivity): Promise<string[]> {
  const data = Array.from({ length: BATCH }, () => ({
    id: randomUUID(),
    activityId: activity.id,
    prisonId: activity.prisonId,
    locationId: `${activity.prisonId}-room`,
    startsAt: new Date(Date.now() - 2 * HOUR),
    endsAt: new Date(Date.now() - HOUR),
    status: 'SCHEDULED' as const,
  }));
  await prisma.sessionView.createMany({ data });
  return data.map((s) => s.id);
}

/**
 * Objects made for mutation runs, each handed out once, so an admitted change always finds its object as
 * it needs it (a participant in custody, an enrolment in the status the move starts from, a session
 * with no roll call yet).
 */
export function objectsForRuns(prisma: PrismaClient) {
  const take = handedOutOnce<string>();
  return {
    session: (activity: WorldActivity) => take(`session:${activity.id}`, () => makeSessions(prisma, activity)),
    participant: (prisonId: string) => take(prisonId, () => makeParticipants(prisma, prisonId)),
    enrolment: (prisonId: string, status: EnrolmentStatus) => take(`${prisonId}:${status}`, () => makeEnrolments(prisma, prisonId, status)),
  };
}

/**
 * A non-association made for a run in the prison, between two participants made for it (open, or closed
 * for a reopening): one per run, each handed out once.
 */
export async function makeNonAssociation(
  prisma: PrismaClient,
  runObjects: ReturnType<typeof objectsForRuns>,
  prisonId: string,
  closed: boolean,
) {
  const [participantAId, participantBId] = [await runObjects.participant(prisonId), await runObjects.participant(prisonId)].sort();
  const row = await prisma.nonAssociation.create({
    data: { prisonId, participantAId, participantBId, reason: 'THREAT', openedBy: 'seed', closedAt: closed ? new Date() : null },
  });
  return row.id;
}

/** A detainee number nobody has yet, for a registration. */
export const freshDetaineeNumber = () => `N${++made}`;
