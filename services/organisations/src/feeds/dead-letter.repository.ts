import type { DeadLetter } from '@cort/events';
import type { Prisma } from '../generated/prisma/client';

/**
 * Keeps an event this service could not read, in the transaction of the page it came in. Once per event:
 * a page read again (a restart before its cursor was stored) does not keep it twice.
 */
export async function keepDeadLetter(tx: Prisma.TransactionClient, letter: DeadLetter) {
  await tx.deadLetterEvent.createMany({
    data: [{ ...letter, payload: (letter.payload ?? {}) as Prisma.InputJsonValue }],
    skipDuplicates: true,
  });
}
