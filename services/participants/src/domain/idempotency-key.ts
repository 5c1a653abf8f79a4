import type { InputProblem } from '@cort/subgraph';

// A client that sends a change again after losing the answer names it by an idempotency key: the same key
// again is the same request, answered as it now stands and written once. These are the rules every use case
// that takes a key shares (an enrolment request, a roll call, a withdrawal).

/** The longest key kept: a UUID fits many times over, a key that is a whole document does not. */
export const MAX_KEY_LENGTH = 200;

/** Why a key is refused (blank, or too long to keep): none when it can be kept. */
export function idempotencyKeyProblems(key: string): InputProblem[] {
  if (!key.trim() || key.length > MAX_KEY_LENGTH)
    return [{ field: 'idempotencyKey', message: `Give an idempotency key of 1 to ${MAX_KEY_LENGTH} characters.` }];
  return [];
}

/** What an earlier change kept under a key says of the request now made with it. */
export interface KeyedChange {
  enrolmentId: string;
  to: string;
}

/**
 * A change sent again: its key names this very change of this very enrolment (a withdrawal of it). A key
 * kept with another enrolment's change, or with a change of another kind, is not a retry but a client
 * reusing a key.
 */
export const sameChange = (earlier: KeyedChange, enrolmentId: string, to: string) =>
  earlier.enrolmentId === enrolmentId && earlier.to === to;
