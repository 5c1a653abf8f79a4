import type { PrismaClient } from '../generated/prisma/client';
import { publishDemoEvents } from './events';
import { PARTNERS } from './partners';

/** A draw in [0, 1): the simulation's seeded generator, so the same seed makes the same partners' hours. */
export type Draw = () => number;

export interface SimulatedPartners {
  prisonIds: string[];
  year: number;
  /** Hours are recorded for the weeks that ended before this instant (the year so far). */
  before: Date;
  draw: Draw;
}

const DAY = 86_400_000;
/** Volunteers a volunteer organisation has in each prison it serves, besides its demo people. */
const VOLUNTEERS_PER_PRISON = 4;
const FIRST_NAMES = ['An', 'Bram', 'Chloé', 'Driss', 'Elke', 'Farid', 'Greet', 'Hugo'];
const LAST_NAMES = ['Peeters', 'Maes', 'Lambert', 'Aerts', 'Dubois', 'Claes', 'Benali', 'Wouters'];

const volunteerId = (organisation: number, prison: number, n: number) =>
  `0c000000-0000-4000-8000-${String(organisation).padStart(4, '0')}${String(prison).padStart(4, '0')}${String(n).padStart(4, '0')}`;

/**
 * The partner organisations of the simulated prisons for `npm run simulate`: the demo partners (the ids
 * the simulated offer names as organisers and facilitators) in the prisons simulated, their staff, and
 * a few more volunteers per prison for the volunteer organisations; for the year, each partner's
 * cooperation or volunteer agreement per prison and the structural partners' recognition; and every
 * volunteer's preparation and training hours, week by week. Published on the feed as the use cases
 * would have (seed/events.ts), so reporting's partner figures see them. Returns what it wrote.
 */
export async function simulatePartners(prisma: PrismaClient, { prisonIds, year, before, draw }: SimulatedPartners) {
  const simulated = new Set(prisonIds);
  const totals = { organisations: 0, people: 0, agreements: 0, hours: 0 };
  const yearStart = Date.UTC(year, 0, 1);
  const yearEnd = new Date(Date.UTC(year, 11, 31));
  await prisma.$transaction(
    async (tx) => {
      for (const [index, { people, website, ...partner }] of PARTNERS.entries()) {
        const prisons = partner.prisonIds.filter((id) => simulated.has(id));
        if (!prisons.length) continue;
        await tx.organisation.create({ data: { ...partner, prisonIds: prisons, website } });
        const extra =
          partner.kind === 'VOLUNTEER_ORGANISATION'
            ? prisons.flatMap((_, p) =>
                Array.from({ length: VOLUNTEERS_PER_PRISON }, (_, n) => ({
                  id: volunteerId(index + 1, p + 1, n + 1),
                  firstName: FIRST_NAMES[Math.floor(draw() * FIRST_NAMES.length)],
                  lastName: LAST_NAMES[Math.floor(draw() * LAST_NAMES.length)],
                  role: 'VOLUNTEER' as const,
                  languages: ['nl'],
                  prisonId: prisons[p],
                })),
              )
            : [];
        const staff = people.map(({ expiredPermit: _, ...person }) => ({ ...person, prisonId: undefined as string | undefined }));
        const everyone = [...staff, ...extra];
        await tx.person.createMany({ data: everyone.map(({ prisonId: _, ...person }) => ({ ...person, organisationId: partner.id })) });
        const agreements = [
          ...(partner.kind === 'STRUCTURAL_PARTNER'
            ? [{ kind: 'RECOGNITION' as const, prisonIds: [] as string[], reference: `ERK-${year}-${index + 1}` }]
            : []),
          ...prisons.map((prisonId) => ({
            kind: partner.kind === 'VOLUNTEER_ORGANISATION' ? ('VOLUNTEER_AGREEMENT' as const) : ('COOPERATION_AGREEMENT' as const),
            prisonIds: [prisonId],
            reference: `SA-${prisonId}-${year}-${index + 1}`,
          })),
        ];
        await tx.agreement.createMany({
          data: agreements.map(({ kind, prisonIds: covered, reference }) => ({
            organisationId: partner.id,
            kind,
            prisonIds: covered,
            validFrom: new Date(yearStart),
            validUntil: yearEnd,
            documentReference: reference,
            recordedBy: 'simulation',
          })),
        });
        // Every volunteer prepares or trains once a week, in their prison (a demo volunteer: in turn in each).
        const hours = everyone
          .filter((person) => person.role === 'VOLUNTEER')
          .flatMap((person) =>
            Array.from({ length: 53 }, (_, week) => new Date(yearStart + week * 7 * DAY))
              .filter((date) => date.getTime() + DAY <= before.getTime() && date.getUTCFullYear() === year)
              .map((date, week) => ({
                personId: person.id,
                organisationId: partner.id,
                prisonId: person.prisonId ?? prisons[week % prisons.length],
                date,
                hours: 1 + Math.round(draw() * 4) / 2,
                kind: week % 8 === 0 ? ('TRAINING' as const) : ('PREPARATION' as const),
                recordedBy: 'simulation',
              })),
          );
        await tx.volunteerHours.createMany({ data: hours });
        totals.organisations += 1;
        totals.people += everyone.length;
        totals.agreements += agreements.length;
        totals.hours += hours.length;
      }
      await publishDemoEvents(tx);
    },
    { timeout: 120_000 },
  );
  return totals;
}
