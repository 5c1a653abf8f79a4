import { encodeCursor, type DomainEvent } from '@cort/events';
import { ensurePrisons } from '../seed/prisons';
import { createParticipantsFollower } from './participants.feed';
import { activitiesDatabase } from '../../test/database';

// The participants feed as this service reads it (PGlite, or PostgreSQL with TEST_DATABASE_URL): only
// AttendanceMarked, and of it only a real mark confirms a session as held, exactly once.
let serial = 0;
const event = (type: string, version: number, payload: object): DomainEvent => ({
  id: `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`,
  type,
  version,
  occurredAt: '2026-09-01T08:00:00.000Z',
  payload: payload as Record<string, unknown>,
});

describe(`following the participants feed for roll calls (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let sessionId: string;
  let otherId: string;

  const activities = activitiesDatabase();
  beforeAll(async () => {
    await ensurePrisons(activities.prisma);
    const room = await activities.prisma.location.findFirstOrThrow({ where: { prisonId: 'HAREN' } });
    const activity = await activities.prisma.activity.create({
      data: {
        prisonId: 'HAREN',
        organisationId: 'org-1',
        category: 'SOCIOCULTURAL',
        domain: 'CULTURE',
        capacity: 8,
        startsOn: new Date('2026-01-01'),
        endsOn: new Date('2099-12-31'),
        status: 'PUBLISHED',
      },
    });
    const started = new Date(Date.now() - 30 * 60_000);
    const slot = { activityId: activity.id, locationId: room.id, startsAt: started, endsAt: new Date(started.getTime() + 3_600_000) };
    sessionId = (await activities.prisma.session.create({ data: slot })).id;
    otherId = (
      await activities.prisma.session.create({
        data: { ...slot, startsAt: new Date('2099-01-01'), endsAt: new Date('2099-01-01T02:00:00Z') },
      })
    ).id;
  });

  const mark = (id: string, code: string | null, version = 1) =>
    event('AttendanceMarked', version, {
      sessionId: id,
      participantId: 'p-1',
      enrolmentId: 'e-1',
      activityId: 'a-1',
      code,
      absenceReason: null,
      previousCode: null,
      sessionStartsAt: '2026-09-01T08:00:00.000Z',
      recordedAt: '2026-09-01T08:10:00.000Z',
    });

  it('holds a session at its first real mark, once; ignores marks not required, other types; sets aside what it cannot read', async () => {
    const unknownVersion = mark(sessionId, 'PRESENT', 2);
    const page = [
      event('ParticipantRegistered', 1, { participantId: 'p-1' }),
      mark(otherId, 'NOT_REQUIRED'),
      mark(sessionId, 'SESSION_CANCELLED'),
      unknownVersion,
      mark(sessionId, 'PRESENT'),
      mark(sessionId, 'REFUSED'),
    ];
    const cursor = encodeCursor({ transactionId: BigInt(3), position: BigInt(6) });
    const logged: unknown[] = [];
    const follower = createParticipantsFollower(
      activities.prisma,
      async (after) => (after === cursor ? { events: [], cursor, hasMore: false } : { events: page, cursor, hasMore: false }),
      { error: (_message, fields) => void logged.push(fields) },
    );
    await follower.catchUp();
    await follower.catchUp();

    const sessions = await activities.prisma.session.findMany({ orderBy: { startsAt: 'asc' } });
    expect(sessions.map((s) => [s.id, s.status, s.attendanceRecordedAt?.toISOString() ?? null])).toEqual([
      [sessionId, 'HELD', '2026-09-01T08:10:00.000Z'],
      [otherId, 'SCHEDULED', null],
    ]);
    const held = await activities.prisma.outboxEvent.findMany({ where: { type: 'SessionHeld' } });
    expect(held.map((e) => (e.payload as { sessionId: string }).sessionId)).toEqual([sessionId]);
    expect(
      await activities.prisma.deadLetterEvent.findMany({ select: { producer: true, eventId: true, version: true, reason: true } }),
    ).toEqual([
      {
        producer: 'participants',
        eventId: unknownVersion.id,
        version: 2,
        reason: 'version 2 of AttendanceMarked is unknown here (this consumer reads version 1)',
      },
    ]);
    expect(JSON.stringify(logged)).not.toContain('p-1');
    expect(await activities.prisma.feedCursor.findUnique({ where: { producer: 'participants' } })).toMatchObject({ cursor });
  });
});
