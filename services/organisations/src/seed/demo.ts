import type { PrismaClient } from '../generated/prisma/client';
import { PARTNERS } from './partners';

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Fills an empty database with the demo partners, their people, and clearances: a charter for everyone
 * and a prison access permit per prison served, valid now (one expired, to show the refusal).
 * Returns false when there was data already.
 */
export async function seedDemoData(prisma: PrismaClient, today = new Date()): Promise<boolean> {
  if ((await prisma.organisation.count()) > 0) return false;
  const year = today.getUTCFullYear();
  await prisma.$transaction(async (tx) => {
    for (const { people, website, ...organisation } of PARTNERS) {
      await tx.organisation.create({ data: { ...organisation, website } });
      for (const { expiredPermit, ...person } of people) {
        await tx.person.create({ data: { ...person, organisationId: organisation.id } });
        await tx.clearance.createMany({
          data: [
            { personId: person.id, kind: 'CHARTER', validFrom: date(`${year - 1}-01-01`), recordedBy: 'demo' },
            ...organisation.prisonIds.map((prisonId) => ({
              personId: person.id,
              kind: 'PRISON_ACCESS' as const,
              prisonId,
              recordedBy: 'demo',
              validFrom: date(`${year - 1}-01-01`),
              validUntil: expiredPermit ? date(`${year - 1}-12-31`) : date(`${year + 2}-12-31`),
            })),
          ],
        });
      }
    }
  });
  return true;
}
