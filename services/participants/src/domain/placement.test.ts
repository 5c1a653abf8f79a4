import { placementOf } from './placement';

describe('placementOf', () => {
  it('sends an unscreened request into screening when the activity requires it, full or not', () => {
    expect(placementOf({ screeningRequired: true, screened: false, enrolled: 0, capacity: 10 })).toBe('IN_SCREENING');
    expect(placementOf({ screeningRequired: true, screened: false, enrolled: 10, capacity: 10 })).toBe('IN_SCREENING');
  });

  it('enrols while places are left', () => {
    expect(placementOf({ screeningRequired: false, screened: false, enrolled: 9, capacity: 10 })).toBe('ENROLLED');
  });

  it('waitlists when the activity is full', () => {
    expect(placementOf({ screeningRequired: false, screened: false, enrolled: 10, capacity: 10 })).toBe('WAITLISTED');
  });

  it('waitlists when the capacity was lowered below the enrolled', () => {
    expect(placementOf({ screeningRequired: false, screened: false, enrolled: 12, capacity: 10 })).toBe('WAITLISTED');
  });

  it('places an approved screening like a request without screening', () => {
    expect(placementOf({ screeningRequired: true, screened: true, enrolled: 3, capacity: 10 })).toBe('ENROLLED');
    expect(placementOf({ screeningRequired: true, screened: true, enrolled: 10, capacity: 10 })).toBe('WAITLISTED');
  });

  it('does not let a newcomer pass those already waiting', () => {
    expect(placementOf({ screeningRequired: false, screened: false, enrolled: 8, capacity: 10, waiting: 2 })).toBe('WAITLISTED');
    expect(placementOf({ screeningRequired: false, screened: false, enrolled: 7, capacity: 10, waiting: 2 })).toBe('ENROLLED');
  });
});
