import { MAX_REQUEST_AGE_DAYS, requestDay, requestNote } from './enrolment-request';

describe('the day of an enrolment request', () => {
  it('is today when not given, and the given day when it is today or before', () => {
    expect(requestDay(undefined, '2026-12-06')).toEqual({ day: '2026-12-06' });
    expect(requestDay('2026-12-06', '2026-12-06')).toEqual({ day: '2026-12-06' });
    expect(requestDay('2026-11-20', '2026-12-06')).toEqual({ day: '2026-11-20' });
  });

  it('is refused after today and more than a year back', () => {
    expect(requestDay('2026-12-07', '2026-12-06')).toEqual({ refusal: expect.stringMatching(/after today/) });
    expect(requestDay('2025-12-04', '2026-12-06')).toEqual({ refusal: expect.stringContaining(`${MAX_REQUEST_AGE_DAYS} days`) });
    expect(requestDay('2025-12-05', '2026-12-06')).toEqual({ day: '2025-12-05' });
  });
});

describe('the note of an enrolment request', () => {
  it('keeps the note, and adds what a client still sends as free-text requestedBy', () => {
    expect(requestNote('  Vraagt Nederlandse les ', null)).toBe('Vraagt Nederlandse les');
    expect(requestNote(null, 'PSD')).toBe('Requested by: PSD');
    expect(requestNote('Vraagt les', ' PSD ')).toBe('Vraagt les\nRequested by: PSD');
    expect(requestNote('', '  ')).toBeNull();
  });
});
