export type EnrolmentStatus =
  'REQUESTED' | 'IN_SCREENING' | 'ENROLLED' | 'WAITLISTED' | 'COMPLETED' | 'DROPPED_OUT' | 'WITHDRAWN' | 'REJECTED';

export const ENROLMENT_STATUSES: readonly EnrolmentStatus[] = [
  'REQUESTED',
  'IN_SCREENING',
  'ENROLLED',
  'WAITLISTED',
  'COMPLETED',
  'DROPPED_OUT',
  'WITHDRAWN',
  'REJECTED',
];

// REQUESTED → IN_SCREENING when the activity requires screening; otherwise the request is placed at once
// (ENROLLED or WAITLISTED), as an approved screening is. Only screening rejects; a participant can withdraw
// while the enrolment is open; WAITLISTED → ENROLLED is a promotion, never the reverse (nobody is
// un-enrolled to make room); only an enrolled participant completes or drops out.
const NEXT: Record<EnrolmentStatus, readonly EnrolmentStatus[]> = {
  REQUESTED: ['IN_SCREENING', 'ENROLLED', 'WAITLISTED', 'WITHDRAWN'],
  IN_SCREENING: ['ENROLLED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN'],
  ENROLLED: ['COMPLETED', 'DROPPED_OUT', 'WITHDRAWN'],
  WAITLISTED: ['ENROLLED', 'WITHDRAWN'],
  COMPLETED: [],
  DROPPED_OUT: [],
  WITHDRAWN: [],
  REJECTED: [],
};

// Open enrolments hold (or wait for) a place; a participant has at most one open enrolment per activity.
export const OPEN_STATUSES = ['REQUESTED', 'IN_SCREENING', 'ENROLLED', 'WAITLISTED'] as const satisfies readonly EnrolmentStatus[];

export const isOpen = (status: EnrolmentStatus) => (OPEN_STATUSES as readonly EnrolmentStatus[]).includes(status);

/** Final statuses end the enrolment: nothing follows them, and a new request starts a new enrolment. */
export const isFinal = (status: EnrolmentStatus) => NEXT[status].length === 0;

/**
 * The moves a status table allows only on one occasion. A follow-up conversation whose outcome is RESUMED
 * brings back a participant who dropped out: a free place or the end of the waiting list, as a new
 * request would land. It is the one way out of DROPPED_OUT, and for that case only; every other change
 * (a coordinator's, the feed's, a release) still treats DROPPED_OUT as final.
 */
export type MoveOccasion = 'RESUMED';

const ON_OCCASION: Record<MoveOccasion, Partial<Record<EnrolmentStatus, readonly EnrolmentStatus[]>>> = {
  RESUMED: { DROPPED_OUT: ['ENROLLED', 'WAITLISTED'] },
};

export function canMove(from: EnrolmentStatus, to: EnrolmentStatus, occasion?: MoveOccasion): boolean {
  return NEXT[from].includes(to) || (occasion !== undefined && (ON_OCCASION[occasion][from] ?? []).includes(to));
}

const words = (status: EnrolmentStatus) => status.toLowerCase().replace('_', ' ');

// What a move into each status needs, said when it is missing. Moves into ENROLLED or WITHDRAWN from an
// open status are all allowed, so their sentences only complete the table.
const NEEDS: Record<EnrolmentStatus, string> = {
  REQUESTED: 'An enrolment cannot go back to requested.',
  IN_SCREENING: 'Only a new request goes into screening.',
  ENROLLED: 'Only an open enrolment can become enrolled.',
  WAITLISTED: 'An enrolled participant keeps their place; they are not put back on the waiting list.',
  COMPLETED: 'Only an enrolled participant can be marked completed.',
  DROPPED_OUT: 'Only an enrolled participant can be marked dropped out.',
  WITHDRAWN: 'Only an open enrolment can be withdrawn.',
  REJECTED: 'Only an enrolment in screening can be rejected.',
};

/** Why an enrolment cannot move, in words a coordinator can act on; null when the move is allowed. */
export function moveProblem(from: EnrolmentStatus, to: EnrolmentStatus, occasion?: MoveOccasion): string | null {
  if (canMove(from, to, occasion)) return null;
  if (occasion === 'RESUMED') return `Only a participant who dropped out can resume; the enrolment is ${words(from)}.`;
  if (from === to) return `The enrolment is already ${words(from)}.`;
  if (isFinal(from)) return `The enrolment is ${words(from)}; that is final. Make a new request if needed.`;
  return NEEDS[to];
}
