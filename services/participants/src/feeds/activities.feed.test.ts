import type { ActivityFacts } from '@cort/activities/events';
import { encodeCursor, type DomainEvent } from '@cort/events';
import { createActivitiesFollower } from './activities.feed';
import { participantsDatabase } from '../../test/database';

// The activities feed as this service reads it (PGlite, or PostgreSQL with TEST_DATABASE_URL): events it
// cannot read are kept as dead letters, and the rest of the page is applied all the same.
const facts = (activityId: string, extra: Partial<ActivityFacts> = {}): ActivityFacts => ({
  activityId,
  prisonId: 'HAREN',
  organisationId: 'org-1',
  category: 'EDUCATIONAL',
  domain: 'EDUCATION',
  status: 'PUBLISHED',
  capacity: 12,
  screeningRequired: false,
  genders: ['MALE'],
  legalStatuses: ['CONVICTED'],
  facilitatorIds: ['person-1'],
  startsOn: '2026-09-01',
  endsOn: '2026-12-18',
  ...extra,
});

let serial = 0;
const event = (type: string, version: number, payload: object): DomainEvent => ({
  id: `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`,
  type,
  version,
  occurredAt: '2026-09-01T08:00:00.000Z',
  payload: payload as Record<string, unknown>,
});

describe(`following the activities feed (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const participants = participantsDatabase();

  it('sets aside an invalid and an unknown-version event, applies the next one, logs no payload values, and moves the cursor on', async () => {
    const invalid = event('ActivityPublished', 1, { ...facts('a-invalid'), capacity: 'twelve', prisonId: 'SECRET_PRISON' });
    const unknownVersion = event('ActivityUpdated', 2, facts('a-v2', { organisationId: 'SECRET_ORGANISATION' }));
    const valid = event('ActivityPublished', 1, facts('a-valid'));
    const session = event('SessionScheduled', 1, {
      sessionId: 's1',
      activityId: 'a-valid',
      locationId: 'room-1',
      startsAt: '2026-09-02T08:00:00.000Z',
      endsAt: '2026-09-02T10:00:00.000Z',
      status: 'SCHEDULED',
    });
    const cursor = encodeCursor({ transactionId: BigInt(7), position: BigInt(4) });
    const logged: { message: string; fields?: Record<string, unknown> }[] = [];
    const pull = async (after: string | null) =>
      after === cursor
        ? { events: [], cursor, hasMore: false }
        : { events: [invalid, unknownVersion, valid, session], cursor, hasMore: false };
    const follower = createActivitiesFollower(participants.prisma, pull, {
      error: (message, fields) => void logged.push({ message, fields }),
    });

    await follower.catchUp();

    expect(await participants.prisma.activityView.findMany({ select: { id: true, capacity: true, facilitatorIds: true } })).toEqual([
      { id: 'a-valid', capacity: 12, facilitatorIds: ['person-1'] },
    ]);
    const letters = await participants.prisma.deadLetterEvent.findMany({ orderBy: { eventId: 'asc' } });
    expect(letters).toEqual([
      expect.objectContaining({
        producer: 'activities',
        eventId: invalid.id,
        type: 'ActivityPublished',
        version: 1,
        reason: 'payload does not match ActivityPublished v1: capacity: invalid_type',
        payload: invalid.payload,
        receivedAt: expect.any(Date),
      }),
      expect.objectContaining({
        producer: 'activities',
        eventId: unknownVersion.id,
        type: 'ActivityUpdated',
        version: 2,
        reason: 'version 2 of ActivityUpdated is unknown here (this consumer reads version 1)',
        payload: unknownVersion.payload,
      }),
    ]);
    expect(logged).toHaveLength(2);
    expect(logged.map((line) => line.fields?.eventId)).toEqual([invalid.id, unknownVersion.id]);
    expect(JSON.stringify(logged)).not.toMatch(/SECRET|twelve/);
    expect(await participants.prisma.feedCursor.findUnique({ where: { producer: 'activities' } })).toMatchObject({ cursor });
    expect(await participants.prisma.sessionView.findMany({ select: { id: true, prisonId: true, status: true } })).toEqual([
      { id: 's1', prisonId: 'HAREN', status: 'SCHEDULED' },
    ]);

    // The page is behind the cursor now: catching up again reads nothing twice. A page read again anyway
    // (a restart before its cursor was stored) keeps no letter twice.
    await follower.catchUp();
    const again = createActivitiesFollower(
      participants.prisma,
      async () => ({ events: [invalid, unknownVersion, valid], cursor, hasMore: false }),
      {
        error: () => undefined,
      },
    );
    await again.catchUp();
    expect(await participants.prisma.deadLetterEvent.count()).toBe(2);
    expect(await participants.prisma.activityView.count()).toBe(1);
  });
});
