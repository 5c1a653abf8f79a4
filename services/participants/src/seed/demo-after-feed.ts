import type { Logger } from '@cort/common';
import type { PrismaClient } from '../generated/prisma/client';
import { seedDemoAttendance } from './demo-attendance';
import { seedDemoEnrolments } from './demo-enrolments';
import { seedDemoFeedback } from './demo-feedback';
import { seedDemoFollowUps } from './demo-follow-ups';
import { seedDemoNonAssociations } from './demo-non-associations';
import { seedDemoSecurityAdvice } from './demo-security-advice';
import { seedDemoSuspensions } from './demo-suspensions';

/**
 * The demo data that needs the offer from the activities feed, in the order each needs the one before
 * (attendance needs enrolments, follow-ups need attendance, ...). Each seeding counts before it inserts
 * and answers how many it made: run again, or by a second replica after the first, it makes none.
 */
const AFTER_FEED: [what: string, seed: (prisma: PrismaClient) => Promise<number>][] = [
  ['enrolments', seedDemoEnrolments],
  ['sessions with attendance', seedDemoAttendance],
  ['follow-ups', seedDemoFollowUps],
  ['suspensions', seedDemoSuspensions],
  ['non-associations', seedDemoNonAssociations],
  ['security advice', seedDemoSecurityAdvice],
  ['feedback forms', seedDemoFeedback],
];

/**
 * Seeds the demo data that waits for the activities feed; how many of each it made, or null while the offer
 * has not arrived: no published activity yet, nor any enrolment of an earlier start (the feed may not serve
 * the activities seed at first: call again after a later catch-up).
 */
export async function seedDemoAfterFeed(prisma: PrismaClient, logger: Pick<Logger, 'info'>): Promise<Record<string, number> | null> {
  const offerArrived = async () => (await prisma.activityView.count({ where: { status: 'PUBLISHED' } })) > 0;
  if (!(await prisma.enrolment.count()) && !(await offerArrived())) return null;
  const made: Record<string, number> = {};
  for (const [what, seed] of AFTER_FEED) {
    made[what] = await seed(prisma);
    if (made[what]) logger.info('demo data seeded', { what, count: made[what] });
  }
  return made;
}
