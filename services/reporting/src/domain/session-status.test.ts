import { reportedStatus } from './session-status';

const NOW = new Date('2026-03-02T12:00:00Z');
const before = new Date('2026-03-02T11:00:00Z');
const after = new Date('2026-03-02T13:00:00Z');

describe('the status the figures read a session as', () => {
  it('is HELD once the activities service says so, even before the session ends (attendance confirmed it)', () => {
    expect(reportedStatus({ status: 'HELD', endsAt: after }, NOW)).toBe('HELD');
  });

  it('is HELD as soon as it is over and not cancelled, before SessionHeld arrives', () => {
    expect(reportedStatus({ status: 'SCHEDULED', endsAt: before }, NOW)).toBe('HELD');
    expect(reportedStatus({ status: 'SCHEDULED', endsAt: NOW }, NOW)).toBe('HELD');
  });

  it('stays SCHEDULED until then, and CANCELLED whatever the time', () => {
    expect(reportedStatus({ status: 'SCHEDULED', endsAt: after }, NOW)).toBe('SCHEDULED');
    expect(reportedStatus({ status: 'CANCELLED', endsAt: before }, NOW)).toBe('CANCELLED');
  });
});
