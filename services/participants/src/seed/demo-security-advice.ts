import type { PrismaClient, SecurityAdvice } from '../generated/prisma/client';
import { dueOnFrom } from '../domain/security-advice';

const DEMO = 'demo';

// What the demo's prison staff answered, in turn (invented, in Dutch as the demo is).
const ANSWERS: { advice: SecurityAdvice; conditions: string | null; reason: string | null }[] = [
  { advice: 'FAVOURABLE', conditions: null, reason: null },
  { advice: 'FAVOURABLE_WITH_CONDITIONS', conditions: 'Enkel met begeleiding van een PBA tijdens de verplaatsing.', reason: null },
];

/**
 * Demo requests for security advice in every prison whose demo offer has an activity that requires it
 * (GENT and HASSELT in the demo catalogue), once the demo enrolments are made: each screening of an
 * activity that requires advice has one; those still in screening wait (PENDING), those decided were
 * answered (favourable for the approved, unfavourable for the rejected). Does nothing when there are some
 * already; returns how many it made.
 */
export async function seedDemoSecurityAdvice(prisma: PrismaClient, now = new Date()): Promise<number> {
  if ((await prisma.securityAdviceRequest.count()) > 0) return 0;
  const screened = await prisma.enrolment.findMany({
    where: { changes: { some: { to: 'IN_SCREENING' } } },
    include: { participant: { select: { prisonId: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const requiring = new Set(
    (await prisma.activityView.findMany({ where: { securityAdviceRequired: true }, select: { id: true } })).map((a) => a.id),
  );
  let made = 0;
  let favourable = 0;
  for (const enrolment of screened.filter((e) => requiring.has(e.activityId))) {
    const pending = enrolment.status === 'IN_SCREENING';
    const answer =
      enrolment.status === 'REJECTED'
        ? { advice: 'UNFAVOURABLE' as const, conditions: null, reason: 'Eerder incident in de groep; eerst een individueel gesprek.' }
        : ANSWERS[favourable++ % ANSWERS.length];
    await prisma.securityAdviceRequest.create({
      data: {
        prisonId: enrolment.participant.prisonId,
        enrolmentId: enrolment.id,
        participantId: enrolment.participantId,
        activityId: enrolment.activityId,
        requestedAt: enrolment.createdAt,
        dueOn: dueOnFrom(enrolment.createdAt),
        ...(pending ? {} : { status: 'GIVEN' as const, ...answer, givenBy: DEMO, givenAt: now }),
      },
    });
    made++;
  }
  return made;
}
