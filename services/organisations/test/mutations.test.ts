import { CAW, SOFIE, SPORT, cawStaff, coordinator, coordinatorAntwerpen, prisonStaff } from './fixtures';
import { codes, useTestSubgraph } from './harness';

const CREATE_ORGANISATION = `mutation ($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { organisation { id name kind domains contact { email website } prisons { id } } }
}`;
const UPDATE_ORGANISATION = `mutation ($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { organisation { id name domains contact { phone email } } } }`;
const CREATE_PERSON = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id displayName role languages organisation { id } } } }`;
const UPDATE_PERSON = `mutation ($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { person { id lastName languages } } }`;
const RECORD_CLEARANCE = `mutation ($input: RecordClearanceInput!) {
  recordClearance(input: $input) { person { id clearances { kind prison { id } validFrom validUntil recordedAt } } }
}`;

const newPartner = {
  name: '  De Rode Antraciet  ',
  kind: 'PARTNER',
  domains: ['CULTURE'],
  prisonIds: ['HAREN'],
  contact: { email: 'info@rode.example', website: 'https://rode.example' },
};

describe('organisations subgraph: coordinators keep the partners, their people and clearances', () => {
  const subgraph = useTestSubgraph();

  it('lets a coordinator add a partner serving their prison', async () => {
    const answer = await subgraph.post(CREATE_ORGANISATION, { input: newPartner }, coordinator);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.createOrganisation.organisation).toMatchObject({
      name: 'De Rode Antraciet',
      kind: 'PARTNER',
      domains: ['CULTURE'],
      contact: { email: 'info@rode.example', website: 'https://rode.example' },
      prisons: [{ id: 'HAREN' }],
    });
  });

  it('refuses a partner for a prison the coordinator is not assigned to, and everyone but coordinators', async () => {
    const outside = await subgraph.post(CREATE_ORGANISATION, { input: { ...newPartner, prisonIds: ['HAREN', 'GENT'] } }, coordinator);
    expect(codes(outside)).toEqual(['FORBIDDEN']);
    expect(codes(await subgraph.post(CREATE_ORGANISATION, { input: newPartner }, prisonStaff))).toEqual(['FORBIDDEN']);
    expect(codes(await subgraph.post(CREATE_ORGANISATION, { input: newPartner }, cawStaff))).toEqual(['FORBIDDEN']);
    expect(codes(await subgraph.post(CREATE_ORGANISATION, { input: newPartner }, 'anonymous'))).toEqual(['UNAUTHENTICATED']);
  });

  it('names the field of bad input and writes nothing', async () => {
    const before = await subgraph.prisma.organisation.count();
    const answer = await subgraph.post(
      CREATE_ORGANISATION,
      { input: { ...newPartner, name: ' ', contact: { email: 'not-an-address' } } },
      coordinator,
    );
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.body.errors![0].extensions!.field).toBe('name');
    expect(await subgraph.prisma.organisation.count()).toBe(before);
    const noPrison = await subgraph.post(CREATE_ORGANISATION, { input: { ...newPartner, prisonIds: [] } }, coordinator);
    expect(noPrison.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prisonIds' });
  });

  it('lets a coordinator of a prison the organisation serves change the given fields, and no other coordinator', async () => {
    const changed = await subgraph.post(
      UPDATE_ORGANISATION,
      { id: CAW, input: { domains: ['WELFARE', 'HEALTH'], contact: { phone: '+32 2 000 00 00' } } },
      coordinator,
    );
    expect(changed.body.data.updateOrganisation.organisation).toEqual({
      id: CAW,
      name: 'CAW Brussel',
      domains: ['WELFARE', 'HEALTH'],
      contact: { phone: '+32 2 000 00 00', email: 'justitie@caw.example' },
    });
    const cleared = await subgraph.post(UPDATE_ORGANISATION, { id: CAW, input: { contact: { email: null } } }, coordinator);
    expect(cleared.body.data.updateOrganisation.organisation.contact).toEqual({ phone: '+32 2 000 00 00', email: null });
    expect(codes(await subgraph.post(UPDATE_ORGANISATION, { id: CAW, input: { name: 'Elders' } }, coordinatorAntwerpen))).toEqual([
      'FORBIDDEN',
    ]);
    const bad = await subgraph.post(UPDATE_ORGANISATION, { id: CAW, input: { contact: { website: 'caw.example' } } }, coordinator);
    expect(bad.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contact.website' });
  });

  it('adds and changes a person of the organisation', async () => {
    const input = { organisationId: CAW, firstName: 'Lies', lastName: 'Vermeulen', role: 'TEACHER', languages: ['nl', 'en'] };
    const created = await subgraph.post(CREATE_PERSON, { input }, coordinator);
    const person = created.body.data.createPerson.person;
    expect(person).toMatchObject({ displayName: 'Lies V.', role: 'TEACHER', languages: ['nl', 'en'], organisation: { id: CAW } });
    const updated = await subgraph.post(
      UPDATE_PERSON,
      { id: person.id, input: { lastName: 'Vermeulen-Peeters', languages: ['nl'] } },
      coordinator,
    );
    expect(updated.body.data.updatePerson.person).toEqual({ id: person.id, lastName: 'Vermeulen-Peeters', languages: ['nl'] });
    const withoutEmail = await subgraph.post(
      `mutation ($id: ID!) { updatePerson(id: $id, input: { email: null }) { person { email firstName } } }`,
      { id: SOFIE },
      coordinator,
    );
    expect(withoutEmail.body.data.updatePerson.person).toEqual({ email: null, firstName: 'Sofie' });
    const bad = await subgraph.post(CREATE_PERSON, { input: { ...input, languages: ['not a tag'] } }, coordinator);
    expect(bad.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'languages' });
    expect(codes(await subgraph.post(CREATE_PERSON, { input: { ...input, organisationId: SPORT } }, coordinator))).toEqual(['FORBIDDEN']);
  });

  it('records a clearance, for coordinators only, refusing a permit without a prison or ending before it starts', async () => {
    const permit = { personId: SOFIE, kind: 'PRISON_ACCESS', prisonId: 'HAREN', validFrom: '2027-01-01', validUntil: '2027-12-31' };
    const recorded = await subgraph.post(RECORD_CLEARANCE, { input: permit }, coordinator);
    expect(recorded.body.errors).toBeUndefined();
    expect(recorded.body.data.recordClearance.person.clearances).toContainEqual(
      expect.objectContaining({ kind: 'PRISON_ACCESS', prison: { id: 'HAREN' }, validFrom: '2027-01-01', validUntil: '2027-12-31' }),
    );
    const before = await subgraph.prisma.clearance.count();
    const noPrison = await subgraph.post(RECORD_CLEARANCE, { input: { ...permit, prisonId: null } }, coordinator);
    expect(noPrison.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prisonId' });
    const backwards = await subgraph.post(RECORD_CLEARANCE, { input: { ...permit, validUntil: '2026-12-31' } }, coordinator);
    expect(backwards.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validUntil' });
    expect(codes(await subgraph.post(RECORD_CLEARANCE, { input: permit }, cawStaff))).toEqual(['FORBIDDEN']);
    expect(await subgraph.prisma.clearance.count()).toBe(before);
  });
});
