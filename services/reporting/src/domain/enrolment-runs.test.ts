import { enrolmentRun, type EnrolmentChange } from './enrolment-runs';

const at = (hour: number) => new Date(Date.UTC(2026, 1, 2, hour));
const request = (participantId: string, hour: number): EnrolmentChange => ({
  kind: 'request',
  request: { participantId, activityId: 'a1', requestedAt: at(hour) },
});
const ended = (participantId: string): EnrolmentChange => ({ kind: 'requestEnded', request: { participantId, activityId: 'a1' } });
/** Enrolled: at once on request (requestedAt, the event's time) or after waiting (null). */
const enrolled = (participantId: string, hour: number, atOnce = false): EnrolmentChange => ({
  kind: 'enrolment',
  enrolment: { participantId, activityId: 'a1', enrolledAt: at(hour) },
  requestedAt: atOnce ? at(hour) : null,
});
const nothingBefore = { requests: [], enrolled: [], groups: [] };
const row = (participantId: string, enrolledAt: Date, requestedAt: Date | null, group = { gender: null, legalStatus: null } as object) => ({
  participantId,
  activityId: 'a1',
  enrolledAt,
  requestedAt,
  ...group,
});

describe('enrolmentRun: what a run of enrolment changes leaves', () => {
  it('an enrolment takes its waiting request’s time and ends it; the request is then never written', () => {
    expect(enrolmentRun([request('p1', 8), enrolled('p1', 10)], nothingBefore)).toEqual({
      requests: [],
      ended: [],
      enrolments: [row('p1', at(10), at(8))],
    });
  });

  it('enrolled at once on request: the event’s time, unless a request was already waiting', () => {
    expect(enrolmentRun([enrolled('p1', 10, true)], nothingBefore).enrolments).toEqual([row('p1', at(10), at(10))]);
    const waiting = { ...nothingBefore, requests: [{ participantId: 'p1', activityId: 'a1', requestedAt: at(7) }] };
    expect(enrolmentRun([enrolled('p1', 10, true)], waiting)).toEqual({
      requests: [],
      ended: [{ participantId: 'p1', activityId: 'a1' }],
      enrolments: [row('p1', at(10), at(7))],
    });
  });

  it('the first enrolment stands: enrolled again after a withdrawal, or already before the run, adds nothing', () => {
    const changes = [enrolled('p1', 9, true), ended('p1'), request('p1', 11), enrolled('p1', 12)];
    expect(enrolmentRun(changes, nothingBefore).enrolments).toEqual([row('p1', at(9), at(9))]);
    const before = { ...nothingBefore, enrolled: [{ participantId: 'p1', activityId: 'a1' }] };
    expect(enrolmentRun([request('p1', 11), enrolled('p1', 12)], before)).toEqual({ requests: [], ended: [], enrolments: [] });
  });

  it('a request made again starts its own waiting time; one ended without a place leaves nothing', () => {
    const before = { ...nothingBefore, requests: [{ participantId: 'p1', activityId: 'a1', requestedAt: at(7) }] };
    expect(enrolmentRun([ended('p1'), request('p1', 11)], before)).toEqual({
      requests: [{ participantId: 'p1', activityId: 'a1', requestedAt: at(11) }],
      ended: [],
      enrolments: [],
    });
    expect(enrolmentRun([request('p2', 8), ended('p2'), ended('p1')], before)).toEqual({
      requests: [],
      ended: [{ participantId: 'p1', activityId: 'a1' }],
      enrolments: [],
    });
  });

  it('writes no request that is already there as it is', () => {
    const before = { ...nothingBefore, requests: [{ participantId: 'p1', activityId: 'a1', requestedAt: at(7) }] };
    expect(enrolmentRun([request('p1', 7)], before)).toEqual({ requests: [], ended: [], enrolments: [] });
  });

  it('copies the participant’s target group as reporting knows it, or none', () => {
    const before = { ...nothingBefore, groups: [{ participantId: 'p1', gender: 'FEMALE', legalStatus: 'SUSPECT' }] };
    expect(enrolmentRun([enrolled('p1', 9, true), enrolled('p2', 9, true)], before).enrolments).toEqual([
      row('p1', at(9), at(9), { gender: 'FEMALE', legalStatus: 'SUSPECT' }),
      row('p2', at(9), at(9)),
    ]);
  });
});
