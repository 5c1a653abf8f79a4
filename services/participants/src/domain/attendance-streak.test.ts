import type { AttendanceCode } from '../generated/prisma/enums';
import { absenceRuns, followUpDue } from './attendance-streak';

const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 9));
const marks = (...codes: AttendanceCode[]) => codes.map((code, n) => ({ code, sessionStartsAt: day(n) }));

describe('the rule of three', () => {
  it('opens after three unexcused absences or refusals in a row', () => {
    expect(followUpDue(marks('PRESENT', 'ABSENT_UNEXCUSED', 'REFUSED', 'ABSENT_UNEXCUSED'), [])).toEqual({ absencesInRow: 3 });
    expect(followUpDue(marks('ABSENT_UNEXCUSED', 'REFUSED'), [])).toBeNull();
  });

  it('lets excused, not required, cancelled and clashing sessions neither count nor break the row', () => {
    const row = marks('ABSENT_UNEXCUSED', 'ABSENT_EXCUSED', 'REFUSED', 'SESSION_CANCELLED', 'NOT_REQUIRED', 'CLASH', 'ABSENT_UNEXCUSED');
    expect(followUpDue(row, [])).toEqual({ absencesInRow: 3 });
    expect(followUpDue(marks('ABSENT_EXCUSED', 'ABSENT_EXCUSED', 'ABSENT_EXCUSED'), [])).toBeNull();
  });

  it('breaks the row on a presence', () => {
    expect(followUpDue(marks('ABSENT_UNEXCUSED', 'REFUSED', 'PRESENT', 'ABSENT_UNEXCUSED', 'REFUSED'), [])).toBeNull();
  });

  it('reads the marks in session order, whatever order they arrive in (offline batches, corrections)', () => {
    const row = marks('ABSENT_UNEXCUSED', 'PRESENT', 'REFUSED', 'REFUSED', 'ABSENT_UNEXCUSED');
    expect(followUpDue([...row].reverse(), [])).toEqual({ absencesInRow: 3 });
    expect(absenceRuns([...row].reverse())).toEqual([
      { startsAt: day(0), length: 1 },
      { startsAt: day(2), length: 3 },
    ]);
  });

  it('opens once per run: not again when the run grows or is recorded again, but for a new run after a presence', () => {
    const three = marks('REFUSED', 'REFUSED', 'REFUSED');
    const openedAfterThird = [new Date(day(2).getTime() + 3_600_000)];
    expect(followUpDue(three, openedAfterThird)).toBeNull();
    expect(followUpDue(marks('REFUSED', 'REFUSED', 'REFUSED', 'ABSENT_UNEXCUSED'), openedAfterThird)).toBeNull();
    const newRun = marks('REFUSED', 'REFUSED', 'REFUSED', 'PRESENT', 'REFUSED', 'REFUSED', 'REFUSED');
    expect(followUpDue(newRun, openedAfterThird)).toEqual({ absencesInRow: 3 });
  });

  it('is not satisfied by a follow-up opened before the run began', () => {
    expect(followUpDue(marks('REFUSED', 'REFUSED', 'REFUSED'), [new Date(day(-5))])).toEqual({ absencesInRow: 3 });
  });
});
