import { randomUUID } from 'node:crypto';
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
  refusalOf,
  seededOrMissing,
} from '@cort/testing';
import { canManageParticipantsOf, canReadParticipantsOf, participantsPolicy, partnerViewOf } from '../src/policy';
import { openWorld, type World } from './access-harness';
import { ENROLMENT_MOVES, madeForTheRun, managedBy, PARTICIPANT_CHANGES, type MadeForTheRun } from './access-mutations';
import {
  enrolmentsOf,
  expectedRollCall,
  expectedThroughEnrolments,
  outcomeOf,
  participantFields,
  policyAdmits,
  refusedAt,
  rollCallOf,
  rollCallOutcomeOf,
  rollCallParts,
  sessionRollCallOf,
  expectedSessionRollCall,
} from './access-paths';
import {
  activities,
  expectedAt,
  FACILITATORS,
  freshDetaineeNumber,
  NO_PRISON,
  ORGANISATIONS,
  participantById,
  participants,
  PRISONS,
  runActivityOf,
  STRANGER,
  type WorldActivity,
} from './access-world';

// Property tests of the participants service's access policy (issue 4): for drawn callers and objects,
// every root field answers without an access error exactly when the policy and the object-level rule the
// resolver uses allow it, 1 000 runs per resolver, in-process on one seeded database (PGlite, or PostgreSQL
// with TEST_DATABASE_URL). The audit trail is written by an Apollo plugin, which in-process execution skips.

jest.setTimeout(PROPERTY_TIMEOUT_MS);

/** Every kind of caller a subgraph sees: users of the world's prisons and organisations mostly, the public, a service. */
const callers = callersOf({ prisons: PRISONS, organisations: ORGANISATIONS, subs: [...FACILITATORS, STRANGER] });
/** A participant of the world, or an id nobody has. */
const participantIds = seededOrMissing(participants.map((p) => p.id));
const prisons = prisonTargets(PRISONS, NO_PRISON);
/** An activity of the world, or one this service has not heard of. */
const activityIds = seededOrMissing(
  activities.map((a) => a.id),
  5,
);

/** The two lists partner staff and volunteers meet participants in: the document, the oracle, the list in the answer. */
const PARTICIPANT_LISTS = [
  [
    'a roll call shows each field of a participant exactly when the view through the activity allows it',
    rollCallOf,
    expectedRollCall,
    'expectedParticipants',
  ],
  [
    "an activity's enrolments show each field of a participant exactly when the view allows it",
    enrolmentsOf,
    expectedThroughEnrolments,
    'enrolments',
  ],
] as const;

describe(`the participants policy, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => (world = await openWorld()));
  afterAll(() => world?.close());

  /** A change of a participant (or an enrolment) made for the run by `make` in the drawn prison, or of an id nothing has. */
  const managing = (field: string, make: (prisonId: string) => Promise<string>) => ({
    callers,
    targets: madeForTheRun,
    ...madeOrMissing((made: MadeForTheRun) => made.prisonId, make),
    allowed: managedBy(`Mutation.${field}`),
  });

  describe('queries', () => {
    it('participants(prisonId): the readers of that prison', () =>
      assertAccess({
        callers,
        ...prisons,
        send: (caller, prisonId) =>
          world.send(
            caller,
            'query ($prisonId: ID!) { participants(prisonId: $prisonId, first: 3) { totalCount edges { node { id } } } }',
            { prisonId },
          ),
        allowed: (caller, prisonId) => policyAdmits('Query.participants', caller, null, { prisonId }),
      }));

    it('participant(id): the readers of their prison', () =>
      assertAccess({
        callers,
        ...idTargets(participantIds, participantById),
        send: (caller, id) => world.send(caller, 'query ($id: ID!) { participant(id: $id) { id status } }', { id }),
        allowed: (caller, id) => {
          const participant = participantById.get(id);
          return policyAdmits('Query.participant', caller) && !!participant && canReadParticipantsOf(caller, participant.prisonId);
        },
      }));

    it('participantDataExport(participantId): the coordinators of their prison', () =>
      assertAccess({
        callers,
        ...idTargets(participantIds, participantById),
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
      }));
  });

  describe('personal fields and references', () => {
    // One drawn field per run: a refused field nulls the whole participant, hiding its siblings' fate.
    it.each(PARTICIPANT_LISTS)('%s', (_title, documentOf, expectedOutcome, list) =>
      assertOutcomes({
        callers,
        ways: fc.tuple(activityIds, fc.constantFrom(...participantFields(world.schema))),
        expected: (caller, [activityId, field]) => expectedOutcome(caller, activityId, field.name),
        answered: (expected) => expected === 'answered',
        outcome: async (caller, [activityId, field]) => {
          const { source, variables } = documentOf(activityId, field.selection);
          return outcomeOf(await world.send(caller, source, variables), list, field.name);
        },
      }),
    );

    // One drawn part of an entry per run, as above; the seeded session of each activity has a mark.
    it("a session's roll call shows each part of an entry exactly when the view through the activity allows it", () =>
      assertOutcomes({
        callers,
        ways: fc.tuple(activityIds, fc.constantFrom(...rollCallParts(world.schema))),
        expected: (caller, [activityId, { part }]) => expectedSessionRollCall(caller, activityId, part),
        answered: (expected) => expected === 'answered',
        outcome: async (caller, [activityId, { part, selection }]) => {
          const { source, variables } = sessionRollCallOf(activityId, selection);
          return rollCallOutcomeOf(await world.send(caller, source, variables), part);
        },
      }));

    it('a reference to a participant resolves for the readers of their prison, and to null alike for others and unknown ids', () =>
      assertReferences({
        callers,
        policy: participantsPolicy,
        ids: { Participant: participantIds },
        visible: (caller, _type, id) => {
          const participant = participantById.get(id);
          return !!participant && canReadParticipantsOf(caller, participant.prisonId);
        },
        send: (caller, source, variables) => world.send(caller, source, variables),
      }));
  });

  describe('mutations', () => {
    it('registerParticipant: the coordinators of the prison', () =>
      assertAccess({
        callers,
        ...prisons,
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
        stateOf: (prisonId) => world.prisma.participant.count({ where: { prisonId } }),
      }));

    it.each(PARTICIPANT_CHANGES)('%s: the coordinators of their prison', (field, source) =>
      assertAccess({
        ...managing(field, (prisonId) => world.runObjects.participant(prisonId)),
        send: (caller, id) => world.send(caller, source, { id }),
        stateOf: (id) => world.prisma.participant.findUnique({ where: { id } }),
      }),
    );

    it('requestEnrolment: the coordinators of their prison', () =>
      assertAccess({
        ...managing('requestEnrolment', (prisonId) => world.runObjects.participant(prisonId)),
        send: (caller, participantId, made) =>
          world.send(caller, 'mutation ($input: RequestEnrolmentInput!) { requestEnrolment(input: $input) { enrolment { id status } } }', {
            input: { participantId, activityId: runActivityOf(made.prisonId ?? PRISONS[0]).id, idempotencyKey: randomUUID() },
          }),
        stateOf: (participantId) => world.prisma.enrolment.findMany({ where: { participantId } }),
      }));

    it.each(ENROLMENT_MOVES)('%s (from %s): the coordinators of the participant’s prison', (field, status, source) =>
      assertAccess({
        ...managing(field, (prisonId) => world.runObjects.enrolment(prisonId, status)),
        send: (caller, id, made) => world.send(caller, source, { id, decision: made.decision }),
        stateOf: (id) => world.prisma.enrolment.findUnique({ where: { id }, include: { changes: true } }),
      }),
    );

    it('recordAttendance: partner staff of the organisation, volunteers facilitating the session, coordinators of the prison', () => {
      type Run = { activity: WorldActivity | null; missingId: string };
      const made = new Set<string>();
      const { id: anyone } = participants[0];
      const markedIn = (run: Run) => (run.activity ? expectedAt(run.activity.id).participantId : anyone);
      // The rule, in the policy's words: a coordinator of the prison, or someone running the session.
      const recorder = (caller: Caller, activity: WorldActivity) =>
        canManageParticipantsOf(caller, activity.prisonId) || partnerViewOf(caller, activity) !== null;
      // attendanceScope: the session is seen by the users of its prison, so the others get NOT_FOUND.
      const seesTheSession = (caller: Caller, activity: WorldActivity) =>
        caller.kind === 'user' && caller.prisons.includes(activity.prisonId);
      const allowed = (caller: Caller, run: Run) =>
        !!run.activity && policyAdmits('Mutation.recordAttendance', caller) && recorder(caller, run.activity);
      /** The code the policy refuses with: the rule's, NOT_FOUND for an unknown or unseen session, FORBIDDEN for a seen one. */
      const refusalExpected = (caller: Caller, id: string, run: Run) => {
        if (!policyAdmits('Mutation.recordAttendance', caller)) return refusedAt('Mutation.recordAttendance', caller, '').split(' ')[0];
        if (!made.has(id) || !seesTheSession(caller, run.activity!)) return 'NOT_FOUND';
        return recorder(caller, run.activity!) ? null : 'FORBIDDEN';
      };
      return assertAccess<Run>({
        callers,
        targets: fc.record({ activity: placeForTheRun(activities), missingId: missingIds }),
        ...madeOrMissing(
          (run: Run) => run.activity,
          async (activity) => {
            const id = await world.runObjects.session(activity);
            made.add(id);
            return id;
          },
        ),
        hiddenFrom: (caller, run) => !seesTheSession(caller, run.activity!),
        send: async (caller, sessionId, run) => {
          const result = await world.send(
            caller,
            'mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { session { id } marks { code participant { id } } } }',
            { input: { sessionId, idempotencyKey: randomUUID(), marks: [{ participantId: markedIn(run), code: 'PRESENT' }] } },
          );
          expect(refusalOf(result)).toBe(refusalExpected(caller, sessionId, run));
          return result;
        },
        allowed,
        checkAnswer: (result, _caller, run) =>
          expect(result.data?.recordAttendance).toEqual({
            session: { id: expect.any(String) },
            marks: [{ code: 'PRESENT', participant: { id: markedIn(run) } }],
          }),
        stateOf: async (sessionId) => ({
          session: await world.prisma.sessionView.findUnique({ where: { id: sessionId } }),
          marks: await world.prisma.attendanceMark.findMany({ where: { sessionId } }),
          changes: await world.prisma.attendanceMarkChange.findMany({ where: { sessionId } }),
          recordings: await world.prisma.attendanceRecording.findMany({ where: { sessionId } }),
        }),
      });
    });
  });
});
