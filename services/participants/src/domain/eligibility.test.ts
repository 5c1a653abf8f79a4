import { belgianDate } from '@cort/common';
import { enrolmentRefusal, enrolmentRefusals, type EnrolledActivity, type EnrollingParticipant } from './eligibility';

const participant: EnrollingParticipant = { prisonId: 'p-gent', gender: 'MALE', legalStatus: 'CONVICTED', status: 'IN_CUSTODY' };
const activity: EnrolledActivity = {
  prisonId: 'p-gent',
  genders: ['MALE'],
  legalStatuses: ['SUSPECT', 'CONVICTED'],
  status: 'PUBLISHED',
  endsOn: new Date('2026-06-30T00:00:00Z'),
  capacity: 12,
  screeningRequired: false,
};
const today = new Date('2026-03-10T09:00:00Z');

describe('enrolmentRefusal', () => {
  it('lets an eligible participant in custody ask to join a published, running activity', () => {
    expect(enrolmentRefusal(participant, activity, today)).toBeNull();
  });

  it('ignores capacity and screening, which decide placement, not eligibility', () => {
    expect(enrolmentRefusal(participant, { ...activity, capacity: 0, screeningRequired: true }, today)).toBeNull();
  });

  it('refuses an activity of another prison', () => {
    expect(enrolmentRefusal(participant, { ...activity, prisonId: 'p-brugge' }, today)).toEqual({
      reason: 'OTHER_PRISON',
      message: 'The participant and the activity are in different prisons; choose an activity of their prison.',
    });
  });

  it.each(['RELEASED', 'TRANSFERRED'] as const)('refuses a participant who was %s', (status) => {
    expect(enrolmentRefusal({ ...participant, status }, activity, today)).toEqual({
      reason: 'NOT_IN_CUSTODY',
      message: 'The participant is no longer in custody in this prison (released or transferred).',
    });
  });

  it.each(['DRAFT', 'ARCHIVED', 'CANCELLED'] as const)('refuses a %s activity', (status) => {
    expect(enrolmentRefusal(participant, { ...activity, status }, today)).toEqual({
      reason: 'ACTIVITY_NOT_OPEN',
      message: `The activity is ${status.toLowerCase()}; only a published activity takes enrolments.`,
    });
  });

  it('refuses an activity whose last day is past', () => {
    expect(enrolmentRefusal(participant, { ...activity, endsOn: new Date('2026-03-09T00:00:00Z') }, today)).toEqual({
      reason: 'ACTIVITY_NOT_OPEN',
      message: 'The activity ended on 2026-03-09; it takes no more enrolments.',
    });
  });

  it('still takes requests on the last day itself', () => {
    expect(enrolmentRefusal(participant, { ...activity, endsOn: new Date('2026-03-10T00:00:00Z') }, today)).toBeNull();
  });

  it('judges "today" by the date in Brussels, not in UTC', () => {
    const endsOn = new Date('2026-03-31T00:00:00Z');
    // 21:30 UTC on 31 March is 23:30 in Brussels: still the last day.
    expect(enrolmentRefusal(participant, { ...activity, endsOn }, new Date('2026-03-31T21:30:00Z'))).toBeNull();
    // 22:30 UTC on 31 March is already 1 April in Brussels (summer time): over.
    expect(enrolmentRefusal(participant, { ...activity, endsOn }, new Date('2026-03-31T22:30:00Z'))?.reason).toBe('ACTIVITY_NOT_OPEN');
  });

  it('refuses a gender outside the audience', () => {
    expect(enrolmentRefusal({ ...participant, gender: 'FEMALE' }, activity, today)?.reason).toBe('NOT_ELIGIBLE_AUDIENCE');
  });

  it('refuses a legal status outside the audience', () => {
    expect(enrolmentRefusal({ ...participant, legalStatus: 'INTERNED' }, activity, today)).toEqual({
      reason: 'NOT_ELIGIBLE_AUDIENCE',
      message: "The participant is outside the activity's audience (gender or legal status); choose an activity meant for them.",
    });
  });

  it('gives the most basic reason first when several apply', () => {
    const closedElsewhere = { ...activity, prisonId: 'p-brugge', status: 'CANCELLED' as const, genders: ['FEMALE' as const] };
    expect(enrolmentRefusal({ ...participant, status: 'RELEASED' }, closedElsewhere, today)?.reason).toBe('OTHER_PRISON');
    expect(enrolmentRefusal({ ...participant, status: 'RELEASED' }, { ...closedElsewhere, prisonId: 'p-gent' }, today)?.reason).toBe(
      'NOT_IN_CUSTODY',
    );
    expect(enrolmentRefusal(participant, { ...closedElsewhere, prisonId: 'p-gent' }, today)?.reason).toBe('ACTIVITY_NOT_OPEN');
  });

  it('repeats none of the participant data in its messages', () => {
    const messages = [
      enrolmentRefusal(participant, { ...activity, prisonId: 'p-brugge' }, today),
      enrolmentRefusal({ ...participant, status: 'TRANSFERRED' }, activity, today),
      enrolmentRefusal({ ...participant, legalStatus: 'INTERNED', gender: 'FEMALE' }, activity, today),
    ].map((refusal) => refusal!.message);
    for (const message of messages) expect(message).not.toMatch(/p-gent|p-brugge|FEMALE|MALE|INTERNED|CONVICTED|SUSPECT|TRANSFERRED/);
  });
});

// The day enrolmentRefusal calls "today" (@cort/common's belgianDate).
describe('the prison day', () => {
  it('gives the calendar date in Brussels, across midnight and both time offsets', () => {
    expect(belgianDate(new Date('2026-01-15T22:59:00Z'))).toBe('2026-01-15'); // winter, UTC+1
    expect(belgianDate(new Date('2026-01-15T23:00:00Z'))).toBe('2026-01-16');
    expect(belgianDate(new Date('2026-07-15T21:59:00Z'))).toBe('2026-07-15'); // summer, UTC+2
    expect(belgianDate(new Date('2026-07-15T22:00:00Z'))).toBe('2026-07-16');
  });
});

describe('enrolmentRefusals', () => {
  const participant: EnrollingParticipant = { prisonId: 'p-haren', gender: 'MALE', legalStatus: 'CONVICTED', status: 'IN_CUSTODY' };
  const activity: EnrolledActivity = {
    prisonId: 'p-haren',
    genders: ['MALE'],
    legalStatuses: ['CONVICTED'],
    status: 'PUBLISHED',
    endsOn: new Date('2026-12-31T00:00:00Z'),
    capacity: 10,
    screeningRequired: false,
  };
  const today = new Date('2026-06-01T10:00:00Z');

  it('lists every reason, the first the one enrolmentRefusal gives', () => {
    const refusals = enrolmentRefusals(
      { ...participant, prisonId: 'p-gent', status: 'RELEASED', gender: 'FEMALE' },
      { ...activity, status: 'DRAFT' },
      today,
    );
    expect(refusals.map((r) => r.reason)).toEqual(['OTHER_PRISON', 'NOT_IN_CUSTODY', 'ACTIVITY_NOT_OPEN', 'NOT_ELIGIBLE_AUDIENCE']);
    expect(enrolmentRefusal({ ...participant, status: 'RELEASED', gender: 'FEMALE' }, activity, today)?.reason).toBe('NOT_IN_CUSTODY');
  });

  it('gives ACTIVITY_NOT_OPEN once for an activity that ended, and nothing for an eligible request', () => {
    expect(enrolmentRefusals(participant, { ...activity, endsOn: new Date('2026-05-31T00:00:00Z') }, today).map((r) => r.reason)).toEqual([
      'ACTIVITY_NOT_OPEN',
    ]);
    expect(enrolmentRefusals(participant, activity, today)).toEqual([]);
  });
});
