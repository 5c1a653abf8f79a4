import { activityProblems } from './activity-input';

const valid = {
  title: { nl: 'Onthaalklas' },
  capacity: 12,
  startsOn: new Date('2026-01-05'),
  endsOn: new Date('2026-06-30'),
  audience: { genders: ['MALE'], legalStatuses: ['CONVICTED'] },
  instructionLanguages: ['nl', 'fr-BE'],
};

describe('activityProblems', () => {
  it('accepts a complete, valid activity', () => {
    expect(activityProblems(valid, valid)).toEqual([]);
  });

  it('names each bad field', () => {
    const bad = {
      title: { nl: ' ', fr: null },
      capacity: 0,
      audience: { genders: [], legalStatuses: [] },
      instructionLanguages: ['not a tag'],
      startsOn: valid.startsOn,
      endsOn: new Date('2025-12-31'),
    };
    expect(activityProblems(bad, bad).map((p) => p.field)).toEqual([
      'title',
      'capacity',
      'audience.genders',
      'audience.legalStatuses',
      'instructionLanguages',
      'endsOn',
    ]);
  });

  it('checks only given fields on update, but the period as it would become', () => {
    expect(activityProblems({ capacity: 5 }, valid)).toEqual([]);
    expect(activityProblems({ endsOn: new Date('2025-01-01') }, { ...valid, endsOn: new Date('2025-01-01') })[0].field).toBe('endsOn');
    expect(activityProblems({ capacity: 2.5 }, valid)[0].message).toMatch(/whole number/);
  });
});
