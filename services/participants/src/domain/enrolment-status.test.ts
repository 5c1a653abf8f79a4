import { ENROLMENT_STATUSES, canMove, isFinal, isOpen, moveProblem, type EnrolmentStatus } from './enrolment-status';

const allowed: [EnrolmentStatus, EnrolmentStatus][] = [
  ['REQUESTED', 'IN_SCREENING'],
  ['REQUESTED', 'ENROLLED'],
  ['REQUESTED', 'WAITLISTED'],
  ['REQUESTED', 'WITHDRAWN'],
  ['IN_SCREENING', 'ENROLLED'],
  ['IN_SCREENING', 'WAITLISTED'],
  ['IN_SCREENING', 'REJECTED'],
  ['IN_SCREENING', 'WITHDRAWN'],
  ['ENROLLED', 'COMPLETED'],
  ['ENROLLED', 'DROPPED_OUT'],
  ['ENROLLED', 'WITHDRAWN'],
  ['WAITLISTED', 'ENROLLED'],
  ['WAITLISTED', 'WITHDRAWN'],
];
const isAllowed = (from: EnrolmentStatus, to: EnrolmentStatus) => allowed.some(([f, t]) => f === from && t === to);
const everyPair = ENROLMENT_STATUSES.flatMap((from) => ENROLMENT_STATUSES.map((to) => [from, to] as const));

describe('enrolment status moves', () => {
  it.each(allowed)('allows %s → %s', (from, to) => {
    expect(canMove(from, to)).toBe(true);
    expect(moveProblem(from, to)).toBeNull();
  });

  it('refuses every other move, always with a reason', () => {
    for (const [from, to] of everyPair.filter(([f, t]) => !isAllowed(f, t))) {
      expect(canMove(from, to)).toBe(false);
      expect(moveProblem(from, to)).toEqual(expect.any(String));
    }
  });

  it('rejects only from screening', () => {
    expect(moveProblem('REQUESTED', 'REJECTED')).toBe('Only an enrolment in screening can be rejected.');
    expect(moveProblem('WAITLISTED', 'REJECTED')).toBe('Only an enrolment in screening can be rejected.');
    expect(moveProblem('ENROLLED', 'REJECTED')).toBe('Only an enrolment in screening can be rejected.');
  });

  it('completes and drops out only from ENROLLED', () => {
    expect(moveProblem('WAITLISTED', 'COMPLETED')).toBe('Only an enrolled participant can be marked completed.');
    expect(moveProblem('IN_SCREENING', 'DROPPED_OUT')).toBe('Only an enrolled participant can be marked dropped out.');
    expect(moveProblem('REQUESTED', 'DROPPED_OUT')).toBe('Only an enrolled participant can be marked dropped out.');
  });

  it('never un-enrols to the waiting list', () => {
    expect(moveProblem('ENROLLED', 'WAITLISTED')).toMatch(/keeps their place/);
  });

  it('sends only a new request into screening', () => {
    expect(moveProblem('ENROLLED', 'IN_SCREENING')).toBe('Only a new request goes into screening.');
    expect(moveProblem('WAITLISTED', 'IN_SCREENING')).toBe('Only a new request goes into screening.');
  });

  it('never goes back to REQUESTED', () => {
    expect(moveProblem('IN_SCREENING', 'REQUESTED')).toBe('An enrolment cannot go back to requested.');
  });

  it('says when the enrolment is already in the target status', () => {
    expect(moveProblem('WAITLISTED', 'WAITLISTED')).toBe('The enrolment is already waitlisted.');
    expect(moveProblem('IN_SCREENING', 'IN_SCREENING')).toBe('The enrolment is already in screening.');
  });

  it.each(['COMPLETED', 'DROPPED_OUT', 'WITHDRAWN', 'REJECTED'] as const)('treats %s as final', (from) => {
    expect(isFinal(from)).toBe(true);
    expect(isOpen(from)).toBe(false);
    for (const to of ENROLMENT_STATUSES.filter((s) => s !== from)) {
      expect(canMove(from, to)).toBe(false);
      expect(moveProblem(from, to)).toMatch(/that is final/);
    }
  });

  it('names a final status in plain words', () => {
    expect(moveProblem('DROPPED_OUT', 'ENROLLED')).toBe('The enrolment is dropped out; that is final. Make a new request if needed.');
  });
});

describe('open and final statuses', () => {
  it.each(['REQUESTED', 'IN_SCREENING', 'ENROLLED', 'WAITLISTED'] as const)('counts %s as open', (status) => {
    expect(isOpen(status)).toBe(true);
    expect(isFinal(status)).toBe(false);
  });

  it('splits every status into exactly one of open or final', () => {
    for (const status of ENROLMENT_STATUSES) expect(isOpen(status)).toBe(!isFinal(status));
  });
});

describe('resuming after a follow-up conversation (outcome RESUMED)', () => {
  it('lets a dropped-out enrolment take a place or join the waiting list on that occasion only', () => {
    expect(canMove('DROPPED_OUT', 'ENROLLED', 'RESUMED')).toBe(true);
    expect(canMove('DROPPED_OUT', 'WAITLISTED', 'RESUMED')).toBe(true);
    expect(moveProblem('DROPPED_OUT', 'ENROLLED', 'RESUMED')).toBeNull();
    // Any other change still finds DROPPED_OUT final.
    expect(canMove('DROPPED_OUT', 'ENROLLED')).toBe(false);
    expect(canMove('DROPPED_OUT', 'WAITLISTED')).toBe(false);
    expect(isFinal('DROPPED_OUT')).toBe(true);
  });

  it('opens no other way: not from another final status, not into another status', () => {
    for (const from of ['COMPLETED', 'WITHDRAWN', 'REJECTED'] as const) {
      expect(canMove(from, 'ENROLLED', 'RESUMED')).toBe(false);
      expect(moveProblem(from, 'ENROLLED', 'RESUMED')).toMatch(/Only a participant who dropped out can resume/);
    }
    for (const to of ENROLMENT_STATUSES.filter((s) => s !== 'ENROLLED' && s !== 'WAITLISTED'))
      expect(canMove('DROPPED_OUT', to, 'RESUMED')).toBe(false);
  });

  it('keeps every ordinary move on that occasion', () => {
    for (const [from, to] of allowed) expect(canMove(from, to, 'RESUMED')).toBe(true);
  });
});
