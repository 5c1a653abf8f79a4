import { seedDemoData } from '../src/seed/demo';
import { PARTNERS } from '../src/seed/partners';
import { TestSubgraph } from './harness';

const FACILITATORS = `query ($representations: [_Any!]!, $prisonId: ID!, $dates: [Date!]!) {
  _entities(representations: $representations) { ... on Person { id datesWithoutPrisonAccess(prisonId: $prisonId, dates: $dates) } }
}`;

describe('organisations subgraph: demo data', () => {
  const subgraph = new TestSubgraph();
  const today = new Date();
  beforeAll(() => subgraph.start());
  afterAll(() => subgraph.stop());

  it('seeds an empty database once: the partners, their people and clearances', async () => {
    expect(await seedDemoData(subgraph.prisma, today)).toBe(true);
    expect(await seedDemoData(subgraph.prisma, today)).toBe(false);
    expect(await subgraph.prisma.organisation.count()).toBe(PARTNERS.length);
    expect(await subgraph.prisma.person.count()).toBe(PARTNERS.flatMap((p) => p.people).length);
  });

  // The activities demo offer has each partner's first person facilitate sessions over the coming 8 weeks.
  it("gives each partner's first person a valid permit for every prison it serves, over the coming weeks", async () => {
    const dates = Array.from({ length: 57 }, (_, n) => new Date(today.getTime() + n * 86_400_000).toISOString().slice(0, 10));
    for (const partner of PARTNERS) {
      for (const prisonId of partner.prisonIds) {
        const answer = await subgraph.post(
          FACILITATORS,
          { representations: [{ __typename: 'Person', id: partner.people[0].id }], prisonId, dates },
          { sub: 'demo-coordinator', roles: ['COORDINATOR'], prisons: partner.prisonIds },
        );
        expect(answer.body.data._entities).toEqual([{ id: partner.people[0].id, datesWithoutPrisonAccess: [] }]);
      }
    }
  });
});
