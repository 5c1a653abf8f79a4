import type { Prisma } from '../generated/prisma/client';
import { PARTNERS } from './partners';

type Tx = Prisma.TransactionClient;
const DAY = 86_400_000;

/**
 * The demo people's onboarding: each partner's first person went through every step a year ago; the
 * second is still on the way in, their permit and training done, the charter and the welcome talk
 * planned within the coming weeks (every other partner's second person has not planned the talk yet).
 */
export async function seedOnboarding(tx: Tx, today: Date) {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const dayOf = (offset: number) => new Date(midnight + offset * DAY);
  const done = (offset: number) => ({ plannedOn: dayOf(offset - 7), doneOn: dayOf(offset) });
  for (const [index, partner] of PARTNERS.entries()) {
    const [first, second] = partner.people;
    await tx.onboardingStep.createMany({
      data: [
        { personId: first.id, step: 'PRISON_ACCESS_PERMIT', ...done(-400), recordedBy: 'demo' },
        { personId: first.id, step: 'TRAINING', ...done(-380), recordedBy: 'demo' },
        { personId: first.id, step: 'CHARTER', ...done(-380), recordedBy: 'demo' },
        { personId: first.id, step: 'WELCOME_TALK', ...done(-375), recordedBy: 'demo' },
      ],
    });
    if (!second) continue;
    await tx.onboardingStep.createMany({
      data: [
        { personId: second.id, step: 'PRISON_ACCESS_PERMIT', ...done(-40), recordedBy: 'demo' },
        { personId: second.id, step: 'TRAINING', ...done(-10), recordedBy: 'demo' },
        { personId: second.id, step: 'CHARTER', plannedOn: dayOf(5), doneOn: null, recordedBy: 'demo' },
        ...(index % 2
          ? []
          : [{ personId: second.id, step: 'WELCOME_TALK' as const, plannedOn: dayOf(12), doneOn: null, recordedBy: 'demo' }]),
      ],
    });
  }
}
