import type { PrismaClient } from '../generated/prisma/client';
import { seedActionPlans } from './action-plans';
import { seedAgreementsAndHours } from './agreements';
import { seedCort, seedPolicyTeams } from './cort';
import { publishDemoEvents } from './events';
import { seedOnboarding } from './onboarding';
import { PARTNERS } from './partners';

/** The demo prisons with an offer, each with a policy team and an action plan. */
const DEMO_PRISONS = ['HAREN', 'ANTWERPEN', 'GENT', 'BRUGGE', 'HASSELT'];

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Fills an empty database with the demo partners, their people, and clearances: a charter for everyone
 * and a prison access permit per prison served, valid now (one expired, to show the refusal); the CORT of
 * the Flemish prisons (two vacancies) and Haren's community coordinator, a policy team and an action plan per demo prison; agreements (some lapsing
 * within 60 days), volunteer hours, and onboarding done for some people and in progress for others.
 * Returns false when there was data already.
 */
export async function seedDemoData(prisma: PrismaClient, today = new Date()): Promise<boolean> {
  if ((await prisma.organisation.count()) > 0) return false;
  const year = today.getUTCFullYear();
  await prisma.$transaction(
    async (tx) => {
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
      await seedCort(tx, year);
      await seedPolicyTeams(tx, DEMO_PRISONS);
      await seedActionPlans(tx, DEMO_PRISONS, today);
      await seedAgreementsAndHours(tx, today);
      await seedOnboarding(tx, today);
      // A volunteer suspended since last month, to show the status.
      const suspended = PARTNERS[PARTNERS.length - 1].people[1].id;
      await tx.person.update({
        where: { id: suspended },
        data: { status: 'SUSPENDED', statusSince: date(`${year}-${String(today.getUTCMonth() + 1).padStart(2, '0')}-01`) },
      });
      // Reporting learns the demo from the feed, as it learns everything else.
      await publishDemoEvents(tx);
      // A few hundred rows in one transaction: more than the default 5 s on a busy machine's PGlite.
    },
    { timeout: 120_000 },
  );
  return true;
}
