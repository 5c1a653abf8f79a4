import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Caller } from '@cort/auth';
import { inPrisonAs } from '@cort/subgraph';
import {
  assertAccess,
  callersOf,
  handedOutOnce,
  madeOrMissing,
  missingIds,
  placeForTheRun,
  prisonTargets,
  PROPERTY_TIMEOUT_MS,
} from '@cort/testing';
import { CORT_MEMBERSHIP } from '../src/policy';
import { openWorld, type World } from './access-harness';
import { policyAdmits } from './access-paths';
import { NO_PRISON, organisations, people, PRISONS, STRANGER } from './access-world';

// Property tests of the CORT and policy team's access (issue 13): cort(prisonId) with its members' names
// and organisations, appointCortMember, endCortMembership and setPolicyTeam answer without an access error
// exactly when the policy allows it — the prison's POLICY_COORDINATOR alone changes them, a COORDINATOR
// never — 1 000 runs each, on one seeded database (PGlite, or PostgreSQL with TEST_DATABASE_URL).

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({
  prisons: PRISONS,
  organisations: organisations.map((o) => o.id),
  subs: [...people.map((p) => p.id), STRANGER],
});
/** The organisation of the world serving each prison (access-world's SERVED), whose people are appointed there. */
const servingOrganisation = (prisonId: string) => organisations.find((o) => o.prisonIds.includes(prisonId))?.id ?? organisations[0].id;
/** Seeded members: the first person of each organisation holds a function in its first prison. */
const SEEDED = organisations.map((o, index) => ({
  prisonId: o.prisonIds[0],
  function: (['CULTURE_OFFICER', 'SPORT_OFFICER', 'WORK_MEDIATOR'] as const)[index],
  personId: people.find((p) => p.organisationId === o.id)!.id,
}));

const isCoordinatorOnly = (caller: Caller) =>
  caller.kind === 'user' && caller.roles.includes('COORDINATOR') && !caller.roles.includes('POLICY_COORDINATOR');

describe(`the CORT and policy team policy, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  const take = handedOutOnce<string>();
  /** People made for appointments (one each, so an admitted appointment never clashes), in the organisation serving the prison. */
  const freshPerson = (prisonId: string) => world.runObjects.person(servingOrganisation(prisonId));
  /** Open memberships made for end runs, in batches per prison. */
  const openMembership = (prisonId: string) =>
    take(`membership:${prisonId}`, async () => {
      const rows = await Promise.all(
        Array.from({ length: 25 }, async () => ({
          id: randomUUID(),
          prisonId,
          function: 'LIBRARY_CONSULTANT' as const,
          personId: await freshPerson(prisonId),
          since: new Date('2020-01-01'),
          appointedBy: 'seed',
        })),
      );
      await world.prisma.cortMembership.createMany({ data: rows });
      return rows.map((row) => row.id);
    });

  beforeAll(async () => {
    world = await openWorld();
    await world.prisma.cortMembership.createMany({
      data: SEEDED.map((m) => ({ ...m, since: new Date('2020-01-01'), appointedBy: 'seed' })),
    });
  });
  afterAll(() => world?.close());

  it('cort(prisonId): the coordinators, prison staff and partner staff of the prison, members’ names and organisations included', () =>
    assertAccess({
      callers,
      ...prisonTargets(PRISONS, NO_PRISON),
      send: (caller, prisonId) =>
        world.send(
          caller,
          'query ($p: ID!) { cort(prisonId: $p) { members { function person { id displayName organisation { id } } } vacancies policyTeam { role name } } }',
          { p: prisonId },
        ),
      allowed: (caller, prisonId) => policyAdmits('Query.cort', caller, null, { prisonId }),
      checkAnswer: (result, _caller, prisonId) => {
        const seeded = SEEDED.filter((m) => m.prisonId === prisonId).map((m) => ({ function: m.function, personId: m.personId }));
        const shown = (result.data?.cort as any).members.map((m: any) => ({ function: m.function, personId: m.person.id }));
        expect(shown).toEqual(expect.arrayContaining(seeded));
      },
    }));

  it('appointCortMember: the prison’s POLICY_COORDINATOR only, never a COORDINATOR', () =>
    assertAccess({
      callers,
      targets: fc.constantFrom<string>(...PRISONS, NO_PRISON),
      exists: () => false,
      idOf: (prisonId) => freshPerson(prisonId === NO_PRISON ? 'HAREN' : prisonId),
      send: (caller, personId, prisonId) =>
        world.send(caller, 'mutation ($input: AppointCortMemberInput!) { appointCortMember(input: $input) { member { id } } }', {
          input: { prisonId, function: 'EDUCATION_COORDINATOR', personId, since: '2030-01-01' },
        }),
      allowed: (caller, prisonId) => {
        const allowed = policyAdmits('Mutation.appointCortMember', caller, null, { input: { prisonId } });
        if (isCoordinatorOnly(caller)) expect(allowed).toBe(false);
        return allowed;
      },
      stateOf: (personId) => world.prisma.cortMembership.findMany({ where: { personId } }),
    }));

  it('endCortMembership: the POLICY_COORDINATOR of the membership’s prison only; hidden from who may not read that CORT', () =>
    assertAccess({
      callers,
      targets: fc.record({ prisonId: placeForTheRun(PRISONS), missingId: missingIds }),
      ...madeOrMissing(
        (made: { prisonId: string | null; missingId: string }) => made.prisonId,
        (prisonId) => openMembership(prisonId),
      ),
      hiddenFrom: (caller, made) => !made.prisonId || !CORT_MEMBERSHIP.sees(caller, { prisonId: made.prisonId } as never),
      send: (caller, id) =>
        world.send(caller, 'mutation ($input: EndCortMembershipInput!) { endCortMembership(input: $input) { member { id until } } }', {
          input: { id, until: '2030-12-31' },
        }),
      allowed: (caller, made) => {
        const allowed =
          made.prisonId !== null &&
          policyAdmits('Mutation.endCortMembership', caller) &&
          inPrisonAs(caller, made.prisonId, ['POLICY_COORDINATOR']) === true;
        if (isCoordinatorOnly(caller)) expect(allowed).toBe(false);
        return allowed;
      },
      stateOf: (id) => world.prisma.cortMembership.findUnique({ where: { id } }),
    }));

  it('setPolicyTeam: the prison’s POLICY_COORDINATOR only, never a COORDINATOR', () =>
    assertAccess({
      callers,
      ...prisonTargets(PRISONS, NO_PRISON),
      hiddenFrom: () => false, // prisons are no secret
      send: (caller, prisonId) =>
        world.send(
          caller,
          'mutation ($input: SetPolicyTeamInput!) { setPolicyTeam(input: $input) { cort { policyTeam { role name } } } }',
          {
            input: { prisonId, members: [{ role: 'DIRECTION', name: `Directie ${prisonId}` }] },
          },
        ),
      allowed: (caller, prisonId) => {
        const allowed = policyAdmits('Mutation.setPolicyTeam', caller, null, { input: { prisonId } });
        if (isCoordinatorOnly(caller)) expect(allowed).toBe(false);
        return allowed;
      },
      stateOf: (prisonId) => world.prisma.policyTeamMember.findMany({ where: { prisonId }, orderBy: { position: 'asc' } }),
    }));
});
