import type { Page } from '@cort/subgraph';
import type { Prisma, PrismaClient, ReviewCause, ReviewStatus } from '../../generated/prisma/client';
import { OPEN_STATUSES } from '../../domain/enrolment-status';

type Tx = Prisma.TransactionClient;
type Reader = PrismaClient | Tx;

/** The participant's open enrolments with what this service knows of their activities' audiences. */
export async function openEnrolmentsWithAudience(tx: Tx, participantId: string) {
  const enrolments = await tx.enrolment.findMany({ where: { participantId, status: { in: [...OPEN_STATUSES] } } });
  const activities = await tx.activityView.findMany({ where: { id: { in: enrolments.map((e) => e.activityId) } } });
  return enrolments.flatMap((enrolment) => {
    const activity = activities.find((a) => a.id === enrolment.activityId);
    return activity ? [{ enrolment, activity }] : [];
  });
}

/**
 * Opens reviews, one statement: an enrolment with one OPEN already keeps it (the partial unique index
 * decides, ON CONFLICT DO NOTHING lets the others through).
 */
export const insertOpenReviews = (
  tx: Tx,
  rows: { enrolmentId: string; participantId: string; activityId: string; prisonId: string; causes: ReviewCause[] }[],
) => (rows.length ? tx.enrolmentReview.createMany({ data: rows, skipDuplicates: true }) : Promise.resolve({ count: 0 }));

export const findReview = (db: Reader, id: string) => db.enrolmentReview.findUnique({ where: { id } });

/** A prison's reviews, oldest first, one page; OPEN ones only while their enrolment is still open. */
export async function reviewsOfPrison(prisma: PrismaClient, prisonId: string, status: ReviewStatus | null, page: Page) {
  const where: Prisma.EnrolmentReviewWhereInput = {
    prisonId,
    ...(status ? { status } : {}),
    ...(status === 'OPEN' ? { enrolment: { status: { in: [...OPEN_STATUSES] } } } : {}),
  };
  const [nodes, total] = await Promise.all([
    prisma.enrolmentReview.findMany({ where, orderBy: [{ openedAt: 'asc' }, { id: 'asc' }], skip: page.offset, take: page.limit }),
    prisma.enrolmentReview.count({ where }),
  ]);
  return { nodes, total };
}

/** The one write that decides a review: only while it is still OPEN (null when someone decided it meanwhile). */
export async function decideReview(tx: Tx, id: string, status: 'KEPT' | 'WITHDRAWN', by: string, note: string) {
  const { count } = await tx.enrolmentReview.updateMany({
    where: { id, status: 'OPEN' },
    data: { status, decidedBy: by, decidedAt: new Date(), note },
  });
  return count ? tx.enrolmentReview.findUniqueOrThrow({ where: { id } }) : null;
}
