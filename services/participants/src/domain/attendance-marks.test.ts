import { rollCallProblem, sameMark, type MarkInput, type SessionFacts } from './attendance-marks';

const HOUR = 3_600_000;
const now = new Date('2026-11-20T12:00:00Z');
const session = (hoursAgo: number, status: SessionFacts['status'] = 'SCHEDULED'): SessionFacts => ({
  startsAt: new Date(now.getTime() - hoursAgo * HOUR),
  endsAt: new Date(now.getTime() - hoursAgo * HOUR + 2 * HOUR),
  status,
});
const expected = new Set(['p1', 'p2']);
const reasonOf = (s: SessionFacts, marks: MarkInput[], recorder: 'COORDINATOR' | 'FACILITATOR' = 'FACILITATOR') =>
  rollCallProblem(s, marks, expected, recorder, now)?.reason ?? null;

describe('what a roll call may record', () => {
  it('takes marks of expected participants of a session that started', () => {
    expect(
      reasonOf(session(1), [
        { participantId: 'p1', code: 'PRESENT' },
        { participantId: 'p2', code: 'ABSENT_EXCUSED', absenceReason: 'COURT' },
      ]),
    ).toBeNull();
  });

  it('refuses participants not expected, twice in one call, or no marks', () => {
    expect(reasonOf(session(1), [{ participantId: 'p9', code: 'PRESENT' }])).toBe('NOT_EXPECTED');
    expect(
      reasonOf(session(1), [
        { participantId: 'p1', code: 'PRESENT' },
        { participantId: 'p1', code: 'REFUSED' },
      ]),
    ).toBe('DUPLICATE_PARTICIPANT');
    expect(reasonOf(session(1), [])).toBe('NO_MARKS');
  });

  it('refuses a session not started (but NOT_REQUIRED), and a cancelled one', () => {
    expect(reasonOf(session(-3), [{ participantId: 'p1', code: 'PRESENT' }])).toBe('SESSION_NOT_STARTED');
    expect(reasonOf(session(-3), [{ participantId: 'p1', code: 'NOT_REQUIRED' }])).toBeNull();
    expect(reasonOf(session(1, 'CANCELLED'), [{ participantId: 'p1', code: 'PRESENT' }])).toBe('SESSION_CANCELLED');
  });

  it('closes the facilitators’ window 7 days after the end; a coordinator corrects later with a note', () => {
    const old = session(8 * 24);
    expect(reasonOf(old, [{ participantId: 'p1', code: 'PRESENT' }])).toBe('RECORDING_WINDOW_CLOSED');
    expect(reasonOf(session(6 * 24), [{ participantId: 'p1', code: 'PRESENT' }])).toBeNull();
    expect(reasonOf(old, [{ participantId: 'p1', code: 'PRESENT' }], 'COORDINATOR')).toBe('NOTE_REQUIRED');
    expect(reasonOf(old, [{ participantId: 'p1', code: 'PRESENT', note: 'Lijst op papier' }], 'COORDINATOR')).toBeNull();
  });

  it('wants an absence reason with ABSENT_EXCUSED only, and SESSION_CANCELLED from the system only', () => {
    expect(reasonOf(session(1), [{ participantId: 'p1', code: 'ABSENT_EXCUSED' }])).toBe('ABSENCE_REASON_REQUIRED');
    expect(reasonOf(session(1), [{ participantId: 'p1', code: 'PRESENT', absenceReason: 'SICK' }])).toBe('ABSENCE_REASON_NOT_ALLOWED');
    expect(reasonOf(session(1), [{ participantId: 'p1', code: 'SESSION_CANCELLED' }])).toBe('SYSTEM_CODE');
    expect(reasonOf(session(1), [{ participantId: 'p1', code: 'PRESENT', note: 'x'.repeat(1001) }])).toBe('NOTE_TOO_LONG');
  });

  it('sees an unchanged mark as no change', () => {
    const current = { code: 'PRESENT' as const, absenceReason: null, note: null };
    expect(sameMark(current, { participantId: 'p1', code: 'PRESENT', note: '  ' })).toBe(true);
    expect(sameMark(current, { participantId: 'p1', code: 'REFUSED' })).toBe(false);
    expect(sameMark(undefined, { participantId: 'p1', code: 'PRESENT' })).toBe(false);
  });
});
