import { CAW, KARIM, SOFIE, SPORT, TOM, coordinator } from './fixtures';
import { useTestSubgraph } from './harness';

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Organisation { id name kind }
    ... on Person { id displayName organisation { id } }
  }
}`;

// What the activities service asks before it lets a person facilitate (organisations.client.ts there).
const FACILITATION = `query FacilitationCheck($representations: [_Any!]!, $prisonId: ID!, $dates: [Date!]!) {
  _entities(representations: $representations) {
    ... on Organisation { id prisons { id } }
    ... on Person { id organisation { id } datesWithoutPrisonAccess(prisonId: $prisonId, dates: $dates) }
  }
}`;

const organisationRef = (id: string) => ({ __typename: 'Organisation', id });
const personRef = (id: string) => ({ __typename: 'Person', id });

describe('organisations subgraph: entity references from other subgraphs', () => {
  const subgraph = useTestSubgraph();

  it("resolves an organisation for anyone, anonymous included: the directory shows the organiser's name", async () => {
    const answer = await subgraph.post(ENTITIES, { representations: [organisationRef(CAW), organisationRef('unknown')] }, 'anonymous');
    expect(answer.body).toEqual({ data: { _entities: [{ id: CAW, name: 'CAW Brussel', kind: 'STRUCTURAL_PARTNER' }, null] } });
  });

  it('resolves a person only for those who may see them, by the same rule as person(id)', async () => {
    const representations = [personRef(SOFIE), personRef(TOM)];
    const asCoordinator = await subgraph.post(ENTITIES, { representations }, coordinator);
    expect(asCoordinator.body.data._entities).toEqual([{ id: SOFIE, displayName: 'Sofie J.', organisation: { id: CAW } }, null]);
    const anonymous = await subgraph.post(ENTITIES, { representations }, 'anonymous');
    expect(anonymous.body.data._entities).toEqual([null, null]);
  });

  it('loads N references with one statement per table, however long the list', async () => {
    const representations = [organisationRef(CAW), organisationRef(SPORT), personRef(SOFIE), personRef(KARIM), personRef(TOM)];
    subgraph.db.statements.reset();
    const answer = await subgraph.post(ENTITIES, { representations }, coordinator);
    expect(answer.body.errors).toBeUndefined();
    // One for the organisations, one for the persons; the persons' organisations come from the first.
    expect(subgraph.db.statements.count).toBe(2);
    subgraph.db.statements.reset();
    await subgraph.post(ENTITIES, { representations: [organisationRef(CAW), personRef(SOFIE)] }, coordinator);
    expect(subgraph.db.statements.count).toBe(2);
  });

  it("answers the activities service's facilitation check: the dates without a valid prison access permit", async () => {
    const representations = [organisationRef(CAW), personRef(SOFIE), personRef(KARIM)];
    const dates = ['2026-03-02', '2026-12-31', '2027-01-04'];
    const answer = await subgraph.post(FACILITATION, { representations, prisonId: 'HAREN', dates }, coordinator);
    expect(answer.body).toEqual({
      data: {
        _entities: [
          { id: CAW, prisons: [{ id: 'HAREN' }, { id: 'GENT' }] },
          { id: SOFIE, organisation: { id: CAW }, datesWithoutPrisonAccess: ['2027-01-04'] },
          { id: KARIM, organisation: { id: CAW }, datesWithoutPrisonAccess: dates },
        ],
      },
    });
  });

  it('counts an open-ended permit as valid from its first day on, and a permit for another prison as none', async () => {
    const query = `query ($id: ID!, $prisonId: ID!, $dates: [Date!]!) { person(id: $id) { datesWithoutPrisonAccess(prisonId: $prisonId, dates: $dates) } }`;
    const gent = await subgraph.post(
      query,
      { id: SOFIE, prisonId: 'GENT', dates: ['2026-05-31', '2026-06-01', '2040-01-01'] },
      coordinator,
    );
    expect(gent.body.data.person.datesWithoutPrisonAccess).toEqual(['2026-05-31']);
    const antwerpen = await subgraph.post(query, { id: SOFIE, prisonId: 'ANTWERPEN', dates: ['2026-07-01'] }, coordinator);
    expect(antwerpen.body.data.person.datesWithoutPrisonAccess).toEqual(['2026-07-01']);
  });
});
