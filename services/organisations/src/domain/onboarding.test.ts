import { onboardingOf, onboardingProblems } from './onboarding';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('onboarding', () => {
  it('needs a planned day or a done day, and no done day still to come', () => {
    expect(onboardingProblems({ plannedOn: day('2030-01-01'), doneOn: null }, '2026-12-06')).toEqual([]);
    expect(onboardingProblems({ plannedOn: null, doneOn: day('2026-12-06') }, '2026-12-06')).toEqual([]);
    expect(onboardingProblems({ plannedOn: null, doneOn: null }, '2026-12-06').map((p) => p.field)).toEqual(['plannedOn']);
    expect(onboardingProblems({ plannedOn: null, doneOn: day('2026-12-07') }, '2026-12-06').map((p) => p.field)).toEqual(['doneOn']);
  });

  it('lists every step in order, those not recorded without dates', () => {
    const recorded = [
      { step: 'WELCOME_TALK' as const, plannedOn: day('2030-01-02'), doneOn: null },
      { step: 'PRISON_ACCESS_PERMIT' as const, plannedOn: null, doneOn: day('2026-11-01') },
    ];
    expect(onboardingOf(recorded)).toEqual([
      { step: 'PRISON_ACCESS_PERMIT', plannedOn: null, doneOn: day('2026-11-01') },
      { step: 'TRAINING', plannedOn: null, doneOn: null },
      { step: 'CHARTER', plannedOn: null, doneOn: null },
      { step: 'WELCOME_TALK', plannedOn: day('2030-01-02'), doneOn: null },
    ]);
  });
});
