import type { Page } from '@cort/subgraph';
import type { Prisma, PrismaClient, SecurityAdvice, SecurityAdviceStatus } from '../../generated/prisma/client';

type Tx = Prisma.TransactionClient;
type Reader = PrismaClient | Tx;

export const findRequest = (db: Reader, id: string) => db.securityAdviceRequest.findUnique({ where: { id } });

export const requestOfEnrolment = (db: Reader, enrolmentId: string) => db.securityAdviceRequest.findUnique({ where: { enrolmentId } });

/** Opens the requests of screenings, in one statement; one per enrolment (a unique index), so opening twice keeps the first. */
export const openRequests = (
  tx: Tx,
  rows: { prisonId: string; enrolmentId: string; participantId: string; activityId: string; dueOn: Date }[],
) => tx.securityAdviceRequest.createMany({ data: rows, skipDuplicates: true });

/** A prison's requests in a status, the earliest due first, one page, and how many there are. */
export async function requestsOfPrison(prisma: PrismaClient, prisonId: string, status: SecurityAdviceStatus | null, page: Page) {
  const where: Prisma.SecurityAdviceRequestWhereInput = { prisonId, ...(status ? { status } : {}) };
  const [nodes, total] = await Promise.all([
    prisma.securityAdviceRequest.findMany({
      where,
      orderBy: [{ dueOn: 'asc' }, { requestedAt: 'asc' }, { id: 'asc' }],
      skip: page.offset,
      take: page.limit,
    }),
    prisma.securityAdviceRequest.count({ where }),
  ]);
  return { nodes, total };
}

/** The answer, only while still PENDING (whoever answered or withdrew it meanwhile wins; then null). */
export async function answer(
  tx: Tx,
  id: string,
  given: { advice: SecurityAdvice; conditions: string | null; reason: string | null; givenBy: string },
) {
  const { count } = await tx.securityAdviceRequest.updateMany({
    where: { id, status: 'PENDING' },
    data: { ...given, status: 'GIVEN', givenAt: new Date() },
  });
  return count ? tx.securityAdviceRequest.findUniqueOrThrow({ where: { id } }) : null;
}

/** A new due day, only while still PENDING. */
export async function changeDueOn(tx: Tx, id: string, dueOn: Date) {
  const { count } = await tx.securityAdviceRequest.updateMany({ where: { id, status: 'PENDING' }, data: { dueOn } });
  return count ? tx.securityAdviceRequest.findUniqueOrThrow({ where: { id } }) : null;
}

/** The screening ended before an answer: its pending request is withdrawn. */
export const withdrawPending = (tx: Tx, enrolmentId: string) =>
  tx.securityAdviceRequest.updateMany({ where: { enrolmentId, status: 'PENDING' }, data: { status: 'WITHDRAWN' } });
