import fc from 'fast-check';
import type { Caller } from '@cort/auth';
import {
  assertAccess,
  callersOf,
  idTargets,
  madeOrMissing,
  missingIds,
  placeForTheRun,
  prisonTargets,
  PROPERTY_TIMEOUT_MS,
  seededOrMissing,
} from '@cort/testing';
import { canManage, canSeePerson } from '../src/policy';
import { openWorld, type World } from './access-harness';
import { organisationHiddenFrom, ownStaff, personForTheRun, personOf, type PersonForTheRun } from './access-mutations';
import { policyAdmits } from './access-paths';
import { NO_PRISON, organisationById, organisations, people, PRISONS, prisonsOf, SERVED, STRANGER } from './access-world';

// Property tests of the partners' agreements and hours (issue 13): expiringAgreements, recordAgreement,
// recordVolunteerHours, recordOnboardingStep, and an organisation's agreements, agreementCovers and
// volunteerHours answer without an access error exactly when the policy allows it, 1 000 runs each
// (Person.expiringClearances and Person.onboarding run with the other personal fields in
// policy.property.test.ts).

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({
  prisons: PRISONS,
  organisations: organisations.map((o) => o.id),
  subs: [...people.map((p) => p.id), STRANGER],
});
const organisationIds = seededOrMissing(organisations.map((o) => o.id));
const assigned = (caller: Caller, prisonIds: readonly string[]) =>
  caller.kind === 'user' && prisonIds.every((p) => caller.prisons.includes(p));
/** organisationField's keepers: the coordinators of a prison it serves, its own partner staff. */
const keeps = (caller: Caller, organisationId: string) => canManage(caller, prisonsOf(organisationId)) || ownStaff(caller, organisationId);

describe(`the partners' agreements and hours policy, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld();
    await world.prisma.agreement.createMany({
      data: organisations.map((o) => ({
        organisationId: o.id,
        kind: 'COOPERATION_AGREEMENT' as const,
        prisonIds: [],
        validFrom: new Date('2020-01-01'),
        validUntil: new Date(Date.now() + 20 * 86_400_000),
        recordedBy: 'seed',
      })),
    });
  });
  afterAll(() => world?.close());

  it('expiringAgreements(prisonId): the coordinators of the prison', () =>
    assertAccess({
      callers,
      ...prisonTargets(PRISONS, NO_PRISON),
      send: (caller, prisonId) =>
        world.send(caller, 'query ($p: ID!) { expiringAgreements(prisonId: $p, withinDays: 60) { id } }', { p: prisonId }),
      allowed: (caller, prisonId) => policyAdmits('Query.expiringAgreements', caller, null, { prisonId }),
      checkAnswer: (result, _caller, prisonId) =>
        expect((result.data!.expiringAgreements as unknown[]).length).toBeGreaterThanOrEqual(
          organisations.filter((o) => o.prisonIds.includes(prisonId)).length,
        ),
    }));

  for (const field of [
    'agreements { kind current }',
    'volunteerHours(prisonId: "HAREN", year: 2030)',
    'volunteerHoursBySource(prisonId: "HAREN", year: 2030) { facilitated recorded total }',
    'agreementCovers(prisonId: "HAREN", from: "2030-01-01", until: "2030-02-01")',
  ]) {
    it(`Organisation.${field.split(/[ (]/)[0]}: the coordinators of a prison it serves and its own partner staff`, () =>
      assertAccess({
        callers,
        ...idTargets(organisationIds, organisationById),
        hiddenFrom: organisationHiddenFrom,
        send: (caller, id) => world.send(caller, `query ($id: ID!) { organisation(id: $id) { id ${field} } }`, { id }),
        allowed: (caller, id) => policyAdmits('Query.organisation', caller) && organisationById.has(id) && keeps(caller, id),
      }));
  }

  it('recordAgreement: a coordinator of a prison it serves, assigned to every prison it covers', () =>
    assertAccess({
      callers,
      targets: fc.record({ prisonIds: placeForTheRun(SERVED), missingId: missingIds, namesOne: fc.boolean() }),
      ...madeOrMissing(
        (made: { prisonIds: string[] | null; missingId: string; namesOne: boolean }) => made.prisonIds,
        (prisonIds) => world.runObjects.organisation(prisonIds),
      ),
      hiddenFrom: organisationHiddenFrom,
      send: (caller, organisationId, made) =>
        world.send(caller, 'mutation ($input: RecordAgreementInput!) { recordAgreement(input: $input) { organisation { id } } }', {
          input: {
            organisationId,
            prisonIds: made.namesOne ? (made.prisonIds ?? ['HAREN']).slice(0, 1) : [],
            kind: 'RECOGNITION',
            validFrom: '2030-01-01',
          },
        }),
      allowed: (caller, made) => {
        if (made.prisonIds === null) return false;
        const named = made.namesOne ? made.prisonIds.slice(0, 1) : [];
        return (
          policyAdmits('Mutation.recordAgreement', caller, null, { input: { prisonIds: named } }) &&
          canManage(caller, made.prisonIds) &&
          assigned(caller, named.length ? named : made.prisonIds)
        );
      },
      stateOf: (organisationId) => world.prisma.agreement.count({ where: { organisationId } }),
    }));

  it('recordVolunteerHours: the keepers of the person’s record, for a prison of theirs the organisation serves', () =>
    assertAccess({
      callers,
      targets: personForTheRun,
      ...madeOrMissing(
        (made: PersonForTheRun) => made.organisationId,
        (organisationId) => world.runObjects.person(organisationId),
      ),
      hiddenFrom: (caller, made) => !canSeePerson(caller, personOf(made), prisonsOf(made.organisationId ?? '')),
      send: (caller, personId, made) =>
        world.send(caller, 'mutation ($input: RecordVolunteerHoursInput!) { recordVolunteerHours(input: $input) { person { id } } }', {
          input: {
            personId,
            prisonId: prisonsOf(made.organisationId ?? '')[0] ?? 'HAREN',
            date: '2030-01-01',
            hours: 2,
            kind: 'PREPARATION',
          },
        }),
      allowed: (caller, made) => {
        if (made.organisationId === null) return false;
        const prisonId = prisonsOf(made.organisationId)[0];
        return (
          policyAdmits('Mutation.recordVolunteerHours', caller, null, { input: { prisonId } }) &&
          canSeePerson(caller, personOf(made), prisonsOf(made.organisationId)) &&
          (canManage(caller, prisonsOf(made.organisationId)) || ownStaff(caller, made.organisationId))
        );
      },
      stateOf: (personId) => world.prisma.volunteerHours.count({ where: { personId } }),
    }));

  it('recordOnboardingStep: a coordinator of a prison their organisation serves, never their partner staff', () =>
    assertAccess({
      callers,
      targets: personForTheRun,
      ...madeOrMissing(
        (made: PersonForTheRun) => made.organisationId,
        (organisationId) => world.runObjects.person(organisationId),
      ),
      hiddenFrom: (caller, made) => !canSeePerson(caller, personOf(made), prisonsOf(made.organisationId ?? '')),
      send: (caller, personId) =>
        world.send(
          caller,
          'mutation ($input: RecordOnboardingStepInput!) { recordOnboardingStep(input: $input) { step { step } person { id } } }',
          { input: { personId, step: 'WELCOME_TALK', plannedOn: '2030-01-01' } },
        ),
      allowed: (caller, made) =>
        made.organisationId !== null &&
        policyAdmits('Mutation.recordOnboardingStep', caller) &&
        canSeePerson(caller, personOf(made), prisonsOf(made.organisationId)) &&
        canManage(caller, prisonsOf(made.organisationId)),
      stateOf: (personId) => world.prisma.onboardingStep.findMany({ where: { personId } }),
    }));

  it('setPersonStatus: a coordinator of a prison their organisation serves, never their partner staff', () =>
    assertAccess({
      callers,
      targets: personForTheRun,
      ...madeOrMissing(
        (made: PersonForTheRun) => made.organisationId,
        (organisationId) => world.runObjects.person(organisationId),
      ),
      hiddenFrom: (caller, made) => !canSeePerson(caller, personOf(made), prisonsOf(made.organisationId ?? '')),
      send: (caller, personId) =>
        world.send(caller, 'mutation ($input: SetPersonStatusInput!) { setPersonStatus(input: $input) { person { id } } }', {
          input: { personId, status: 'SUSPENDED', since: '2030-01-01' },
        }),
      allowed: (caller, made) =>
        made.organisationId !== null &&
        policyAdmits('Mutation.setPersonStatus', caller) &&
        canSeePerson(caller, personOf(made), prisonsOf(made.organisationId)) &&
        canManage(caller, prisonsOf(made.organisationId)),
      stateOf: (personId) => world.prisma.person.findUnique({ where: { id: personId } }),
    }));
});
