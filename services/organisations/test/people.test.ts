import {
  CAW,
  KARIM,
  SOFIE,
  TOM,
  cawStaff,
  coordinator,
  coordinatorAntwerpen,
  policyCoordinator,
  prisonStaff,
  sofieHerself,
  sportStaff,
} from './fixtures';
import { codes, useTestSubgraph } from './harness';

const PERSON = `query ($id: ID!) {
  person(id: $id) { id displayName firstName lastName role languages email organisation { id name } clearances { kind prison { id } validFrom validUntil } }
}`;

describe('organisations subgraph: a person is personal data', () => {
  const subgraph = useTestSubgraph();

  it('shows a person to a coordinator of a prison their organisation serves, with their clearances', async () => {
    const answer = await subgraph.post(PERSON, { id: SOFIE }, coordinator);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.person).toMatchObject({
      id: SOFIE,
      displayName: 'Sofie J.',
      firstName: 'Sofie',
      lastName: 'Janssens',
      role: 'TRAJECTORY_COUNSELLOR',
      languages: ['nl', 'fr'],
      email: 'sofie@caw.example',
      organisation: { id: CAW, name: 'CAW Brussel' },
    });
    expect(answer.body.data.person.clearances).toEqual(
      expect.arrayContaining([
        { kind: 'PRISON_ACCESS', prison: { id: 'HAREN' }, validFrom: '2026-01-01', validUntil: '2026-12-31' },
        { kind: 'PRISON_ACCESS', prison: { id: 'GENT' }, validFrom: '2026-06-01', validUntil: null },
        { kind: 'CHARTER', prison: null, validFrom: '2025-01-01', validUntil: null },
      ]),
    );
    const policy = await subgraph.post(PERSON, { id: SOFIE }, policyCoordinator);
    expect(policy.body.data.person.id).toBe(SOFIE);
  });

  it('shows a person to partner staff of the same organisation and to the person themself', async () => {
    expect((await subgraph.post(PERSON, { id: KARIM }, cawStaff)).body.data.person.id).toBe(KARIM);
    expect((await subgraph.post(PERSON, { id: SOFIE }, sofieHerself)).body.data.person.id).toBe(SOFIE);
    const volunteer = { sub: TOM, roles: ['VOLUNTEER' as const], prisons: [] };
    expect((await subgraph.post(PERSON, { id: TOM }, volunteer)).body.data.person.id).toBe(TOM);
  });

  it('answers everyone else exactly as for a person that does not exist', async () => {
    const unknown = await subgraph.post(PERSON, { id: '0d000000-0000-4000-8000-00000000ffff' }, coordinator);
    const refusals = await Promise.all([
      subgraph.post(PERSON, { id: SOFIE }, coordinatorAntwerpen), // a coordinator, but not of CAW's prisons
      subgraph.post(PERSON, { id: SOFIE }, sportStaff), // partner staff of another organisation
      subgraph.post(PERSON, { id: SOFIE }, prisonStaff), // prison staff of the right prison
      subgraph.post(PERSON, { id: KARIM }, { ...sofieHerself, roles: ['VOLUNTEER'] }), // a colleague who is a volunteer
    ]);
    for (const refused of refusals) {
      expect(refused.body.data).toEqual(unknown.body.data);
      expect(codes(refused)).toEqual(codes(unknown));
    }
    expect(codes(await subgraph.post(PERSON, { id: SOFIE }, 'anonymous'))).toEqual(['UNAUTHENTICATED']);
  });

  it('hides the people of an organisation from those who may not see them', async () => {
    const query = `query ($id: ID!) { organisation(id: $id) { people { id } } }`;
    const colleagues = await subgraph.post(query, { id: CAW }, cawStaff);
    expect(colleagues.body.data.organisation.people.map((p: { id: string }) => p.id).sort()).toEqual([KARIM, SOFIE].sort());
    const herself = await subgraph.post(query, { id: CAW }, { ...sofieHerself, roles: ['VOLUNTEER'] });
    expect(herself.body.data.organisation.people).toEqual([{ id: SOFIE }]);
    const staff = await subgraph.post(query, { id: CAW }, prisonStaff);
    expect(staff.body.data.organisation.people).toEqual([]);
  });
});
