import { APPOINT, appoint, END, organisationWithPeople, SET_TEAM } from './cort-fixtures';
import { isoDate } from './fixtures';
import { startGraph, type Graph } from './graph';

// The functions of a Brussels prison's CORT (HAREN), in their order: the nine of the structural organisations
// and the community coordinator, whom a Flemish prison's CORT does not have.
const FUNCTIONS = [
  'ORGANISATION_SUPPORT',
  'EDUCATION_COORDINATOR',
  'CULTURE_OFFICER',
  'SPORT_OFFICER',
  'WORK_MEDIATOR',
  'LIBRARY_CONSULTANT',
  'UNLOCKED_COORDINATOR',
  'CHILD_VISITS_RESPONSIBLE',
  'PRISON_OFFICER',
  'COMMUNITY_COORDINATOR',
];
const FLEMISH_FUNCTIONS = FUNCTIONS.filter((fn) => fn !== 'COMMUNITY_COORDINATOR');

// contract/web/Cort: the CORT of one prison with its members, vacancies and policy team; read by the
// prison's coordinators, prison staff and partner staff; changed by its POLICY_COORDINATOR only.
describe('contract: web/Cort (the CORT and the policy team)', () => {
  let graph: Graph;
  let coordinator: string;
  let policyCoordinator: string;
  let cultuur: { organisationId: string; personIds: string[] };
  let elsewhere: { organisationId: string; personIds: string[] };
  const cort = (token: string, prisonId = 'HAREN') => graph.run('web/Cort.graphql', { prisonId }, token);
  const memberships = () => graph.organisations.prisma.cortMembership.count();

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN', 'GENT'] });
    policyCoordinator = await graph.token({ roles: ['POLICY_COORDINATOR'], prisons: ['HAREN'] });
    cultuur = await organisationWithPeople(graph, coordinator, ['HAREN'], 'Cultuurcentrum Haren', [
      { firstName: 'Lotte', lastName: 'Peeters' },
      { firstName: 'Ahmed', lastName: 'Ouali' },
      { firstName: 'Nele', lastName: 'Wouters' },
      { firstName: 'Jonas', lastName: 'Maes' },
    ]);
    elsewhere = await organisationWithPeople(graph, coordinator, ['GENT'], 'Sport Gent', [{ firstName: 'Bram', lastName: 'Claes' }]);
  });
  afterAll(() => graph?.stop());

  it('shows today’s members with their function, name and organisation, and every other function as a vacancy', async () => {
    const [lotte, ahmed, nele] = cultuur.personIds;
    await appoint(graph, policyCoordinator, 'HAREN', 'CULTURE_OFFICER', lotte, isoDate(-100));
    await appoint(graph, policyCoordinator, 'HAREN', 'ORGANISATION_SUPPORT', ahmed, isoDate(0));
    await appoint(graph, policyCoordinator, 'HAREN', 'SPORT_OFFICER', nele, isoDate(10)); // not yet

    const answer = await cort(coordinator);
    expect(answer.errors).toBeUndefined();
    const organisation = { id: cultuur.organisationId, name: 'Cultuurcentrum Haren' };
    expect(answer.data.cort).toEqual({
      prison: { id: 'HAREN' },
      members: [
        { function: 'ORGANISATION_SUPPORT', since: isoDate(0), person: { id: ahmed, displayName: 'Ahmed O.', organisation } },
        { function: 'CULTURE_OFFICER', since: isoDate(-100), person: { id: lotte, displayName: 'Lotte P.', organisation } },
      ],
      vacancies: FUNCTIONS.filter((fn) => fn !== 'ORGANISATION_SUPPORT' && fn !== 'CULTURE_OFFICER'),
      policyTeam: [],
    });
  });

  it('is read by the prison’s prison staff and partner staff too, names and organisations included, and by nobody else', async () => {
    const readers = [
      await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] }),
      await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: elsewhere.organisationId }),
    ];
    for (const token of readers) {
      const answer = await cort(token);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.cort.members.map((m: any) => m.person.displayName)).toEqual(['Ahmed O.', 'Lotte P.']);
    }
    const refused = [
      await graph.token({ roles: ['VOLUNTEER'], prisons: ['HAREN'] }),
      await graph.token({ roles: ['ANALYST'], prisons: ['HAREN'] }),
      await graph.token({ roles: ['PRISON_STAFF'], prisons: ['GENT'] }),
    ];
    for (const token of refused) expect((await cort(token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await graph.run('web/Cort.graphql', { prisonId: 'HAREN' })).status).toBe(401);
  });

  it('holds one function per person in a prison: a second one while the first holds is a CONFLICT', async () => {
    const before = await memberships();
    const answer = await graph.send(
      APPOINT,
      { input: { prisonId: 'HAREN', function: 'LIBRARY_CONSULTANT', personId: cultuur.personIds[0], since: isoDate(0) } },
      policyCoordinator,
    );
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(answer.errors?.[0].message).toContain('CULTURE_OFFICER');
    expect(await memberships()).toBe(before);
  });

  it('appoints only people of an organisation serving the prison, and people that exist', async () => {
    const before = await memberships();
    for (const personId of [elsewhere.personIds[0], '7d1f0c1e-0000-4000-8000-000000000000']) {
      const answer = await graph.send(
        APPOINT,
        { input: { prisonId: 'HAREN', function: 'WORK_MEDIATOR', personId, since: isoDate(0) } },
        policyCoordinator,
      );
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
    }
    expect(await memberships()).toBe(before);
  });

  it('ends a membership on its last day: the function is vacant after it, and it cannot end twice or before it began', async () => {
    const id = await appoint(graph, policyCoordinator, 'HAREN', 'WORK_MEDIATOR', cultuur.personIds[3], isoDate(-10));
    expect((await graph.send(END, { input: { id, until: isoDate(-11) } }, policyCoordinator)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'until',
    });
    const ended = await graph.send(END, { input: { id, until: isoDate(-1) } }, policyCoordinator);
    expect(ended.errors).toBeUndefined();
    expect(ended.data.endCortMembership.member).toEqual({ id, until: isoDate(-1) });
    expect(ended.data.endCortMembership.cort.vacancies).toContain('WORK_MEDIATOR');
    expect((await graph.send(END, { input: { id, until: isoDate(0) } }, policyCoordinator)).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('sets the policy team: the direction and the policy coordinator by name, each organisation’s responsible person', async () => {
    const members = [
      { role: 'DIRECTION', name: 'Directie Haren' },
      { role: 'POLICY_COORDINATOR', name: 'Jan De Smet' },
      { role: 'ORGANISATION_RESPONSIBLE', personId: cultuur.personIds[0] },
    ];
    const set = await graph.send(SET_TEAM, { input: { prisonId: 'HAREN', members } }, policyCoordinator);
    expect(set.errors).toBeUndefined();
    const expected = [
      { role: 'DIRECTION', name: 'Directie Haren', organisation: null },
      { role: 'POLICY_COORDINATOR', name: 'Jan De Smet', organisation: null },
      { role: 'ORGANISATION_RESPONSIBLE', name: 'Lotte P.', organisation: { id: cultuur.organisationId, name: 'Cultuurcentrum Haren' } },
    ];
    expect(set.data.setPolicyTeam.cort.policyTeam).toEqual(expected);
    expect((await cort(coordinator)).data.cort.policyTeam).toEqual(expected);

    // Bad input names the seat and writes nothing: the team stays as it was.
    const bad = await graph.send(
      SET_TEAM,
      {
        input: {
          prisonId: 'HAREN',
          members: [
            { role: 'DIRECTION', name: 'Nieuw' },
            { role: 'ORGANISATION_RESPONSIBLE', personId: elsewhere.personIds[0] },
          ],
        },
      },
      policyCoordinator,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'members.1.personId' });
    expect((await cort(coordinator)).data.cort.policyTeam).toEqual(expected);
  });

  it('is changed by the prison’s policy coordinator only: a coordinator, or another prison’s policy coordinator, is refused and writes nothing', async () => {
    const gentPolicy = await graph.token({ roles: ['POLICY_COORDINATOR'], prisons: ['GENT'] });
    const id = (await graph.organisations.prisma.cortMembership.findFirstOrThrow({ where: { until: null } })).id;
    const before = await graph.organisations.prisma.cortMembership.findMany({ orderBy: { id: 'asc' } });
    const team = await graph.organisations.prisma.policyTeamMember.findMany({ orderBy: { position: 'asc' } });
    // Another prison's policy coordinator does not see HAREN's memberships: NOT_FOUND, as for an unknown id.
    for (const [token, endCode] of [
      [coordinator, 'FORBIDDEN'],
      [gentPolicy, 'NOT_FOUND'],
    ]) {
      const attempts = [
        graph.send(
          APPOINT,
          { input: { prisonId: 'HAREN', function: 'PRISON_OFFICER', personId: cultuur.personIds[2], since: isoDate(0) } },
          token,
        ),
        graph.send(END, { input: { id, until: isoDate(0) } }, token),
        graph.send(SET_TEAM, { input: { prisonId: 'HAREN', members: [] } }, token),
      ];
      const codes = (await Promise.all(attempts)).map((answer) => answer.errors?.[0].extensions?.code);
      expect(codes).toEqual(['FORBIDDEN', endCode, 'FORBIDDEN']);
    }
    expect(await graph.organisations.prisma.cortMembership.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    expect(await graph.organisations.prisma.policyTeamMember.findMany({ orderBy: { position: 'asc' } })).toEqual(team);
  });
  it('has community coordinators in Brussels: a vacancy until someone holds it, held by two people side by side', async () => {
    const communities = await organisationWithPeople(graph, coordinator, ['HAREN'], 'Justitieel Welzijnswerk Brussel', [
      { firstName: 'Ine', lastName: 'Van Damme' },
      { firstName: 'Amélie', lastName: 'Leroy' },
    ]);
    expect((await cort(coordinator)).data.cort.vacancies).toContain('COMMUNITY_COORDINATOR');
    const [flemish, french] = communities.personIds;
    await appoint(graph, policyCoordinator, 'HAREN', 'COMMUNITY_COORDINATOR', flemish, isoDate(-20));
    const second = await appoint(graph, policyCoordinator, 'HAREN', 'COMMUNITY_COORDINATOR', french, isoDate(-10));

    const answer = await cort(coordinator);
    expect(answer.errors).toBeUndefined();
    const holders = answer.data.cort.members.filter((m: any) => m.function === 'COMMUNITY_COORDINATOR');
    expect(holders.map((m: any) => m.person.id)).toEqual([flemish, french]);
    expect(answer.data.cort.vacancies).not.toContain('COMMUNITY_COORDINATOR');
    // One of the two leaves: the function is still held, so no vacancy.
    const ended = await graph.send(END, { input: { id: second, until: isoDate(-1) } }, policyCoordinator);
    expect(ended.errors).toBeUndefined();
    expect(ended.data.endCortMembership.cort.vacancies).not.toContain('COMMUNITY_COORDINATOR');
  });

  it('has no community coordinator in a Flemish prison: never a vacancy there, and appointing one is BAD_USER_INPUT that writes nothing', async () => {
    const gentPolicy = await graph.token({ roles: ['POLICY_COORDINATOR'], prisons: ['GENT'] });
    const gent = await cort(gentPolicy, 'GENT');
    expect(gent.errors).toBeUndefined();
    expect(gent.data.cort.vacancies).toEqual(FLEMISH_FUNCTIONS);

    const before = await graph.organisations.prisma.cortMembership.findMany({ orderBy: { id: 'asc' } });
    const [bram] = elsewhere.personIds;
    const refused = await graph.send(
      APPOINT,
      { input: { prisonId: 'GENT', function: 'COMMUNITY_COORDINATOR', personId: bram, since: isoDate(0) } },
      gentPolicy,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'function' });
    expect(refused.errors?.[0].message).toContain('Brussels');
    expect(await graph.organisations.prisma.cortMembership.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    // The same person takes up a function a Flemish CORT has.
    await appoint(graph, gentPolicy, 'GENT', 'SPORT_OFFICER', bram, isoDate(0));
    expect((await cort(gentPolicy, 'GENT')).data.cort.vacancies).toEqual(FLEMISH_FUNCTIONS.filter((fn) => fn !== 'SPORT_OFFICER'));
  });
});
