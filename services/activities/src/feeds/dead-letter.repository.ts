import type { DeadLetter } from '@cort/events';
import type { Prisma } from '../generated/prisma/client';

/** Keeps an event this service could not read, in the transaction of its page; once per event. */
export async function keepDeadLetter(tx: Prisma.TransactionClient, letter: DeadLetter) {
  await tx.deadLetterEvent.createMany({
    data: [{ ...letter, payload: (letter.payload ?? {}) as Prisma.InputJsonValue }],
    skipDuplicates: true,
  });
}
