import fc from 'fast-check';
import {
  assertAccess,
  assertOutcomes,
  assertReferences,
  callersOf,
  idTargets,
  madeOrMissing,
  missingIds,
  noTarget,
  prisonTargets,
  PROPERTY_TIMEOUT_MS,
  seededOrMissing,
} from '@cort/testing';
import { prisonDay } from '../src/domain/schedule';
import { CancellationReason, type ActivityStatus } from '../src/generated/prisma/client';
import { activitiesPolicy, activityFilterFor, canSeeActivity, coversActivity, ownSessionsFilter } from '../src/policy';
import { openWorld, type World } from './access-harness';
import { ACTIVITY_MOVES, madeForTheRun, hiddenFrom, plannedBy, type MadeForTheRun } from './access-mutations';
import { expectedFacilitators, facilitatorsOf, outcomeOf, policyAdmits, type FacilitatorsPath } from './access-paths';
import {
  activities,
  activityById,
  FACILITATORS,
  freeSlot,
  NO_PRISON,
  ORGANISATIONS,
  PRISONS,
  sessionById,
  sessions,
  SHAPES,
  STRANGER,
  type Shape,
} from './access-world';

// Property tests of the activities service's access policy (issue 4): for drawn callers and objects,
// every root field, the facilitators of an activity and every reference answer without an access error
// exactly when the policy and the object-level rule the resolver uses allow it, 1 000 runs each,
// in-process on one seeded database (PGlite, or PostgreSQL with TEST_DATABASE_URL). Planning asks the
// organisations service about facilitators: here an in-process client answering from the world does.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({ prisons: PRISONS, organisations: ORGANISATIONS, subs: [...Object.keys(FACILITATORS), STRANGER] });
const prisons = prisonTargets(PRISONS, NO_PRISON);
const activityIds = seededOrMissing(activities.map((a) => a.id));

type Connection = { edges: { node: { id: string } }[] };
const seeded = (ids: string[]) => ids.filter((id) => activityById.has(id)).sort();
const idsIn = (connection: unknown) => (connection as Connection).edges.map((edge) => edge.node.id);
const idsOf = (list: { id: string }[]) => list.map((item) => item.id).sort();

const reasonCodes = fc.constantFrom(...Object.values(CancellationReason));
type WithReasonCode<T = MadeForTheRun, Code = CancellationReason | undefined> = T & { reasonCode: Code };
/** A run's object with the cancellation's reason code drawn beside it. */
const withReasonCode = <T, Code>(targets: fc.Arbitrary<T>, codes: fc.Arbitrary<Code>) =>
  fc.tuple(targets, codes).map(([target, reasonCode]) => ({ ...target, reasonCode }));

describe(`the activities policy, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => (world = await openWorld()));
  afterAll(() => world?.close());

  // What an activity mutation leaves behind, and whether it asked the organisations service anything.
  const activityState = async (id: string) => ({
    activity: await world.prisma.activity.findUnique({ where: { id }, include: { sessions: true } }),
    asked: world.organisations.calls,
  });
  // What a session mutation leaves behind, and whether it asked the organisations service anything.
  const sessionState = async (id: string) => ({
    session: await world.prisma.session.findUnique({ where: { id } }),
    asked: world.organisations.calls,
  });
  /** A planning mutation of an activity (or a session of one) made for the run: made by `make`, or an id nothing has. */
  const planning = (statuses: ActivityStatus[], field: string, make: (prisonId: string, made: MadeForTheRun) => Promise<string>) => ({
    callers,
    targets: madeForTheRun(statuses),
    ...madeOrMissing((made: MadeForTheRun) => made.prisonId, make),
    hiddenFrom,
    allowed: plannedBy(`Mutation.${field}`),
  });

  describe('queries', () => {
    it('publicOffer: everyone but other services, the published activities only', () =>
      assertAccess({
        callers,
        targets: fc.option(prisons.targets, { nil: null }),
        exists: () => false, // the public offer: nothing in it to probe for
        idOf: () => 'public',
        send: (caller, _id, prisonId) =>
          world.send(caller, 'query ($p: ID) { publicOffer(prisonId: $p, first: 100) { edges { node { id } } } }', { p: prisonId }),
        allowed: (caller) => policyAdmits('Query.publicOffer', caller),
        checkAnswer: (result, _caller, prisonId) =>
          expect(seeded(idsIn(result.data?.publicOffer))).toEqual(
            idsOf(activities.filter((a) => a.status === 'PUBLISHED' && (prisonId === null || a.prisonId === prisonId))),
          ),
      }));

    it('prisons: everyone but other services', () =>
      assertAccess({
        callers,
        ...noTarget('prisons'),
        send: (caller) => world.send(caller, '{ prisons { id } }'),
        allowed: (caller) => policyAdmits('Query.prisons', caller),
        checkAnswer: (result) => expect(idsOf(result.data?.prisons as { id: string }[])).toEqual([...PRISONS].sort()),
      }));

    it('prison(id): everyone but other services; null for an unknown code', () =>
      assertAccess({
        callers,
        ...prisons,
        send: (caller, id) => world.send(caller, 'query ($id: ID!) { prison(id: $id) { id } }', { id }),
        allowed: (caller) => policyAdmits('Query.prison', caller),
        checkAnswer: (result, _caller, prisonId) => expect(result.data?.prison).toEqual(prisonId === NO_PRISON ? null : { id: prisonId }),
      }));

    it("activities(prisonId): those assigned to the prison, each role its own part of the prison's offer", () =>
      assertAccess({
        callers,
        ...prisons,
        send: (caller, prisonId) =>
          world.send(caller, 'query ($p: ID!) { activities(prisonId: $p, first: 100) { edges { node { id } } } }', { p: prisonId }),
        allowed: (caller, prisonId) =>
          policyAdmits('Query.activities', caller, null, { prisonId }) && !!activityFilterFor(caller, prisonId),
        checkAnswer: (result, caller, prisonId) =>
          expect(seeded(idsIn(result.data?.activities))).toEqual(
            idsOf(activities.filter((a) => a.prisonId === prisonId && coversActivity(caller, a))),
          ),
      }));

    it('sessionsAtRisk(prisonId): the coordinators of the prison', () =>
      assertAccess({
        callers,
        ...prisons,
        send: (caller, prisonId) =>
          world.send(
            caller,
            'query ($p: ID!) { sessionsAtRisk(prisonId: $p) { session { id } facilitators { person { id } reason from } } }',
            {
              p: prisonId,
            },
          ),
        allowed: (caller, prisonId) => policyAdmits('Query.sessionsAtRisk', caller, null, { prisonId }),
        // Every facilitator of the world is cleared on every day (access-harness.ts).
        checkAnswer: (result) => expect(result.data?.sessionsAtRisk).toEqual([]),
      }));

    it('activity(id): published ones to everyone, the others to whose part of the offer they are', () =>
      assertAccess({
        callers,
        ...idTargets(activityIds, activityById),
        send: (caller, id) => world.send(caller, 'query ($id: ID!) { activity(id: $id) { id status } }', { id }),
        allowed: (caller, id) => {
          const activity = activityById.get(id);
          return policyAdmits('Query.activity', caller) && !!activity && canSeeActivity(caller, activity);
        },
      }));

    it("mySessionsToday: partner staff and volunteers, today's sessions of their own published activities", () =>
      assertAccess({
        callers,
        ...noTarget('today'),
        send: (caller) => world.send(caller, '{ mySessionsToday { id } }'),
        allowed: (caller) => policyAdmits('Query.mySessionsToday', caller) && !!ownSessionsFilter(caller),
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
    it("an activity's facilitators are named exactly to those whose own part of the offer it is", () =>
      assertOutcomes({
        callers,
        ways: fc.tuple(fc.constantFrom<FacilitatorsPath>('activity', 'reference'), activityIds),
        expected: (caller, [path, id]) => expectedFacilitators(caller, path, id),
        answered: (expected) => expected.startsWith('answered'),
        outcome: async (caller, [path, id]) => {
          const { source, variables } = facilitatorsOf(path, id);
          return outcomeOf(await world.send(caller, source, variables));
        },
      }));

    it('a reference to a prison, an activity or a session resolves as a direct read would, and to null alike for others and unknown ids', () => {
      const activityOf = (type: string, id: string) => activityById.get(type === 'Session' ? (sessionById.get(id)?.activityId ?? '') : id);
      return assertReferences({
        callers,
        policy: activitiesPolicy,
        ids: {
          Prison: prisons.targets,
          Activity: activityIds,
          Session: fc.oneof(fc.constantFrom(...sessions.map((s) => s.id)), missingIds),
        },
        visible: (caller, type, id) => {
          const activity = activityOf(type, id);
          return type === 'Prison' ? id !== NO_PRISON : !!activity && canSeeActivity(caller, activity);
        },
        missingIdOf: (type) => (type === 'Prison' ? NO_PRISON : undefined),
        send: (caller, source, variables) => world.send(caller, source, variables),
      });
    });
  });

  describe('mutations', () => {
    it('createActivity: the coordinators of the prison', () =>
      assertAccess({
        callers,
        targets: fc.record({ prisonId: prisons.targets, shape: fc.constantFrom(...SHAPES) }),
        exists: ({ prisonId }) => prisons.exists(prisonId),
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
        stateOf: async (prisonId) => ({
          count: await world.prisma.activity.count({ where: { prisonId } }),
          asked: world.organisations.calls,
        }),
      }));

    it.each(ACTIVITY_MOVES)('%s (from %s): the coordinators of its prison', (field, statuses, source) =>
      assertAccess<MadeForTheRun>({
        ...planning(statuses, field, async (prisonId, made) => (await world.runObjects.activity(prisonId, made.shape, made.status)).id),
        send: (caller, id, made) =>
          world.send(caller, source, { id, f: made.shape.facilitatorIds, slot: freeSlot(made.prisonId ?? PRISONS[0]) }),
        stateOf: activityState,
      }),
    );

    it('cancelSession (with a reason code or without): the coordinators of its prison', () =>
      assertAccess<WithReasonCode>({
        ...planning(
          ['DRAFT', 'PUBLISHED'],
          'cancelSession',
          async (prisonId, made) => `session-of-${(await world.runObjects.sessionOf(prisonId, made.shape, made.status)).id}`,
        ),
        targets: withReasonCode(madeForTheRun(['DRAFT', 'PUBLISHED']), fc.option(reasonCodes, { nil: undefined })),
        send: (caller, id, { reasonCode }) =>
          world.send(
            caller,
            'mutation ($id: ID!, $code: CancellationReason) { cancelSession(id: $id, reason: "Room flooded.", reasonCode: $code) { session { id status cancellationReasonCode } } }',
            { id, code: reasonCode },
          ),
        // The issue: OTHER when no code is given.
        checkAnswer: (result, _caller, { reasonCode }) =>
          expect(result.data?.cancelSession).toEqual({
            session: { id: expect.any(String), status: 'CANCELLED', cancellationReasonCode: reasonCode ?? 'OTHER' },
          }),
        stateOf: sessionState,
      }));

    it('cancelSessions: the coordinators of the prison named, the scheduled sessions of its window only', () => {
      // Each run's window is the hour of a session made for it in the runs' room: an admitted run cancels that one alone.
      const windows = new WeakMap<object, { from: Date; to: Date; locationId: string; sessionId?: string }>();
      const windowOf = (target: object) => windows.get(target)!;
      return assertAccess<WithReasonCode<{ prisonId: string; shape: Shape; status: ActivityStatus }>>({
        callers,
        targets: withReasonCode(
          fc.record({
            prisonId: prisons.targets,
            shape: fc.constantFrom(...SHAPES),
            status: fc.constantFrom<ActivityStatus>('DRAFT', 'PUBLISHED'),
          }),
          reasonCodes,
        ),
        exists: ({ prisonId }) => prisons.exists(prisonId),
        missingId: NO_PRISON,
        idOf: async (target) => {
          if (!prisons.exists(target.prisonId)) {
            const { startsAt, endsAt, locationId } = freeSlot(PRISONS[0]);
            windows.set(target, { from: startsAt, to: endsAt, locationId });
            return target.prisonId;
          }
          const { id } = await world.runObjects.sessionOf(target.prisonId, target.shape, target.status);
          const session = await world.prisma.session.findUniqueOrThrow({ where: { id: `session-of-${id}` } });
          windows.set(target, { from: session.startsAt, to: session.endsAt, locationId: session.locationId, sessionId: session.id });
          return target.prisonId;
        },
        send: (caller, prisonId, target) => {
          const { from, to, locationId } = windowOf(target);
          return world.send(
            caller,
            'mutation ($input: CancelSessionsInput!) { cancelSessions(input: $input) { cancelled { id status cancellationReasonCode } } }',
            { input: { prisonId, from, to, locationId, reason: 'Lockdown.', reasonCode: target.reasonCode } },
          );
        },
        allowed: (caller, { prisonId }) => policyAdmits('Mutation.cancelSessions', caller, null, { input: { prisonId } }),
        checkAnswer: (result, _caller, target) =>
          expect(result.data?.cancelSessions).toEqual({
            cancelled: [{ id: windowOf(target).sessionId, status: 'CANCELLED', cancellationReasonCode: target.reasonCode }],
          }),
        stateOf: (_prisonId, target) => {
          const { from, to, locationId } = windowOf(target);
          return world.prisma.session.findMany({ where: { locationId, startsAt: { gte: from, lt: to } }, orderBy: { id: 'asc' } });
        },
      });
    });

    it('restoreSession: the coordinators of its prison', () =>
      assertAccess<MadeForTheRun>({
        ...planning(
          ['DRAFT', 'PUBLISHED'],
          'restoreSession',
          async (prisonId, made) => `session-of-${(await world.runObjects.cancelledSessionOf(prisonId, made.shape, made.status)).id}`,
        ),
        send: (caller, id) => world.send(caller, 'mutation ($id: ID!) { restoreSession(id: $id) { session { id status } } }', { id }),
        checkAnswer: (result) => expect(result.data?.restoreSession).toEqual({ session: { id: expect.any(String), status: 'SCHEDULED' } }),
        stateOf: sessionState,
      }));

    it('moveSession: the coordinators of its prison', () => {
      const slots = new WeakMap<object, ReturnType<typeof freeSlot>>();
      return assertAccess<MadeForTheRun>({
        ...planning(
          ['DRAFT', 'PUBLISHED'],
          'moveSession',
          async (prisonId, made) => `session-of-${(await world.runObjects.sessionOf(prisonId, made.shape, made.status)).id}`,
        ),
        send: (caller, id, made) => {
          const slot = freeSlot(made.prisonId ?? PRISONS[0]);
          slots.set(made, slot);
          return world.send(
            caller,
            'mutation ($id: ID!, $s: DateTime!, $e: DateTime!, $l: ID) { moveSession(id: $id, startsAt: $s, endsAt: $e, locationId: $l) { session { id status startsAt } } }',
            { id, s: slot.startsAt, e: slot.endsAt, l: slot.locationId },
          );
        },
        checkAnswer: (result, _caller, made) =>
          expect(result.data?.moveSession).toEqual({
            session: { id: expect.any(String), status: 'SCHEDULED', startsAt: slots.get(made)!.startsAt },
          }),
        stateOf: sessionState,
      });
    });
  });
});
