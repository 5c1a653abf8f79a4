import { randomUUID } from 'node:crypto';
import { contract, startGraph, type Graph } from './graph';

// web/PartnerOverview through DataLoaders: a prison with 30 organisations and 100 people costs the same
// number of SQL statements in each subgraph as one with 3 and 10.
describe('statements per request stay flat as the partners of a prison grow', () => {
  let graph: Graph;
  const year = new Date().getUTCFullYear();
  const day = (offset: number) => new Date(Date.UTC(year, 5, 1) + offset * 86_400_000);

  beforeAll(async () => {
    // No background feed polling here: it would add its own statements to the counts.
    graph = await startGraph({ followIntervalMs: 3_600_000 });
  });
  afterAll(() => graph?.stop());

  /** Organisations serving the prison, each with its share of the people, an agreement, clearances and hours. */
  async function addPartners(prisonId: string, organisations: number, people: number) {
    const prisma = graph.organisations.prisma;
    const orgIds = Array.from({ length: organisations }, () => randomUUID());
    await prisma.organisation.createMany({
      data: orgIds.map((id, i) => ({
        id,
        name: `Partner ${i}`,
        kind: 'PARTNER' as const,
        domains: ['CULTURE' as const],
        prisonIds: [prisonId],
      })),
    });
    const personIds = Array.from({ length: people }, () => randomUUID());
    await prisma.person.createMany({
      data: personIds.map((id, i) => ({
        id,
        organisationId: orgIds[i % organisations],
        firstName: 'Vrijwilliger',
        lastName: `${i}`,
        role: 'VOLUNTEER' as const,
      })),
    });
    await prisma.agreement.createMany({
      data: orgIds.map((organisationId) => ({
        organisationId,
        prisonIds: [prisonId],
        kind: 'VOLUNTEER_AGREEMENT' as const,
        validFrom: day(-100),
        validUntil: day(300),
        recordedBy: 'test',
      })),
    });
    await prisma.clearance.createMany({
      data: personIds.map((personId) => ({
        personId,
        kind: 'PRISON_ACCESS' as const,
        prisonId,
        validFrom: day(-100),
        validUntil: new Date(Date.now() + 20 * 86_400_000),
        recordedBy: 'test',
      })),
    });
    await prisma.volunteerHours.createMany({
      data: personIds.map((personId, i) => ({
        personId,
        organisationId: orgIds[i % organisations],
        prisonId,
        date: day(0),
        hours: 2,
        kind: 'OTHER' as const,
        recordedBy: 'test',
      })),
    });
  }

  async function statementsFor(prisonId: string, organisations: number) {
    const coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: [prisonId] });
    graph.statements.organisations.reset();
    graph.statements.activities.reset();
    const answer = await graph.send(contract('web/PartnerOverview.graphql'), { prisonId, year }, coordinator);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.organisations).toHaveLength(organisations);
    expect(
      answer.data.organisations.every(
        (o: any) => o.agreements.length === 1 && o.people.every((p: any) => p.expiringClearances.length === 1),
      ),
    ).toBe(true);
    return { organisations: graph.statements.organisations.count, activities: graph.statements.activities.count };
  }

  it('costs the same for 3 organisations with 10 people as for 30 with 100', async () => {
    await addPartners('GENT', 3, 10);
    await addPartners('BRUGGE', 30, 100);
    const small = await statementsFor('GENT', 3);
    const large = await statementsFor('BRUGGE', 30);
    expect(large).toEqual(small);
    // The organisations, their agreements, their people, the people's clearances, the hours recorded by
    // hand and the held sessions their volunteers facilitated.
    expect(small.organisations).toBeLessThanOrEqual(6);
  });
});
