import { encodeCursor, type DomainEvent } from '@cort/events';
import fc from 'fast-check';
import { createActivitiesFollower } from './activities.feed';
import { participantsDatabase } from '../../test/database';

// The sessions' view and what a session's fate does to its marks (PGlite, or PostgreSQL with
// TEST_DATABASE_URL): a cancellation marks the expected participants SESSION_CANCELLED, a restore
// removes those marks, both in the history and on the feed; v1 cancellations read as reason OTHER.
let serial = 0;
const event = (type: string, version: number, payload: object): DomainEvent => ({
  id: `00000000-0000-4000-9000-${String(++serial).padStart(12, '0')}`,
  type,
  version,
  occurredAt: '2026-09-01T08:00:00.000Z',
  payload: payload as Record<string, unknown>,
});
const activity = {
  activityId: 'a1',
  prisonId: 'HAREN',
  organisationId: 'org-1',
  category: 'EDUCATIONAL',
  domain: 'EDUCATION',
  status: 'PUBLISHED',
  capacity: 12,
  screeningRequired: false,
  genders: ['MALE'],
  legalStatuses: ['CONVICTED'],
  facilitatorIds: [],
  startsOn: '2026-09-01',
  endsOn: '2026-12-18',
};
const session = (id: string, status = 'SCHEDULED') => ({
  sessionId: id,
  activityId: 'a1',
  locationId: 'room-1',
  startsAt: '2026-09-02T08:00:00.000Z',
  endsAt: '2026-09-02T10:00:00.000Z',
  status,
});

describe(`sessions from the activities feed (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let page = 0;

  const participants = participantsDatabase();

  /** Applies the events as one page (twice when asked: a page read again after a restart). */
  async function apply(events: DomainEvent[], times = 1) {
    const cursor = encodeCursor({ transactionId: BigInt(++page), position: BigInt(page) });
    for (let n = 0; n < times; n++)
      await createActivitiesFollower(participants.prisma, async () => ({ events, cursor, hasMore: false }), {
        error: () => undefined,
      }).catchUp();
  }

  it('marks the expected participants SESSION_CANCELLED on a cancellation and removes those marks on a restore', async () => {
    await apply([
      event('ActivityPublished', 1, activity),
      event('SessionScheduled', 1, session('s1')),
      event('SessionScheduled', 1, session('s2')),
    ]);
    for (const [i, status] of (['ENROLLED', 'ENROLLED', 'WAITLISTED'] as const).entries()) {
      await participants.prisma.participant.create({
        data: {
          id: `p${i}`,
          prisonId: 'HAREN',
          detaineeNumber: `F-${i}`,
          firstName: 'Tom',
          lastName: 'Claes',
          gender: 'MALE',
          legalStatus: 'CONVICTED',
          registeredBy: 'test',
          enrolments: {
            create: {
              id: `e${i}`,
              activityId: 'a1',
              status,
              idempotencyKey: `k${i}`,
              waitlistPosition: status === 'WAITLISTED' ? 1 : null,
            },
          },
        },
      });
    }
    await participants.prisma.sessionView.findUniqueOrThrow({ where: { id: 's1' } });

    await apply([event('SessionCancelled', 2, { ...session('s1', 'CANCELLED'), reasonCode: 'LOCKDOWN' })], 2);
    await apply([event('SessionCancelled', 1, session('s2', 'CANCELLED'))]);
    const marks = await participants.prisma.attendanceMark.findMany({ orderBy: [{ sessionId: 'asc' }, { participantId: 'asc' }] });
    expect(marks.map((m) => [m.sessionId, m.participantId, m.code, m.recordedBy])).toEqual([
      ['s1', 'p0', 'SESSION_CANCELLED', 'system:activities-feed'],
      ['s1', 'p1', 'SESSION_CANCELLED', 'system:activities-feed'],
      ['s2', 'p0', 'SESSION_CANCELLED', 'system:activities-feed'],
      ['s2', 'p1', 'SESSION_CANCELLED', 'system:activities-feed'],
    ]);
    expect((await participants.prisma.sessionView.findUniqueOrThrow({ where: { id: 's1' } })).status).toBe('CANCELLED');

    await apply([event('SessionRestored', 1, session('s1'))], 2);
    expect(await participants.prisma.attendanceMark.count({ where: { sessionId: 's1' } })).toBe(0);
    expect((await participants.prisma.sessionView.findUniqueOrThrow({ where: { id: 's1' } })).status).toBe('SCHEDULED');
    const history = await participants.prisma.attendanceMarkChange.findMany({
      where: { sessionId: 's1', participantId: 'p0' },
      orderBy: { at: 'asc' },
    });
    expect(history.map((h) => [h.previousCode, h.code])).toEqual([
      [null, 'SESSION_CANCELLED'],
      ['SESSION_CANCELLED', null],
    ]);
    const events = await participants.prisma.outboxEvent.findMany({ where: { type: 'AttendanceMarked' }, orderBy: { position: 'asc' } });
    expect(events).toHaveLength(6);
    expect(events.map((e) => (e.payload as { code: string | null }).code)).toEqual([
      'SESSION_CANCELLED',
      'SESSION_CANCELLED',
      'SESSION_CANCELLED',
      'SESSION_CANCELLED',
      null,
      null,
    ]);
    expect(JSON.stringify(events.map((e) => e.payload))).not.toMatch(/Claes|note/);
  });

  it('keeps a moved session’s new time and a held session’s status', async () => {
    await apply([
      event('SessionMoved', 1, {
        ...session('s2'),
        startsAt: '2026-09-03T08:00:00.000Z',
        endsAt: '2026-09-03T10:00:00.000Z',
        previousStartsAt: '2026-09-02T08:00:00.000Z',
        previousEndsAt: '2026-09-02T10:00:00.000Z',
        previousLocationId: 'room-1',
      }),
      event('SessionHeld', 1, session('s1', 'HELD')),
    ]);
    const views = await participants.prisma.sessionView.findMany({ orderBy: { id: 'asc' } });
    expect(views.map((v) => [v.id, v.status, v.startsAt.toISOString()])).toEqual([
      ['s1', 'HELD', '2026-09-02T08:00:00.000Z'],
      ['s2', 'SCHEDULED', '2026-09-03T08:00:00.000Z'],
    ]);
  });

  it('keeps from a page of many session events the views that one event per page keeps', async () => {
    // Scheduled, moved and held come by the thousand and are kept a run at a time: whatever the order
    // (a session named twice in a run, one whose activity never came), the views are the same.
    const step = fc.record({
      type: fc.constantFrom('SessionScheduled', 'SessionMoved', 'SessionHeld'),
      id: fc.constantFrom('run-s1', 'run-s2', 'run-s3'),
      activityId: fc.constantFrom('a1', 'a-unknown'),
      day: fc.integer({ min: 2, max: 4 }),
    });
    const viewsAfter = async (pages: DomainEvent[][]) => {
      await participants.prisma.sessionView.deleteMany({ where: { id: { startsWith: 'run-' } } });
      for (const events of pages) await apply(events);
      const views = await participants.prisma.sessionView.findMany({ where: { id: { startsWith: 'run-' } }, orderBy: { id: 'asc' } });
      return views.map(({ updatedAt: _, ...view }) => view);
    };
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const events = steps.map(({ type, id, activityId, day }) =>
          event(type, 1, {
            ...session(id, type === 'SessionHeld' ? 'HELD' : 'SCHEDULED'),
            activityId,
            startsAt: `2026-09-0${day}T08:00:00.000Z`,
            endsAt: `2026-09-0${day}T10:00:00.000Z`,
            ...(type === 'SessionMoved'
              ? { previousStartsAt: '2026-09-02T08:00:00.000Z', previousEndsAt: '2026-09-02T10:00:00.000Z', previousLocationId: 'room-1' }
              : {}),
          }),
        );
        expect(await viewsAfter([events])).toEqual(await viewsAfter(events.map((e) => [e])));
      }),
      { numRuns: 20 },
    );
  });
});
