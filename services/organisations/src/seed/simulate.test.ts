import { simulatePartners } from './simulate';
import { organisationsDatabase } from '../../test/database';

// The partners `npm run simulate` writes (PGlite, or PostgreSQL with TEST_DATABASE_URL): only in the
// prisons simulated, with an agreement for each, hours only in those prisons and only for weeks already
// over, and every row on the feed for reporting.
describe(`simulated partner organisations (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const organisations = organisationsDatabase();

  it('writes the partners of the simulated prisons, their agreements and volunteer hours, and publishes them', async () => {
    const prisonIds = ['HAREN', 'BRUGGE'];
    const before = new Date(Date.UTC(2026, 6, 1));
    let seed = 1;
    const draw = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const totals = await simulatePartners(organisations.prisma, { prisonIds, year: 2026, before, draw });

    const partners = await organisations.prisma.organisation.findMany();
    expect(partners.length).toBe(totals.organisations);
    expect(partners.length).toBeGreaterThan(0);
    for (const organisation of partners) {
      expect(organisation.prisonIds.length).toBeGreaterThan(0);
      expect(organisation.prisonIds.every((id) => prisonIds.includes(id))).toBe(true);
      const agreements = await organisations.prisma.agreement.findMany({
        where: { organisationId: organisation.id, prisonIds: { isEmpty: false } },
      });
      expect(agreements.flatMap((a) => a.prisonIds).sort()).toEqual([...organisation.prisonIds].sort());
    }
    const hours = await organisations.prisma.volunteerHours.findMany();
    expect(hours.length).toBe(totals.hours);
    expect(hours.length).toBeGreaterThan(0);
    expect(hours.every((h) => prisonIds.includes(h.prisonId) && h.date < before && h.date.getUTCFullYear() === 2026)).toBe(true);

    const events = await organisations.prisma.outboxEvent.groupBy({ by: ['type'], _count: true });
    expect(Object.fromEntries(events.map((e) => [e.type, e._count]))).toMatchObject({
      OrganisationCreated: totals.organisations,
      PersonAdded: totals.people,
      AgreementRecorded: totals.agreements,
      VolunteerHoursRecorded: totals.hours,
    });
  });
});
