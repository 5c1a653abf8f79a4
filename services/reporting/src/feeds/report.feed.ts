import type { Logger } from '@cort/common';
import { createStoredFollower, type FeedPage, type Follower } from '@cort/events';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { Producer } from '../domain/report-events';
import { applyEvents } from './projections';

/**
 * Keeps reporting's projections up to date from one producer's feed: each page's events are applied
 * (once each, by id) and its cursor stored in one transaction, so a restart resumes where it stopped; an
 * event it cannot read is set aside as a dead letter (logged to `logger`) and the cursor still moves on.
 * Replicas of reporting apply each page once among them (createStoredFollower).
 */
export function createReportFollower(
  prisma: PrismaClient,
  producer: Producer,
  pull: (after: string | null) => Promise<FeedPage>,
  logger?: Pick<Logger, 'error'>,
): Follower {
  return createStoredFollower<Prisma.TransactionClient>({
    consumer: 'reporting',
    producer,
    pull,
    prisma,
    apply: async (tx, events) => void (await applyEvents(tx, producer, events, logger)),
  });
}
