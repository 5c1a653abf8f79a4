import type { Caller } from '@cort/auth';
import type { DomainEvent } from '@cort/events';
import { createContextFactory } from '../src/context';
import type { Producer } from '../src/domain/report-events';
import { applyEvents } from '../src/feeds/projections';
import { reportingPartOf } from '../src/modules/data-export/data-export.service';
import { activitiesFeed, COORDINATOR, participantsFeed } from './attendance-feed';
import { reportingDatabase } from './database';

// The reporting part of a participant's data export (PGlite, or PostgreSQL with TEST_DATABASE_URL): with
// their enrolments, the attendance marks and the follow-ups projected from the participants feed.
describe(`reporting's part of a data export (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const reporting = reportingDatabase();
  const apply = (producer: Producer, events: DomainEvent[]) => reporting.prisma.$transaction((tx) => applyEvents(tx, producer, events));
  const exportOf = (participantId: string, caller: Caller = COORDINATOR) =>
    reportingPartOf(createContextFactory(reporting.prisma)({ caller, requestId: 'test' }), participantId);

  beforeAll(async () => {
    await apply('activities', activitiesFeed);
    await apply('participants', participantsFeed);
  });

  it('gives their attendance marks, as they stand now, and their follow-ups, codes only', async () => {
    const part = await exportOf('p6');
    expect(part.enrolments).toEqual([expect.objectContaining({ activityId: 'a1', prisonId: 'HAREN' })]);
    const bySession = Object.fromEntries(part.attendance.map(({ sessionId, ...mark }) => [sessionId, mark]));
    expect(bySession).toEqual({
      s1: { activityId: 'a1', code: 'PRESENT', absenceReason: null, recordedAt: expect.any(String) },
      s2: { activityId: 'a1', code: 'ABSENT_UNEXCUSED', absenceReason: null, recordedAt: expect.any(String) },
      s3: { activityId: 'a1', code: 'SESSION_CANCELLED', absenceReason: null, recordedAt: expect.any(String) },
      s4: { activityId: 'a1', code: 'PRESENT', absenceReason: null, recordedAt: expect.any(String) },
    });
    expect(part.followUps).toEqual([
      {
        activityId: 'a1',
        prisonId: 'HAREN',
        trigger: 'ABSENCES',
        absencesInRow: 3,
        openedAt: expect.any(String),
        status: 'DONE',
        reasons: ['HEALTH'],
        outcome: 'RESUMED',
        heldOn: '2026-02-20',
        cause: null,
        closedAt: expect.any(String),
      },
    ]);
  });

  it('gives a follow-up the system closed, and hands a coordinator of another prison none of it', async () => {
    expect((await exportOf('p7')).followUps).toEqual([expect.objectContaining({ status: 'CLOSED', cause: 'RELEASED', reasons: [] })]);
    const elsewhere = { ...(COORDINATOR as Extract<Caller, { kind: 'user' }>), prisons: ['BRUGGE'] } satisfies Caller;
    expect(await exportOf('p6', elsewhere)).toMatchObject({ enrolments: [], attendance: [], followUps: [] });
  });
});
