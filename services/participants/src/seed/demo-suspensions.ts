import { belgianDate, belgianDay, fromCalendarDate, nextCalendarDate } from '@cort/common';
import type { PrismaClient } from '../generated/prisma/client';
import { lockActivity } from '../modules/enrolment/enrolment.repository';
import { suspendInTransaction } from '../modules/suspension/suspension.service';

const DEMO = 'demo';

/**
 * A demo suspension in HAREN, once the demo enrolments and marks are there: the first participant
 * ENROLLED in an activity with a session today is in hospital from today until the day after tomorrow,
 * so today's movement list and roll call leave them out. Made through the same writes as
 * suspendEnrolment; does nothing when there is a suspension already or nobody fits. Returns how many it made.
 */
export async function seedDemoSuspensions(prisma: PrismaClient, now = new Date()): Promise<number> {
  if ((await prisma.enrolmentSuspension.count()) > 0) return 0;
  const today = belgianDate(now);
  const { from, to } = belgianDay(today);
  const sessions = await prisma.sessionView.findMany({
    where: { prisonId: 'HAREN', startsAt: { gte: from, lt: to }, status: { not: 'CANCELLED' } },
    select: { activityId: true },
  });
  const enrolment = await prisma.enrolment.findFirst({
    where: { status: 'ENROLLED', activityId: { in: sessions.map((s) => s.activityId) }, participant: { prisonId: 'HAREN' } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  if (!enrolment) return 0;
  await prisma.$transaction(async (tx) => {
    await lockActivity(tx, enrolment.activityId);
    await suspendInTransaction(
      tx,
      enrolment,
      'HAREN',
      {
        from: fromCalendarDate(today),
        until: fromCalendarDate(nextCalendarDate(nextCalendarDate(today))),
        reason: 'HOSPITAL',
        note: 'Opgenomen in het ziekenhuis (demo).',
      },
      DEMO,
    );
  });
  return 1;
}
