import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { canManageParticipantsOf, canReadParticipantsOf } from '../src/policy';
import { callers, missingIds, numRuns, openWorld, PROPERTY_TIMEOUT_MS, type World } from './access-harness';
import { enrolmentsOf, expectedRollCall, expectedThroughEnrolments, outcomeOf, participantFields, rollCallOf } from './access-paths';
import { assertAccess, expectBothSides, policyAdmits } from './access-property';
import {
  activities,
  freshDetaineeNumber,
  NO_PRISON,
  objectsForRuns,
  participantById,
  participants,
  PRISONS,
  runActivityOf,
} from './access-world';

// Property tests of the participants service's access policy (issue 4): for drawn callers and objects,
// every root field answers without an access error exactly when the policy and the object-level rule the
// resolver uses allow it, 1 000 runs per resolver, in-process on one seeded database (PGlite, or PostgreSQL
// with TEST_DATABASE_URL). The audit trail is written by an Apollo plugin, which in-process execution skips.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

/** A participant of the world, or an id nobody has. */
const participantIds = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...participants.map((p) => p.id)) },
  { weight: 1, arbitrary: missingIds },
);
const prisonIds = fc.constantFrom<string>(...PRISONS, NO_PRISON);
/** An activity of the world, or one this service has not heard of. */
const activityIds = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...activities.map((a) => a.id)) },
  { weight: 1, arbitrary: missingIds },
);

/**
 * Mutations change what they act on, so each run acts on an object made for it in the drawn prison (a
 * participant in custody, an enrolment in the status the move needs), or on an id that does not exist.
 * An admitted call must then succeed outright, a refused one must leave its object as it was, and the
 * seeded objects the reads use are never changed: the runs act in activities of their own.
 */
const madeForTheRun = fc.record({
  prisonId: fc.option(fc.constantFrom<string>(...PRISONS), { nil: null, freq: 5 }),
  missingId: missingIds,
  decision: fc.constantFrom('APPROVED', 'REJECTED'),
});
type MadeForTheRun = { prisonId: string | null; missingId: string; decision: string };
const managedBy = (coordinate: string) => (caller: Parameters<typeof policyAdmits>[1], made: MadeForTheRun) =>
  policyAdmits(coordinate, caller) && made.prisonId !== null && canManageParticipantsOf(caller, made.prisonId);

const PARTICIPANT_CHANGES: [string, string][] = [
  ['updateParticipant', 'mutation ($id: ID!) { updateParticipant(id: $id, input: { section: "B2" }) { participant { id section } } }'],
  ['recordRelease', 'mutation ($id: ID!) { recordRelease(id: $id) { participant { id status } } }'],
  ['recordTransfer', 'mutation ($id: ID!) { recordTransfer(id: $id, toPrisonId: "LEUVEN") { participant { id status } } }'],
];
const ENROLMENT_MOVES: [string, 'ENROLLED' | 'IN_SCREENING', string][] = [
  [
    'withdrawEnrolment',
    'ENROLLED',
    'mutation ($id: ID!) { withdrawEnrolment(id: $id, reason: "Works mornings now.") { enrolment { id status } } }',
  ],
  ['completeEnrolment', 'ENROLLED', 'mutation ($id: ID!) { completeEnrolment(id: $id) { enrolment { id status } } }'],
  ['markDroppedOut', 'ENROLLED', 'mutation ($id: ID!) { markDroppedOut(id: $id, reason: "Stopped coming.") { enrolment { id status } } }'],
  [
    'decideScreening',
    'IN_SCREENING',
    'mutation ($id: ID!, $decision: ScreeningDecision!) { decideScreening(id: $id, decision: $decision, reason: "Fits the group.") { enrolment { id status } } }',
  ],
];

describe(`the participants policy, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  let runObjects: ReturnType<typeof objectsForRuns>;
  beforeAll(async () => {
    world = await openWorld();
    runObjects = objectsForRuns(world.prisma);
  });
  afterAll(() => world?.close());

  describe('queries', () => {
    it('participants(prisonId): the readers of that prison', () =>
      assertAccess({
        targets: prisonIds,
        exists: (prisonId) => prisonId !== NO_PRISON,
        missingId: NO_PRISON,
        idOf: (prisonId) => prisonId,
        send: (caller, prisonId) =>
          world.send(
            caller,
            'query ($prisonId: ID!) { participants(prisonId: $prisonId, first: 3) { totalCount edges { node { id } } } }',
            {
              prisonId,
            },
          ),
        allowed: (caller, prisonId) => policyAdmits('Query.participants', caller, null, { prisonId }),
        succeedsWhenAllowed: true,
      }));

    it('participant(id): the readers of their prison', () =>
      assertAccess({
        targets: participantIds,
        exists: (id) => participantById.has(id),
        idOf: (id) => id,
        send: (caller, id) => world.send(caller, 'query ($id: ID!) { participant(id: $id) { id status } }', { id }),
        allowed: (caller, id) => {
          const participant = participantById.get(id);
          return policyAdmits('Query.participant', caller) && !!participant && canReadParticipantsOf(caller, participant.prisonId);
        },
        succeedsWhenAllowed: true,
      }));

    it('participantDataExport(participantId): the coordinators of their prison', () =>
      assertAccess({
        targets: participantIds,
        exists: (id) => participantById.has(id),
        idOf: (id) => id,
        send: (caller, participantId) =>
          world.send(caller, 'query ($participantId: ID!) { participantDataExport(participantId: $participantId) { participantId } }', {
            participantId,
          }),
        allowed: (caller, id) => {
          const participant = participantById.get(id);
          return (
            policyAdmits('Query.participantDataExport', caller) && !!participant && canManageParticipantsOf(caller, participant.prisonId)
          );
        },
        succeedsWhenAllowed: true,
      }));
  });

  describe('personal fields and references', () => {
    // One drawn field per run: a refused field nulls the whole participant, hiding its siblings' fate.
    it('a roll call shows each field of a participant exactly when the view through the activity allows it', async () => {
      const fields = participantFields(world.schema);
      const seen = { allowed: 0, denied: 0 };
      await fc.assert(
        fc.asyncProperty(callers, activityIds, fc.constantFrom(...fields), async (caller, activityId, field) => {
          const { source, variables } = rollCallOf(activityId, field.selection);
          const expected = expectedRollCall(caller, activityId, field.name);
          seen[expected === 'answered' ? 'allowed' : 'denied']++;
          expect(outcomeOf(await world.send(caller, source, variables), 'expectedParticipants', field.name)).toBe(expected);
        }),
        { numRuns },
      );
      expectBothSides(seen);
    });

    it("an activity's enrolments show each field of a participant exactly when the view allows it", async () => {
      const fields = participantFields(world.schema);
      const seen = { allowed: 0, denied: 0 };
      await fc.assert(
        fc.asyncProperty(callers, activityIds, fc.constantFrom(...fields), async (caller, activityId, field) => {
          const { source, variables } = enrolmentsOf(activityId, field.selection);
          const expected = expectedThroughEnrolments(caller, activityId, field.name);
          seen[expected === 'answered' ? 'allowed' : 'denied']++;
          expect(outcomeOf(await world.send(caller, source, variables), 'enrolments', field.name)).toBe(expected);
        }),
        { numRuns },
      );
      expectBothSides(seen);
    });

    it('a reference to a participant resolves for the readers of their prison, and to null alike for others and unknown ids', async () => {
      const seen = { allowed: 0, denied: 0 };
      const resolve = async (caller: Parameters<typeof policyAdmits>[1], id: string) => {
        const representations = [{ __typename: 'Participant', id }];
        const source = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Participant { id } } }';
        return world.send(caller, source, { representations });
      };
      await fc.assert(
        fc.asyncProperty(callers, participantIds, missingIds, async (caller, id, missingId) => {
          const participant = participantById.get(id);
          const allowed =
            policyAdmits('Participant.__resolveReference', caller, { id }) &&
            !!participant &&
            canReadParticipantsOf(caller, participant.prisonId);
          seen[allowed ? 'allowed' : 'denied']++;
          const result = await resolve(caller, id);
          expect(result).toEqual({ data: { _entities: [allowed ? { id } : null] } });
          if (!allowed) expect(await resolve(caller, missingId)).toEqual({ data: { _entities: [null] } });
        }),
        { numRuns },
      );
      expectBothSides(seen);
    });
  });

  describe('mutations', () => {
    it('registerParticipant: the coordinators of the prison', () =>
      assertAccess({
        targets: prisonIds,
        exists: (prisonId) => prisonId !== NO_PRISON,
        missingId: NO_PRISON,
        idOf: (prisonId) => prisonId,
        send: (caller, prisonId) =>
          world.send(caller, 'mutation ($input: RegisterParticipantInput!) { registerParticipant(input: $input) { participant { id } } }', {
            input: {
              prisonId,
              detaineeNumber: freshDetaineeNumber(),
              firstName: 'Noor',
              lastName: 'Peeters',
              gender: 'FEMALE',
              legalStatus: 'SUSPECT',
            },
          }),
        allowed: (caller, prisonId) => policyAdmits('Mutation.registerParticipant', caller, null, { input: { prisonId } }),
        succeedsWhenAllowed: true,
        stateOf: (prisonId) => world.prisma.participant.count({ where: { prisonId } }),
      }));

    it.each(PARTICIPANT_CHANGES)('%s: the coordinators of their prison', (field, source) =>
      assertAccess({
        targets: madeForTheRun,
        exists: (made) => made.prisonId !== null,
        idOf: (made) => (made.prisonId ? runObjects.participant(made.prisonId) : made.missingId),
        send: (caller, id) => world.send(caller, source, { id }),
        allowed: managedBy(`Mutation.${field}`),
        succeedsWhenAllowed: true,
        stateOf: (id) => world.prisma.participant.findUnique({ where: { id } }),
      }),
    );

    it('requestEnrolment: the coordinators of their prison', () =>
      assertAccess({
        targets: madeForTheRun,
        exists: (made) => made.prisonId !== null,
        idOf: (made) => (made.prisonId ? runObjects.participant(made.prisonId) : made.missingId),
        send: (caller, participantId, made) =>
          world.send(caller, 'mutation ($input: RequestEnrolmentInput!) { requestEnrolment(input: $input) { enrolment { id status } } }', {
            input: { participantId, activityId: runActivityOf(made.prisonId ?? PRISONS[0]).id, idempotencyKey: randomUUID() },
          }),
        allowed: managedBy('Mutation.requestEnrolment'),
        succeedsWhenAllowed: true,
        stateOf: (participantId) => world.prisma.enrolment.findMany({ where: { participantId } }),
      }));

    it.each(ENROLMENT_MOVES)('%s (from %s): the coordinators of the participant’s prison', (field, status, source) =>
      assertAccess({
        targets: madeForTheRun,
        exists: (made) => made.prisonId !== null,
        idOf: (made) => (made.prisonId ? runObjects.enrolment(made.prisonId, status) : made.missingId),
        send: (caller, id, made) => world.send(caller, source, { id, decision: made.decision }),
        allowed: managedBy(`Mutation.${field}`),
        succeedsWhenAllowed: true,
        stateOf: (id) => world.prisma.enrolment.findUnique({ where: { id }, include: { changes: true } }),
      }),
    );
  });
});
