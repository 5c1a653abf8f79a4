import fc from 'fast-check';
import type { Caller } from '@cort/auth';
import { prisonDay } from '../src/domain/schedule';
import type { ActivityStatus } from '../src/generated/prisma/client';
import { activityFilterFor, canPlanIn, canSeeActivity, coversActivity, ownSessionsFilter } from '../src/policy';
import { assertAccess, callersOf, expectBothSides, missingIds, numRuns, PROPERTY_TIMEOUT_MS } from '@cort/testing';
import { openWorld, type World } from './access-harness';
import { expectedFacilitators, facilitatorsOf, outcomeOf, policyAdmits, type FacilitatorsPath } from './access-paths';
import {
  activities,
  activityById,
  FACILITATORS,
  freeSlot,
  NO_PRISON,
  objectsForRuns,
  ORGANISATIONS,
  PRISONS,
  sessionById,
  sessions,
  SHAPES,
  STRANGER,
} from './access-world';

// Property tests of the activities service's access policy (issue 4): for drawn callers and objects,
// every root field, the facilitators of an activity and every reference answer without an access error
// exactly when the policy and the object-level rule the resolver uses allow it, 1 000 runs each,
// in-process on one seeded database (PGlite, or PostgreSQL with TEST_DATABASE_URL). Planning asks the
// organisations service about facilitators: here an in-process client answering from the world does.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({ prisons: PRISONS, organisations: ORGANISATIONS, subs: [...Object.keys(FACILITATORS), STRANGER] });
const prisonIds = fc.constantFrom<string>(...PRISONS, NO_PRISON);
const activityIds = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...activities.map((a) => a.id)) },
  { weight: 1, arbitrary: missingIds },
);

type Connection = { edges: { node: { id: string } }[] };
const seeded = (ids: string[]) => ids.filter((id) => activityById.has(id)).sort();
const idsIn = (connection: unknown) => (connection as Connection).edges.map((edge) => edge.node.id);
const idsOf = (list: { id: string }[]) => list.map((item) => item.id).sort();

/**
 * Mutations change what they act on, so each run acts on an activity made for it in the drawn prison,
 * with the drawn organiser and facilitators and in the status the move starts from, or on an id that
 * does not exist. Who sees it depends on those alone, so the oracle needs no id.
 */
const madeForTheRun = (statuses: ActivityStatus[]) =>
  fc.record({
    prisonId: fc.option(fc.constantFrom<string>(...PRISONS), { nil: null, freq: 5 }),
    shape: fc.constantFrom(...SHAPES),
    status: fc.constantFrom(...statuses),
    missingId: missingIds,
  });
type MadeForTheRun = { prisonId: string | null; shape: (typeof SHAPES)[number]; status: ActivityStatus; missingId: string };
const scopeOf = (made: MadeForTheRun) => ({ prisonId: made.prisonId ?? NO_PRISON, status: made.status, ...made.shape });
const plannedBy = (coordinate: string) => (caller: Caller, made: MadeForTheRun) =>
  made.prisonId !== null && policyAdmits(coordinate, caller) && canSeeActivity(caller, scopeOf(made)) && canPlanIn(caller, made.prisonId);
const hiddenFrom = (caller: Caller, made: MadeForTheRun) => !canSeeActivity(caller, scopeOf(made));

const ACTIVITY_MOVES: [string, ActivityStatus[], string][] = [
  [
    'updateActivity',
    ['DRAFT', 'PUBLISHED'],
    'mutation ($id: ID!, $f: [ID!]) { updateActivity(id: $id, input: { capacity: 12, facilitatorIds: $f }) { activity { id } } }',
  ],
  ['publishActivity', ['DRAFT'], 'mutation ($id: ID!) { publishActivity(id: $id) { activity { id status } } }'],
  ['archiveActivity', ['PUBLISHED'], 'mutation ($id: ID!) { archiveActivity(id: $id) { activity { id status } } }'],
  ['cancelActivity', ['DRAFT', 'PUBLISHED'], 'mutation ($id: ID!) { cancelActivity(id: $id, reason: "No teacher.") { activity { id } } }'],
  [
    'addSessions',
    ['DRAFT', 'PUBLISHED'],
    'mutation ($id: ID!, $slot: SessionInput!) { addSessions(input: { activityId: $id, sessions: [$slot] }) { sessions { id } } }',
  ],
];

describe(`the activities policy, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  let runObjects: ReturnType<typeof objectsForRuns>;
  beforeAll(async () => {
    world = await openWorld();
    runObjects = objectsForRuns(world.prisma);
  });
  afterAll(() => world?.close());

  // What an activity mutation leaves behind, and whether it asked the organisations service anything.
  const activityState = async (id: string) => ({
    activity: await world.prisma.activity.findUnique({ where: { id }, include: { sessions: true } }),
    asked: world.organisations.calls,
  });

  describe('queries', () => {
    it('publicOffer: everyone but other services, the published activities only', () =>
      assertAccess({
        callers,
        targets: fc.option(prisonIds, { nil: null }),
        exists: () => false, // the public offer: nothing in it to probe for
        idOf: () => 'public',
        send: (caller, _id, prisonId) =>
          world.send(caller, 'query ($p: ID) { publicOffer(prisonId: $p, first: 100) { edges { node { id } } } }', { p: prisonId }),
        allowed: (caller) => policyAdmits('Query.publicOffer', caller),
        succeedsWhenAllowed: true,
        checkAnswer: (result, _caller, prisonId) =>
          expect(seeded(idsIn(result.data?.publicOffer))).toEqual(
            idsOf(activities.filter((a) => a.status === 'PUBLISHED' && (prisonId === null || a.prisonId === prisonId))),
          ),
      }));

    it('prisons: everyone but other services', () =>
      assertAccess({
        callers,
        targets: fc.constant(null),
        exists: () => false,
        idOf: () => 'prisons',
        send: (caller) => world.send(caller, '{ prisons { id } }'),
        allowed: (caller) => policyAdmits('Query.prisons', caller),
        succeedsWhenAllowed: true,
        checkAnswer: (result) => expect(idsOf(result.data?.prisons as { id: string }[])).toEqual([...PRISONS].sort()),
      }));

    it('prison(id): everyone but other services; null for an unknown code', () =>
      assertAccess({
        callers,
        targets: prisonIds,
        exists: (prisonId) => prisonId !== NO_PRISON,
        missingId: NO_PRISON,
        idOf: (prisonId) => prisonId,
        send: (caller, id) => world.send(caller, 'query ($id: ID!) { prison(id: $id) { id } }', { id }),
        allowed: (caller) => policyAdmits('Query.prison', caller),
        succeedsWhenAllowed: true,
        checkAnswer: (result, _caller, prisonId) => expect(result.data?.prison).toEqual(prisonId === NO_PRISON ? null : { id: prisonId }),
      }));

    it("activities(prisonId): those assigned to the prison, each role its own part of the prison's offer", () =>
      assertAccess({
        callers,
        targets: prisonIds,
        exists: (prisonId) => prisonId !== NO_PRISON,
        missingId: NO_PRISON,
        idOf: (prisonId) => prisonId,
        send: (caller, prisonId) =>
          world.send(caller, 'query ($p: ID!) { activities(prisonId: $p, first: 100) { edges { node { id } } } }', { p: prisonId }),
        allowed: (caller, prisonId) =>
          policyAdmits('Query.activities', caller, null, { prisonId }) && !!activityFilterFor(caller, prisonId),
        succeedsWhenAllowed: true,
        checkAnswer: (result, caller, prisonId) =>
          expect(seeded(idsIn(result.data?.activities))).toEqual(
            idsOf(activities.filter((a) => a.prisonId === prisonId && coversActivity(caller, a))),
          ),
      }));

    it('activity(id): published ones to everyone, the others to whose part of the offer they are', () =>
      assertAccess({
        callers,
        targets: activityIds,
        exists: (id) => activityById.has(id),
        idOf: (id) => id,
        send: (caller, id) => world.send(caller, 'query ($id: ID!) { activity(id: $id) { id status } }', { id }),
        allowed: (caller, id) => {
          const activity = activityById.get(id);
          return policyAdmits('Query.activity', caller) && !!activity && canSeeActivity(caller, activity);
        },
        succeedsWhenAllowed: true,
      }));

    it("mySessionsToday: partner staff and volunteers, today's sessions of their own published activities", () =>
      assertAccess({
        callers,
        targets: fc.constant(null),
        exists: () => false,
        idOf: () => 'today',
        send: (caller) => world.send(caller, '{ mySessionsToday { id } }'),
        allowed: (caller) => policyAdmits('Query.mySessionsToday', caller) && !!ownSessionsFilter(caller),
        succeedsWhenAllowed: true,
        checkAnswer: (result, caller) => {
          const own = ownSessionsFilter(caller)!;
          const { from, to } = prisonDay(new Date());
          const expected = sessions.filter((session) => {
            const a = activityById.get(session.activityId)!;
            const theirs = a.organisationId === own.organisationId || (!!own.facilitatorId && a.facilitatorIds.includes(own.facilitatorId));
            return (
              session.startsAt >= from && session.startsAt < to && a.status === 'PUBLISHED' && own.prisonIds.includes(a.prisonId) && theirs
            );
          });
          expect(idsOf(result.data?.mySessionsToday as { id: string }[])).toEqual(idsOf(expected));
        },
      }));
  });

  describe('personal fields and references', () => {
    it("an activity's facilitators are named exactly to those whose own part of the offer it is", async () => {
      const seen = { allowed: 0, denied: 0 };
      const paths = fc.constantFrom<FacilitatorsPath>('activity', 'reference');
      await fc.assert(
        fc.asyncProperty(callers, paths, activityIds, async (caller, path, id) => {
          const expected = expectedFacilitators(caller, path, id);
          seen[expected.startsWith('answered') ? 'allowed' : 'denied']++;
          const { source, variables } = facilitatorsOf(path, id);
          expect(outcomeOf(await world.send(caller, source, variables))).toBe(expected);
        }),
        { numRuns },
      );
      expectBothSides(seen);
    });

    it('a reference to a prison, an activity or a session resolves as a direct read would, and to null alike for others and unknown ids', async () => {
      const seen = { allowed: 0, denied: 0 };
      const references = fc.oneof(
        fc.record({ type: fc.constant('Prison'), id: prisonIds }),
        fc.record({ type: fc.constant('Activity'), id: activityIds }),
        fc.record({ type: fc.constant('Session'), id: fc.oneof(fc.constantFrom(...sessions.map((s) => s.id)), missingIds) }),
      );
      const resolve = (caller: Caller, type: string, id: string) =>
        world.send(
          caller,
          'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Prison { id } ... on Activity { id } ... on Session { id } } }',
          {
            r: [{ __typename: type, id }],
          },
        );
      const activityOf = (type: string, id: string) => activityById.get(type === 'Session' ? (sessionById.get(id)?.activityId ?? '') : id);
      await fc.assert(
        fc.asyncProperty(callers, references, missingIds, async (caller, { type, id }, missingId) => {
          const activity = activityOf(type, id);
          const visible = type === 'Prison' ? id !== NO_PRISON : !!activity && canSeeActivity(caller, activity);
          const allowed = policyAdmits(`${type}.__resolveReference`, caller, { id }) && visible;
          seen[allowed ? 'allowed' : 'denied']++;
          expect(await resolve(caller, type, id)).toEqual({ data: { _entities: [allowed ? { id } : null] } });
          if (!allowed)
            expect(await resolve(caller, type, type === 'Prison' ? NO_PRISON : missingId)).toEqual({ data: { _entities: [null] } });
        }),
        { numRuns },
      );
      expectBothSides(seen);
    });
  });

  describe('mutations', () => {
    it('createActivity: the coordinators of the prison', () =>
      assertAccess({
        callers,
        targets: fc.record({ prisonId: prisonIds, shape: fc.constantFrom(...SHAPES) }),
        exists: ({ prisonId }) => prisonId !== NO_PRISON,
        missingId: NO_PRISON,
        idOf: ({ prisonId }) => prisonId,
        send: (caller, prisonId, { shape }) =>
          world.send(caller, 'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id status } } }', {
            input: {
              prisonId,
              ...shape,
              category: 'SOCIOCULTURAL',
              domain: 'CULTURE',
              title: { nl: 'Koor' },
              audience: { genders: ['MALE', 'FEMALE'], legalStatuses: ['CONVICTED'] },
              instructionLanguages: ['nl'],
              capacity: 8,
              startsOn: '2030-01-01',
              endsOn: '2030-06-30',
            },
          }),
        allowed: (caller, { prisonId }) => policyAdmits('Mutation.createActivity', caller, null, { input: { prisonId } }),
        succeedsWhenAllowed: true,
        stateOf: async (prisonId) => ({
          count: await world.prisma.activity.count({ where: { prisonId } }),
          asked: world.organisations.calls,
        }),
      }));

    it.each(ACTIVITY_MOVES)('%s (from %s): the coordinators of its prison', (field, statuses, source) =>
      assertAccess<MadeForTheRun>({
        callers,
        targets: madeForTheRun(statuses),
        exists: (made) => made.prisonId !== null,
        hiddenFrom,
        idOf: async (made) => (made.prisonId ? (await runObjects.activity(made.prisonId, made.shape, made.status)).id : made.missingId),
        send: (caller, id, made) =>
          world.send(caller, source, { id, f: made.shape.facilitatorIds, slot: freeSlot(made.prisonId ?? PRISONS[0]) }),
        allowed: plannedBy(`Mutation.${field}`),
        succeedsWhenAllowed: true,
        stateOf: activityState,
      }),
    );

    it('cancelSession: the coordinators of its prison', () =>
      assertAccess<MadeForTheRun>({
        callers,
        targets: madeForTheRun(['DRAFT', 'PUBLISHED']),
        exists: (made) => made.prisonId !== null,
        hiddenFrom,
        idOf: async (made) =>
          made.prisonId ? `session-of-${(await runObjects.sessionOf(made.prisonId, made.shape, made.status)).id}` : made.missingId,
        send: (caller, id) =>
          world.send(caller, 'mutation ($id: ID!) { cancelSession(id: $id, reason: "Room flooded.") { session { id status } } }', { id }),
        allowed: plannedBy('Mutation.cancelSession'),
        succeedsWhenAllowed: true,
        stateOf: (id) => world.prisma.session.findUnique({ where: { id } }),
      }));
  });
});
