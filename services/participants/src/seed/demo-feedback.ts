import { calendarDate } from '@cort/common';
import type { PrismaClient } from '../generated/prisma/client';
import { shuffled } from '../domain/feedback';
import { recordFeedbackEvent } from '../modules/feedback/feedback.events';
import { insertForms } from '../modules/feedback/feedback.repository';

// What some participants wrote (invented, in Dutch as the demo is); most forms carry no comment.
const COMMENTS = ['Graag meer van dit.', 'De sessies waren soms te lang.', 'Goede begeleiding, ik heb veel geleerd.'];

/** A fixed draw per activity, form and question, so every demo database is the same: mostly 3 to 5. */
const SCORES = [4, 5, 3, 4, 2, 5, 4];
const score = (activity: number, form: number, question: number) => SCORES[(activity * 3 + form * question + question) % SCORES.length];

/**
 * Demo feedback forms of the activities that have ended, once their enrolments are there, as a
 * facilitator enters them: one form from each participant enrolled at the end, received on the last
 * day, written shuffled with the scores-only event. In every other of them (the latest ended first)
 * only three forms came back, so the demo shows the evaluation's averages withheld below five. Does
 * nothing when there are forms already; returns how many it wrote.
 */
export async function seedDemoFeedback(prisma: PrismaClient, now = new Date()): Promise<number> {
  if ((await prisma.feedbackForm.count()) > 0) return 0;
  const ended = await prisma.activityView.findMany({
    where: { endsOn: { lt: now }, status: { in: ['PUBLISHED', 'ARCHIVED'] } },
    orderBy: [{ endsOn: 'desc' }, { id: 'asc' }],
  });
  const counts = await prisma.enrolment.groupBy({
    by: ['activityId'],
    where: { activityId: { in: ended.map((e) => e.id) }, status: 'ENROLLED' },
    _count: { _all: true },
  });
  const enrolledIn = new Map(counts.map((c) => [c.activityId, c._count._all]));
  let written = 0;
  for (const [a, activity] of ended.filter((e) => enrolledIn.has(e.id)).entries()) {
    const enrolled = enrolledIn.get(activity.id)!;
    const returned = a % 2 === 1 ? Math.min(3, enrolled) : enrolled;
    const forms = Array.from({ length: returned }, (_, n) => ({
      activityId: activity.id,
      prisonId: activity.prisonId,
      receivedOn: activity.endsOn,
      satisfaction: score(a, n, 1),
      learned: score(a, n, 2),
      atmosphere: score(a, n, 3),
      wouldRecommend: n % 4 !== 3,
      comment: n % 3 === 0 ? COMMENTS[(a + n / 3) % COMMENTS.length] : null,
    }));
    await prisma.$transaction(async (tx) => {
      const rows = shuffled(forms);
      const ids = await insertForms(tx, rows);
      const scores = rows.map(({ satisfaction, learned, atmosphere, wouldRecommend }, i) => ({
        formId: ids[i].id,
        satisfaction,
        learned,
        atmosphere,
        wouldRecommend,
      }));
      await recordFeedbackEvent(tx, activity.id, activity.prisonId, calendarDate(activity.endsOn), scores);
    });
    written += forms.length;
  }
  return written;
}
