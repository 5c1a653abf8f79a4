import type { PrismaClient } from '../src/generated/prisma/client';

/**
 * The small world the access properties of the reporting service run in: three prisons with two
 * activities each (educational, psychosocial), each with a session held last year and six participants,
 * so figures are not suppressed; each participant is in one activity of their prison and came to its
 * session. The educational activities are one organisation's, the psychosocial ones another's.
 */
export const PRISONS = ['HAREN', 'GENT', 'BRUGGE'] as const;
/** A prison code nobody is assigned to and nothing happened in. */
export const NO_PRISON = 'ATLANTIS';
export const ORGANISATION = '0a000000-0000-4000-8000-00000000000a';
/** The organisation running the psychosocial activities: partner staff of the other one may not read their attendance. */
export const OTHER_ORGANISATION = '0a000000-0000-4000-8000-00000000000b';
export const SUB = '0b000000-0000-4000-8000-000000000001';
export const LAST_YEAR = new Date().getUTCFullYear() - 1;

export const activities = PRISONS.flatMap((prisonId) => [
  { id: `${prisonId}-edu`, prisonId, category: 'EDUCATIONAL' as const, organisationId: ORGANISATION },
  { id: `${prisonId}-psy`, prisonId, category: 'PSYCHOSOCIAL' as const, organisationId: OTHER_ORGANISATION },
]);
export const activityById = new Map(activities.map((a) => [a.id, a]));
const enrolments = activities.flatMap((a, i) =>
  Array.from({ length: 6 }, (_, n) => ({
    participantId: `1a000000-0000-4000-8000-${String(i * 10 + n).padStart(12, '0')}`,
    activityId: a.id,
  })),
);
export const prisonOfParticipant = new Map(
  enrolments.map((e) => [e.participantId, activities.find((a) => a.id === e.activityId)!.prisonId]),
);

/** Writes the world, as the activities and participants feeds would have projected it. */
export async function seedWorld(prisma: PrismaClient): Promise<void> {
  await prisma.reportActivity.createMany({
    data: activities.map((a) => ({ ...a, status: 'PUBLISHED' as const })),
  });
  const startsAt = new Date(Date.UTC(LAST_YEAR, 5, 2, 9));
  await prisma.reportSession.createMany({
    data: activities.map((a) => ({
      id: `${a.id}-1`,
      activityId: a.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 7_200_000),
      status: 'HELD',
    })),
  });
  // Everyone came to the session: six PRESENT marks per activity, not suppressed.
  await prisma.reportAttendance.createMany({
    data: enrolments.map((e) => ({ ...e, sessionId: `${e.activityId}-1`, code: 'PRESENT', recordedAt: startsAt })),
  });
  await prisma.reportEnrolment.createMany({ data: enrolments.map((e) => ({ ...e, enrolledAt: new Date(Date.UTC(LAST_YEAR, 4, 1)) })) });
}
