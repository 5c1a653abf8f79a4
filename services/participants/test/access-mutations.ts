import fc from 'fast-check';
import type { Caller } from '@cort/auth';
import { missingIds, placeForTheRun } from '@cort/testing';
import { canManageParticipantsOf } from '../src/policy';
import { policyAdmits } from './access-paths';
import { PRISONS } from './access-world';

/**
 * Mutations change what they act on, so each run acts on an object made for it in the drawn prison (a
 * participant in custody, an enrolment in the status the move needs), or on an id that does not exist.
 * An admitted call must then succeed outright, a refused one must leave its object as it was, and the
 * seeded objects the reads use are never changed: the runs act in activities of their own.
 */
export const madeForTheRun = fc.record({
  prisonId: placeForTheRun<string>(PRISONS),
  missingId: missingIds,
  decision: fc.constantFrom('APPROVED', 'REJECTED'),
});
export type MadeForTheRun = { prisonId: string | null; missingId: string; decision: string };
/** The oracle of a change: its rule and managing the participants of the prison. */
export const managedBy = (coordinate: string) => (caller: Caller, made: MadeForTheRun) =>
  policyAdmits(coordinate, caller) && made.prisonId !== null && canManageParticipantsOf(caller, made.prisonId);

/** The changes of a participant in custody: the mutation, its document. */
export const PARTICIPANT_CHANGES: [string, string][] = [
  ['updateParticipant', 'mutation ($id: ID!) { updateParticipant(id: $id, input: { section: "B2" }) { participant { id section } } }'],
  ['recordRelease', 'mutation ($id: ID!) { recordRelease(id: $id) { participant { id status } } }'],
  ['recordTransfer', 'mutation ($id: ID!) { recordTransfer(id: $id, toPrisonId: "LEUVEN") { participant { id status } } }'],
];
/** The moves of an enrolment: the mutation, the status it starts from, its document. */
export const ENROLMENT_MOVES: [string, 'ENROLLED' | 'IN_SCREENING', string][] = [
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
