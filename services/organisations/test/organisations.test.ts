import fs from 'node:fs';
import path from 'node:path';
import { CAW, SPORT, coordinator, coordinatorAntwerpen, prisonStaff, sportStaff } from './fixtures';
import { codes, useTestSubgraph } from './harness';

// The web app's operation, verbatim from the client contract.
const CONTRACT = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'contract', 'web', 'Organisations.graphql'), 'utf8');

describe('organisations subgraph: the partner list and an organisation', () => {
  const subgraph = useTestSubgraph();

  it('answers 401 before GraphQL runs without a valid internal token', async () => {
    const missing = await subgraph.post('{ __typename }', {}, 'none');
    expect(missing.status).toBe(401);
    expect(codes(missing)).toEqual(['UNAUTHENTICATED']);
    const otherAudience = await subgraph.post('{ __typename }', {}, coordinator, 'activities');
    expect(otherAudience.status).toBe(401);
    const entities = await subgraph.post('{ _service { sdl } }', {}, 'none');
    expect(entities.status).toBe(401);
  });

  it('answers the contract query with the partners of one of your prisons, by name', async () => {
    const answer = await subgraph.post(CONTRACT, { prisonId: 'HAREN' }, coordinator);
    expect(answer.body).toEqual({
      data: { organisations: [{ id: CAW, name: 'CAW Brussel', kind: 'STRUCTURAL_PARTNER', domains: ['WELFARE'] }] },
    });
  });

  it('shows the partner list to prison staff, analysts and partner staff of that prison', async () => {
    const staff = await subgraph.post(CONTRACT, { prisonId: 'HAREN' }, prisonStaff);
    expect(staff.body.data.organisations.map((o: { id: string }) => o.id)).toEqual([CAW]);
    const partner = await subgraph.post(CONTRACT, { prisonId: 'ANTWERPEN' }, sportStaff);
    expect(partner.body.data.organisations.map((o: { id: string }) => o.id)).toEqual([SPORT]);
    const analyst = await subgraph.post(CONTRACT, { prisonId: 'GENT' }, { sub: 'a', roles: ['ANALYST'], prisons: ['GENT'] });
    expect(analyst.body.data.organisations).toHaveLength(1);
  });

  it('refuses the partner list of a prison you are not assigned to, and anonymous callers', async () => {
    expect(codes(await subgraph.post(CONTRACT, { prisonId: 'ANTWERPEN' }, coordinator))).toEqual(['FORBIDDEN']);
    expect(codes(await subgraph.post(CONTRACT, { prisonId: 'HAREN' }, 'anonymous'))).toEqual(['UNAUTHENTICATED']);
  });

  it("gives an organisation's contact details and the prisons it serves", async () => {
    const answer = await subgraph.post(
      `query ($id: ID!) { organisation(id: $id) { name contact { email phone website address } prisons { id } } }`,
      { id: CAW },
      coordinatorAntwerpen,
    );
    expect(answer.body.data.organisation).toEqual({
      name: 'CAW Brussel',
      contact: { email: 'justitie@caw.example', phone: null, website: 'https://caw.example', address: null },
      prisons: [{ id: 'HAREN' }, { id: 'GENT' }],
    });
  });

  it('lists only the people you may see: none for a coordinator of another prison', async () => {
    const query = `query ($id: ID!) { organisation(id: $id) { people { id displayName } } }`;
    const own = await subgraph.post(query, { id: CAW }, coordinator);
    expect(own.body.data.organisation.people.map((p: { displayName: string }) => p.displayName)).toEqual(['Karim E.', 'Sofie J.']);
    const other = await subgraph.post(query, { id: CAW }, coordinatorAntwerpen);
    expect(other.body.data.organisation.people).toEqual([]);
  });
});
