import { cancellationProblem, cancelledInBulk, moveProblem, restoreProblem, statusAt } from './session-status';

const now = new Date('2026-03-02T12:00:00Z');
const session = (status: 'SCHEDULED' | 'HELD' | 'CANCELLED', startsAt: string, endsAt: string) => ({
  status,
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
  attendanceRecordedAt: null as Date | null,
});
const past = session('SCHEDULED', '2026-03-02T08:00:00Z', '2026-03-02T10:00:00Z');
const running = session('SCHEDULED', '2026-03-02T11:00:00Z', '2026-03-02T13:00:00Z');
const coming = session('SCHEDULED', '2026-03-03T08:00:00Z', '2026-03-03T10:00:00Z');
const withRollCall = { ...running, attendanceRecordedAt: new Date('2026-03-02T11:10:00Z') };

describe('statusAt: what a session reads as now', () => {
  it('reads a scheduled session that has ended as HELD, the moment it ends', () => {
    expect(statusAt(past, now)).toBe('HELD');
    expect(statusAt({ ...running, endsAt: now }, now)).toBe('HELD');
    expect(statusAt(running, now)).toBe('SCHEDULED');
    expect(statusAt(coming, now)).toBe('SCHEDULED');
  });

  it('reads a session whose roll call was recorded as HELD at once: recording attendance confirms it', () => {
    expect(statusAt(withRollCall, now)).toBe('HELD');
  });

  it('never turns a cancelled session into a held one', () => {
    expect(statusAt({ ...past, status: 'CANCELLED' }, now)).toBe('CANCELLED');
    expect(statusAt({ ...past, status: 'HELD' }, now)).toBe('HELD');
  });
});

describe('what may happen to a session', () => {
  it('cancels one session until attendance is recorded, even after it ended (it did not take place after all)', () => {
    expect(cancellationProblem(coming)).toBeNull();
    expect(cancellationProblem(running)).toBeNull();
    expect(cancellationProblem(past)).toBeNull();
    expect(cancellationProblem({ ...past, status: 'HELD' })).toBeNull();
    expect(cancellationProblem(withRollCall)?.reason).toBe('ATTENDANCE_RECORDED');
    expect(cancellationProblem({ ...coming, status: 'CANCELLED' })?.reason).toBe('SESSION_CANCELLED');
  });

  it('cancels in bulk only the sessions still scheduled: held ones are never touched', () => {
    expect(cancelledInBulk(coming, now)).toBe(true);
    expect(cancelledInBulk(running, now)).toBe(true);
    expect(cancelledInBulk(past, now)).toBe(false);
    expect(cancelledInBulk(withRollCall, now)).toBe(false);
    expect(cancelledInBulk({ ...coming, status: 'CANCELLED' }, now)).toBe(false);
  });

  it('restores only a cancelled session that has not started', () => {
    expect(restoreProblem({ ...coming, status: 'CANCELLED' }, now)).toBeNull();
    expect(restoreProblem({ ...running, status: 'CANCELLED' }, now)?.reason).toBe('SESSION_STARTED');
    expect(restoreProblem(coming, now)).toEqual({ message: 'The session is scheduled, not cancelled.', reason: 'SESSION_NOT_CANCELLED' });
    expect(restoreProblem(past, now)?.message).toBe('The session is held, not cancelled.');
  });

  it('moves only a scheduled session still to come', () => {
    expect(moveProblem(coming, now)).toBeNull();
    expect(moveProblem(running, now)?.reason).toBe('SESSION_STARTED');
    expect(moveProblem(past, now)?.reason).toBe('SESSION_HELD');
    expect(moveProblem(withRollCall, now)?.reason).toBe('ATTENDANCE_RECORDED');
    expect(moveProblem({ ...coming, status: 'CANCELLED' }, now)?.reason).toBe('SESSION_CANCELLED');
  });
});
