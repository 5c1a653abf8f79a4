import { placementOf, placementsOf } from './placement';

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

describe('placementsOf', () => {
  it('fills the places left, then queues the rest behind those already waiting, in order', () => {
    expect(placementsOf({ screeningRequired: false, screened: false, enrolled: 8, capacity: 10 }, 4)).toEqual([
      { status: 'ENROLLED', waitlistPosition: null },
      { status: 'ENROLLED', waitlistPosition: null },
      { status: 'WAITLISTED', waitlistPosition: 1 },
      { status: 'WAITLISTED', waitlistPosition: 2 },
    ]);
    expect(placementsOf({ screeningRequired: false, screened: false, enrolled: 7, capacity: 10, waiting: 3 }, 2)).toEqual([
      { status: 'WAITLISTED', waitlistPosition: 4 },
      { status: 'WAITLISTED', waitlistPosition: 5 },
    ]);
  });

  it('sends every request into screening when the activity requires it, taking no place', () => {
    expect(placementsOf({ screeningRequired: true, screened: false, enrolled: 0, capacity: 1 }, 2)).toEqual([
      { status: 'IN_SCREENING', waitlistPosition: null },
      { status: 'IN_SCREENING', waitlistPosition: null },
    ]);
  });

  it('places one request exactly as placementOf does, screened or not, at the end of the waiting list', () => {
    for (const screeningRequired of [false, true])
      for (const screened of [false, true])
        for (const enrolled of [0, 9, 10])
          for (const waiting of [0, 1]) {
            const state = { screeningRequired, screened, enrolled, capacity: 10, waiting };
            const status = placementOf(state);
            expect(placementsOf(state, 1)).toEqual([{ status, waitlistPosition: status === 'WAITLISTED' ? waiting + 1 : null }]);
          }
  });

  it('places approved screenings on the places left, then behind those waiting, never back into screening', () => {
    expect(placementsOf({ screeningRequired: true, screened: true, enrolled: 9, capacity: 10, waiting: 0 }, 2)).toEqual([
      { status: 'ENROLLED', waitlistPosition: null },
      { status: 'WAITLISTED', waitlistPosition: 1 },
    ]);
    expect(placementsOf({ screeningRequired: true, screened: true, enrolled: 10, capacity: 10, waiting: 4 }, 1)).toEqual([
      { status: 'WAITLISTED', waitlistPosition: 5 },
    ]);
  });
});
