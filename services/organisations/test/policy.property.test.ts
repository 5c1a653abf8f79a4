import fc from 'fast-check';
import type { Caller } from '@cort/auth';
import { hasRole } from '@cort/subgraph';
import { canManage, canSeePerson } from '../src/policy';
import { assertAccess, callersOf, expectBothSides, missingIds, numRuns, PROPERTY_TIMEOUT_MS } from '@cort/testing';
import { openWorld, type World } from './access-harness';
import { expectedPersonalField, outcomeOf, PERSONAL_FIELDS, personalFieldOf, policyAdmits, type PersonPath } from './access-paths';
import {
  NO_PRISON,
  objectsForRuns,
  organisationById,
  organisations,
  people,
  personById,
  PRISONS,
  prisonsOf,
  SERVED,
  STRANGER,
} from './access-world';

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
const prisonIds = fc.constantFrom<string>(...PRISONS, NO_PRISON);
const organisationIds = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...organisations.map((o) => o.id)) },
  { weight: 1, arbitrary: missingIds },
);
const personIds = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...people.map((p) => p.id)) }, { weight: 1, arbitrary: missingIds });

const seededOrganisations = (list: { id: string }[]) =>
  list
    .map((o) => o.id)
    .filter((id) => organisationById.has(id))
    .sort();
/** Every signed-in user may read any organisation: refusing a change of one may say FORBIDDEN, not NOT_FOUND. */
const organisationHiddenFrom = (caller: Caller) => caller.kind !== 'user';
/** organisationToStaff's own clause beside canManage: partner staff keep the people of their organisation. */
const ownStaff = (caller: Caller, organisationId: string) =>
  caller.kind === 'user' && hasRole(caller, ['PARTNER_STAFF']) && caller.organisationId === organisationId;

/** A person made for the run in a seeded organisation, or an id that does not exist. */
const personForTheRun = fc.record({
  organisationId: fc.option(fc.constantFrom(...organisations.map((o) => o.id)), { nil: null, freq: 5 }),
  missingId: missingIds,
  permitPrison: fc.option(fc.nat({ max: 1 }), { nil: null }),
});
type PersonForTheRun = { organisationId: string | null; missingId: string; permitPrison: number | null };
const personOf = (made: PersonForTheRun) => ({ id: 'made for the run', organisationId: made.organisationId ?? '' });
/** A PRISON_ACCESS permit for one of the organisation's prisons, or a training (no prison). */
const clearancePrison = (made: PersonForTheRun) =>
  made.permitPrison === null ? null : (prisonsOf(made.organisationId ?? '')[made.permitPrison] ?? null);

describe(`the organisations policy, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  let runObjects: ReturnType<typeof objectsForRuns>;
  beforeAll(async () => {
    world = await openWorld();
    runObjects = objectsForRuns(world.prisma);
  });
  afterAll(() => world?.close());

  describe('queries', () => {
    it('organisations(prisonId): everyone signed in and assigned to the prison, the partners serving it', () =>
      assertAccess({
        callers,
        targets: prisonIds,
        exists: (prisonId) => prisonId !== NO_PRISON,
        missingId: NO_PRISON,
        idOf: (prisonId) => prisonId,
        send: (caller, prisonId) => world.send(caller, 'query ($p: ID!) { organisations(prisonId: $p) { id } }', { p: prisonId }),
        allowed: (caller, prisonId) => policyAdmits('Query.organisations', caller, null, { prisonId }),
        succeedsWhenAllowed: true,
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
        targets: organisationIds,
        exists: (id) => organisationById.has(id),
        idOf: (id) => id,
        send: (caller, id) => world.send(caller, 'query ($id: ID!) { organisation(id: $id) { id name } }', { id }),
        allowed: (caller, id) => policyAdmits('Query.organisation', caller) && organisationById.has(id),
        succeedsWhenAllowed: true,
      }));

    it('person(id): themself, the partner staff of their organisation, the coordinators of a prison it serves', () =>
      assertAccess({
        callers,
        targets: personIds,
        exists: (id) => personById.has(id),
        idOf: (id) => id,
        send: (caller, id) => world.send(caller, 'query ($id: ID!) { person(id: $id) { id } }', { id }),
        allowed: (caller, id) => {
          const person = personById.get(id);
          return policyAdmits('Query.person', caller) && !!person && canSeePerson(caller, person, prisonsOf(person.organisationId));
        },
        succeedsWhenAllowed: true,
      }));
  });

  describe('personal fields and references', () => {
    // One drawn field per run: a refused field nulls the whole person, hiding its siblings' fate.
    it('each field of a person and of their clearances is shown exactly when the policy and the person’s visibility allow it', async () => {
      const seen = { allowed: 0, denied: 0 };
      const ways = fc.oneof(
        fc.record({ path: fc.constantFrom<PersonPath>('person', 'reference'), id: personIds }),
        fc.record({ path: fc.constant<PersonPath>('people'), id: organisationIds }),
      );
      await fc.assert(
        fc.asyncProperty(callers, ways, fc.constantFrom(...PERSONAL_FIELDS), async (caller, { path, id }, field) => {
          const expected = expectedPersonalField(caller, path, id, field);
          seen[/^answered: ./.test(expected) ? 'allowed' : 'denied']++;
          const { source, variables } = personalFieldOf(path, id, field);
          expect(outcomeOf(await world.send(caller, source, variables))).toBe(expected);
        }),
        { numRuns },
      );
      expectBothSides(seen);
    });

    it('a reference to an organisation or a person resolves as a direct read would, and to null alike for others and unknown ids', async () => {
      const seen = { allowed: 0, denied: 0 };
      const references = fc.oneof(
        fc.record({ type: fc.constant('Organisation'), id: organisationIds }),
        fc.record({ type: fc.constant('Person'), id: personIds }),
      );
      const resolve = (caller: Caller, type: string, id: string) =>
        world.send(caller, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id } ... on Person { id } } }', {
          r: [{ __typename: type, id }],
        });
      await fc.assert(
        fc.asyncProperty(callers, references, missingIds, async (caller, { type, id }, missingId) => {
          const person = personById.get(id);
          const visible =
            type === 'Organisation' ? organisationById.has(id) : !!person && canSeePerson(caller, person, prisonsOf(person.organisationId));
          const allowed = policyAdmits(`${type}.__resolveReference`, caller, { id }) && visible;
          seen[allowed ? 'allowed' : 'denied']++;
          expect(await resolve(caller, type, id)).toEqual({ data: { _entities: [allowed ? { id } : null] } });
          if (!allowed) expect(await resolve(caller, type, missingId)).toEqual({ data: { _entities: [null] } });
        }),
        { numRuns },
      );
      expectBothSides(seen);
    });
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
        succeedsWhenAllowed: true,
        stateOf: () => world.prisma.organisation.count(),
      }));

    it('updateOrganisation: the coordinators of a prison it serves', () =>
      assertAccess({
        callers,
        targets: fc.record({ prisonIds: fc.option(fc.constantFrom(...SERVED), { nil: null, freq: 5 }), missingId: missingIds }),
        exists: (made) => made.prisonIds !== null,
        hiddenFrom: organisationHiddenFrom,
        idOf: (made) => (made.prisonIds ? runObjects.organisation(made.prisonIds) : made.missingId),
        send: (caller, id) =>
          world.send(
            caller,
            'mutation ($id: ID!) { updateOrganisation(id: $id, input: { name: "Renamed vzw" }) { organisation { id name } } }',
            {
              id,
            },
          ),
        allowed: (caller, made) =>
          made.prisonIds !== null && policyAdmits('Mutation.updateOrganisation', caller) && canManage(caller, made.prisonIds),
        succeedsWhenAllowed: true,
        stateOf: (id) => world.prisma.organisation.findUnique({ where: { id } }),
      }));

    it('createPerson: its own partner staff and the coordinators of a prison it serves', () =>
      assertAccess({
        callers,
        targets: organisationIds,
        exists: (id) => organisationById.has(id),
        hiddenFrom: organisationHiddenFrom,
        idOf: (id) => id,
        send: (caller, organisationId) =>
          world.send(caller, 'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }', {
            input: { organisationId, firstName: 'Lotte', lastName: 'Maes', role: 'TEACHER', languages: ['nl'] },
          }),
        allowed: (caller, organisationId) =>
          policyAdmits('Mutation.createPerson', caller, null, { input: { organisationId } }) &&
          organisationById.has(organisationId) &&
          (canManage(caller, prisonsOf(organisationId)) || ownStaff(caller, organisationId)),
        succeedsWhenAllowed: true,
        stateOf: (organisationId) => world.prisma.person.count({ where: { organisationId } }),
      }));

    it('updatePerson: the partner staff of their organisation and the coordinators of a prison it serves', () =>
      assertAccess<PersonForTheRun>({
        callers,
        targets: personForTheRun,
        exists: (made) => made.organisationId !== null,
        hiddenFrom: (caller, made) => !canSeePerson(caller, personOf(made), prisonsOf(made.organisationId ?? '')),
        idOf: (made) => (made.organisationId ? runObjects.person(made.organisationId) : made.missingId),
        send: (caller, id) =>
          world.send(
            caller,
            'mutation ($id: ID!) { updatePerson(id: $id, input: { email: "lotte@partner.example" }) { person { id email } } }',
            {
              id,
            },
          ),
        allowed: (caller, made) =>
          made.organisationId !== null &&
          policyAdmits('Mutation.updatePerson', caller) &&
          canSeePerson(caller, personOf(made), prisonsOf(made.organisationId)) &&
          (canManage(caller, prisonsOf(made.organisationId)) || ownStaff(caller, made.organisationId)),
        succeedsWhenAllowed: true,
        stateOf: (id) => world.prisma.person.findUnique({ where: { id } }),
      }));

    it('recordClearance: the coordinators of a prison the organisation serves, permits for their own prisons', () =>
      assertAccess<PersonForTheRun>({
        callers,
        targets: personForTheRun,
        exists: (made) => made.organisationId !== null,
        hiddenFrom: (caller, made) => !canSeePerson(caller, personOf(made), prisonsOf(made.organisationId ?? '')),
        idOf: (made) => (made.organisationId ? runObjects.person(made.organisationId) : made.missingId),
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
        succeedsWhenAllowed: true,
        stateOf: (personId) => world.prisma.clearance.findMany({ where: { personId } }),
      }));
  });
});
