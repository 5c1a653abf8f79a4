import fc from 'fast-check';
import type { Caller } from '@cort/auth';
import {
  assertAccess,
  assertOutcomes,
  assertReferences,
  callersOf,
  idTargets,
  madeOrMissing,
  missingIds,
  placeForTheRun,
  prisonTargets,
  PROPERTY_TIMEOUT_MS,
  seededOrMissing,
} from '@cort/testing';
import { canManage, canSeePerson, organisationsPolicy } from '../src/policy';
import { openWorld, type World } from './access-harness';
import { clearancePrison, organisationHiddenFrom, ownStaff, personForTheRun, personOf, type PersonForTheRun } from './access-mutations';
import { expectedPersonalField, outcomeOf, PERSONAL_FIELDS, personalFieldOf, policyAdmits, type PersonPath } from './access-paths';
import { NO_PRISON, organisationById, organisations, people, personById, PRISONS, prisonsOf, SERVED, STRANGER } from './access-world';

// Property tests of the organisations service's access policy (issue 4): for drawn callers and objects,
// every root field, every field of a person and of a clearance and every reference answer without an
// access error exactly when the policy and the object-level rule the resolver uses allow it, 1 000 runs
// each, in-process on one seeded database (PGlite, or PostgreSQL with TEST_DATABASE_URL).

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({
  prisons: PRISONS,
  organisations: organisations.map((o) => o.id),
  subs: [...people.map((p) => p.id), STRANGER],
});
const organisationIds = seededOrMissing(organisations.map((o) => o.id));
const personIds = seededOrMissing(people.map((p) => p.id));

const seededOrganisations = (list: { id: string }[]) =>
  list
    .map((o) => o.id)
    .filter((id) => organisationById.has(id))
    .sort();
describe(`the organisations policy, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => (world = await openWorld()));
  afterAll(() => world?.close());

  /** A person made for the run in a seeded organisation (to be changed by the partner staff or coordinators), or an id nothing has. */
  const madePerson = {
    callers,
    targets: personForTheRun,
    ...madeOrMissing(
      (made: PersonForTheRun) => made.organisationId,
      (organisationId) => world.runObjects.person(organisationId),
    ),
    hiddenFrom: (caller: Caller, made: PersonForTheRun) => !canSeePerson(caller, personOf(made), prisonsOf(made.organisationId ?? '')),
  };

  describe('queries', () => {
    it('organisations(prisonId): everyone signed in and assigned to the prison, the partners serving it', () =>
      assertAccess({
        callers,
        ...prisonTargets(PRISONS, NO_PRISON),
        send: (caller, prisonId) => world.send(caller, 'query ($p: ID!) { organisations(prisonId: $p) { id } }', { p: prisonId }),
        allowed: (caller, prisonId) => policyAdmits('Query.organisations', caller, null, { prisonId }),
        checkAnswer: (result, _caller, prisonId) =>
          expect(seededOrganisations(result.data?.organisations as { id: string }[])).toEqual(
            organisations
              .filter((o) => o.prisonIds.includes(prisonId))
              .map((o) => o.id)
              .sort(),
          ),
      }));

    it('organisation(id): everyone signed in', () =>
      assertAccess({
        callers,
        ...idTargets(organisationIds, organisationById),
        send: (caller, id) => world.send(caller, 'query ($id: ID!) { organisation(id: $id) { id name } }', { id }),
        allowed: (caller, id) => policyAdmits('Query.organisation', caller) && organisationById.has(id),
      }));

    it('person(id): themself, the partner staff of their organisation, the coordinators of a prison it serves', () =>
      assertAccess({
        callers,
        ...idTargets(personIds, personById),
        send: (caller, id) => world.send(caller, 'query ($id: ID!) { person(id: $id) { id } }', { id }),
        allowed: (caller, id) => {
          const person = personById.get(id);
          return policyAdmits('Query.person', caller) && !!person && canSeePerson(caller, person, prisonsOf(person.organisationId));
        },
      }));
  });

  describe('personal fields and references', () => {
    // One drawn field per run: a refused field nulls the whole person, hiding its siblings' fate.
    it('each field of a person and of their clearances is shown exactly when the policy and the person’s visibility allow it', () =>
      assertOutcomes({
        callers,
        ways: fc.tuple(
          fc.oneof(
            fc.record({ path: fc.constantFrom<PersonPath>('person', 'reference'), id: personIds }),
            fc.record({ path: fc.constant<PersonPath>('people'), id: organisationIds }),
          ),
          fc.constantFrom(...PERSONAL_FIELDS),
        ),
        expected: (caller, [{ path, id }, field]) => expectedPersonalField(caller, path, id, field),
        answered: (expected) => /^answered: ./.test(expected),
        outcome: async (caller, [{ path, id }, field]) => {
          const { source, variables } = personalFieldOf(path, id, field);
          return outcomeOf(await world.send(caller, source, variables));
        },
      }));

    it('a reference to an organisation or a person resolves as a direct read would, and to null alike for others and unknown ids', () =>
      assertReferences({
        callers,
        policy: organisationsPolicy,
        ids: { Organisation: organisationIds, Person: personIds },
        visible: (caller, type, id) => {
          const person = personById.get(id);
          return type === 'Organisation'
            ? organisationById.has(id)
            : !!person && canSeePerson(caller, person, prisonsOf(person.organisationId));
        },
        send: (caller, source, variables) => world.send(caller, source, variables),
      }));
  });

  describe('mutations', () => {
    it('createOrganisation: the coordinators of every prison it is to serve', () =>
      assertAccess({
        callers,
        targets: fc.subarray<string>([...PRISONS, NO_PRISON], { minLength: 1 }),
        exists: () => false, // nothing exists yet to probe for
        idOf: () => 'new',
        send: (caller, _id, prisonIds) =>
          world.send(caller, 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }', {
            input: { name: 'Boekenclub vzw', kind: 'VOLUNTEER_ORGANISATION', domains: ['CULTURE'], prisonIds },
          }),
        allowed: (caller, prisonIds) => policyAdmits('Mutation.createOrganisation', caller, null, { input: { prisonIds } }),
        stateOf: () => world.prisma.organisation.count(),
      }));

    it('updateOrganisation: the coordinators of a prison it serves', () =>
      assertAccess({
        callers,
        targets: fc.record({ prisonIds: placeForTheRun(SERVED), missingId: missingIds }),
        ...madeOrMissing(
          (made: { prisonIds: string[] | null; missingId: string }) => made.prisonIds,
          (prisonIds) => world.runObjects.organisation(prisonIds),
        ),
        hiddenFrom: organisationHiddenFrom,
        send: (caller, id) =>
          world.send(
            caller,
            'mutation ($id: ID!) { updateOrganisation(id: $id, input: { name: "Renamed vzw" }) { organisation { id name } } }',
            { id },
          ),
        allowed: (caller, made) =>
          made.prisonIds !== null && policyAdmits('Mutation.updateOrganisation', caller) && canManage(caller, made.prisonIds),
        stateOf: (id) => world.prisma.organisation.findUnique({ where: { id } }),
      }));

    it('createPerson: its own partner staff and the coordinators of a prison it serves', () =>
      assertAccess({
        callers,
        ...idTargets(organisationIds, organisationById),
        hiddenFrom: organisationHiddenFrom,
        send: (caller, organisationId) =>
          world.send(caller, 'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }', {
            input: { organisationId, firstName: 'Lotte', lastName: 'Maes', role: 'TEACHER', languages: ['nl'] },
          }),
        allowed: (caller, organisationId) =>
          policyAdmits('Mutation.createPerson', caller, null, { input: { organisationId } }) &&
          organisationById.has(organisationId) &&
          (canManage(caller, prisonsOf(organisationId)) || ownStaff(caller, organisationId)),
        stateOf: (organisationId) => world.prisma.person.count({ where: { organisationId } }),
      }));

    it('updatePerson: the partner staff of their organisation and the coordinators of a prison it serves', () =>
      assertAccess<PersonForTheRun>({
        ...madePerson,
        send: (caller, id) =>
          world.send(
            caller,
            'mutation ($id: ID!) { updatePerson(id: $id, input: { email: "lotte@partner.example" }) { person { id email } } }',
            { id },
          ),
        allowed: (caller, made) =>
          made.organisationId !== null &&
          policyAdmits('Mutation.updatePerson', caller) &&
          canSeePerson(caller, personOf(made), prisonsOf(made.organisationId)) &&
          (canManage(caller, prisonsOf(made.organisationId)) || ownStaff(caller, made.organisationId)),
        stateOf: (id) => world.prisma.person.findUnique({ where: { id } }),
      }));

    it('recordClearance: the coordinators of a prison the organisation serves, permits for their own prisons', () =>
      assertAccess<PersonForTheRun>({
        ...madePerson,
        send: (caller, personId, made) => {
          const prisonId = clearancePrison(made);
          return world.send(caller, 'mutation ($input: RecordClearanceInput!) { recordClearance(input: $input) { person { id } } }', {
            input: { personId, kind: prisonId ? 'PRISON_ACCESS' : 'TRAINING', prisonId, validFrom: '2030-01-01' },
          });
        },
        allowed: (caller, made) => {
          const prisonId = clearancePrison(made);
          return (
            made.organisationId !== null &&
            policyAdmits('Mutation.recordClearance', caller) &&
            canSeePerson(caller, personOf(made), prisonsOf(made.organisationId)) &&
            canManage(caller, prisonsOf(made.organisationId)) &&
            (prisonId === null || (caller.kind === 'user' && caller.prisons.includes(prisonId)))
          );
        },
        stateOf: (personId) => world.prisma.clearance.findMany({ where: { personId } }),
      }));

    it('withdrawClearance: the coordinators of a prison the organisation serves, permits of their own prisons', () =>
      assertAccess<PersonForTheRun>({
        ...madePerson,
        // The target is a clearance of a person made for the run: a permit of one of its organisation's prisons, or a training.
        ...madeOrMissing(
          (made: PersonForTheRun) => made.organisationId,
          async (organisationId, made) => {
            const personId = await world.runObjects.person(organisationId);
            const prisonId = clearancePrison(made);
            const kind = prisonId ? 'PRISON_ACCESS' : 'TRAINING';
            return (
              await world.prisma.clearance.create({
                data: { personId, kind, prisonId, validFrom: new Date('2030-01-01'), recordedBy: 'run' },
              })
            ).id;
          },
        ),
        send: (caller, id) =>
          world.send(caller, 'mutation ($input: WithdrawClearanceInput!) { withdrawClearance(input: $input) { person { id } } }', {
            input: { id, from: '2030-06-01' },
          }),
        allowed: (caller, made) => {
          const prisonId = clearancePrison(made);
          return (
            made.organisationId !== null &&
            policyAdmits('Mutation.withdrawClearance', caller) &&
            canSeePerson(caller, personOf(made), prisonsOf(made.organisationId)) &&
            canManage(caller, prisonsOf(made.organisationId)) &&
            (prisonId === null || (caller.kind === 'user' && caller.prisons.includes(prisonId)))
          );
        },
        stateOf: (id) => world.prisma.clearance.findUnique({ where: { id } }),
      }));
  });
});
