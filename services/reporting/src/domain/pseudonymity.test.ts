import { participantOf } from './pseudonymity';
import type { Projection } from './report-events';

const at = new Date('2026-02-02T09:00:00Z');
const pair = { participantId: 'p1', activityId: 'a1' };

describe('the participant a projection writes under their id', () => {
  it('names them for their target group, a mark, each enrolment change and a follow-up opened', () => {
    const guarded: Projection[] = [
      { kind: 'participant', participant: { participantId: 'p1', gender: 'MALE', legalStatus: 'CONVICTED' } },
      { kind: 'mark', mark: { sessionId: 's1', ...pair, code: 'PRESENT', absenceReason: null, recordedAt: at } },
      { kind: 'request', request: { ...pair, requestedAt: at } },
      { kind: 'requestEnded', request: pair },
      { kind: 'enrolment', enrolment: { ...pair, enrolledAt: at }, requestedAt: null },
      {
        kind: 'followUpOpened',
        followUp: { id: 'f1', ...pair, prisonId: 'HAREN', trigger: 'ABSENCES', absencesInRow: 3, openedAt: at },
      },
    ];
    expect(guarded.map(participantOf)).toEqual(guarded.map(() => 'p1'));
  });

  it('names nobody for a mark removed, a follow-up closed or an exit (nothing is written under the id), nor for what is about no participant', () => {
    const open: Projection[] = [
      { kind: 'unmark', mark: { sessionId: 's1', participantId: 'p1' } },
      {
        kind: 'followUpClosed',
        followUp: {
          id: 'f1',
          participantId: 'p1',
          status: 'CLOSED',
          reasons: [],
          outcome: null,
          heldOn: null,
          cause: 'RELEASED',
          closedAt: at,
        },
      },
      { kind: 'exit', exit: { participantId: 'p1', leftAt: at } },
      { kind: 'activityWishes', activityId: 'a1', wishIds: ['w1'] },
    ];
    expect(open.map(participantOf)).toEqual([null, null, null, null]);
  });
});
