import type { Prisma } from '../generated/prisma/client';
import { PARTNERS } from './partners';

type Tx = Prisma.TransactionClient;
const DAY = 86_400_000;

/**
 * The demo partners' agreements and hours: the structural partners are recognised for all their prisons,
 * every partner has a cooperation or volunteer agreement per prison, some lapsing within 60 days and one
 * lapsed; the volunteers record preparation and training hours by hand this year.
 */
export async function seedAgreementsAndHours(tx: Tx, today: Date) {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const dayOf = (offset: number) => new Date(midnight + offset * DAY);
  const year = today.getUTCFullYear();
  for (const [index, partner] of PARTNERS.entries()) {
    if (partner.kind === 'STRUCTURAL_PARTNER') {
      await tx.agreement.create({
        data: {
          organisationId: partner.id,
          kind: 'RECOGNITION',
          prisonIds: [],
          validFrom: dayOf(-900),
          validUntil: dayOf(900),
          documentReference: `ERK-${2020 + index}`,
          recordedBy: 'demo',
        },
      });
    }
    for (const [p, prisonId] of partner.prisonIds.entries()) {
      // Every third agreement lapses within 60 days; the volunteers' agreement in its last prison lapsed already.
      const lapsed = partner.kind === 'VOLUNTEER_ORGANISATION' && p === partner.prisonIds.length - 1;
      const validUntil = lapsed ? dayOf(-15) : (index + p) % 3 === 0 ? dayOf(20 + 10 * p) : dayOf(400);
      await tx.agreement.create({
        data: {
          organisationId: partner.id,
          kind: partner.kind === 'VOLUNTEER_ORGANISATION' ? 'VOLUNTEER_AGREEMENT' : 'COOPERATION_AGREEMENT',
          prisonIds: [prisonId],
          validFrom: dayOf(-380),
          validUntil,
          documentReference: `SA-${prisonId}-${index + 1}`,
          recordedBy: 'demo',
        },
      });
    }
    for (const person of partner.people.filter((someone) => someone.role === 'VOLUNTEER')) {
      const days = [2, 9, 16, 23, 30].map((weeksAgo) => new Date(Math.max(Date.UTC(year, 0, 1), midnight - weeksAgo * DAY)));
      await tx.volunteerHours.createMany({
        data: days.map((date, n) => ({
          personId: person.id,
          organisationId: partner.id,
          prisonId: partner.prisonIds[n % partner.prisonIds.length],
          date,
          hours: n === 0 ? 3 : 1.5,
          kind: n === 0 ? ('TRAINING' as const) : ('PREPARATION' as const),
          recordedBy: 'demo',
        })),
      });
    }
  }
}
