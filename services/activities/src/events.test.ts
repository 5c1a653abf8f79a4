import { readEvent } from '@cort/events';
import type { Activity, Prisma, Session } from './generated/prisma/client';
import { activitiesEvents } from './events';
import { recordActivityEvent } from './modules/activity/activity.events';
import { recordCancellations, recordMove, recordSessionEvents } from './modules/session/session.events';

const activity = {
  id: 'a-1',
  prisonId: 'HAREN',
  organisationId: 'org-1',
  category: 'SOCIOCULTURAL',
  domain: 'CULTURE',
  status: 'PUBLISHED',
  capacity: 8,
  screeningRequired: true,
  genders: ['MALE'],
  legalStatuses: ['CONVICTED', 'INTERNED'],
  facilitatorIds: ['p-1'],
  startsOn: new Date('2026-01-01T00:00:00Z'),
  endsOn: new Date('2026-06-30T00:00:00Z'),
  titleNl: 'Koor',
  statusReason: null,
} as unknown as Activity;

const session = {
  id: 's-1',
  activityId: 'a-1',
  locationId: 'room-1',
  startsAt: new Date('2026-02-02T09:00:00Z'),
  endsAt: new Date('2026-02-02T11:00:00Z'),
  status: 'CANCELLED',
  cancellationReason: 'Room flooded.',
  cancellationReasonCode: 'ROOM_UNAVAILABLE',
} as unknown as Session;

/** An outbox that keeps the rows written to it. */
function outbox() {
  const rows: { type: string; version: number; payload: Record<string, unknown> }[] = [];
  const tx = { outboxEvent: { createMany: async ({ data }: { data: typeof rows }) => void rows.push(...data) } };
  return { rows, tx: tx as unknown as Prisma.TransactionClient };
}

describe('the activities event catalogue', () => {
  it('writes the activity facts as they have always been on the wire: ids, codes, days and numbers, no free text', async () => {
    const { rows, tx } = outbox();
    await recordActivityEvent(tx, 'ActivityPublished', activity);
    expect(rows).toEqual([
      {
        type: 'ActivityPublished',
        version: 1,
        payload: {
          activityId: 'a-1',
          prisonId: 'HAREN',
          organisationId: 'org-1',
          category: 'SOCIOCULTURAL',
          domain: 'CULTURE',
          status: 'PUBLISHED',
          capacity: 8,
          screeningRequired: true,
          genders: ['MALE'],
          legalStatuses: ['CONVICTED', 'INTERNED'],
          facilitatorIds: ['p-1'],
          startsOn: '2026-01-01',
          endsOn: '2026-06-30',
        },
      },
    ]);
  });

  it('writes a cancellation as version 2: the session facts and the reason code, one row per session, never the reason in words', async () => {
    const { rows, tx } = outbox();
    await recordCancellations(tx, [session]);
    expect(rows).toEqual([
      {
        type: 'SessionCancelled',
        version: 2,
        payload: {
          sessionId: 's-1',
          activityId: 'a-1',
          locationId: 'room-1',
          startsAt: '2026-02-02T09:00:00.000Z',
          endsAt: '2026-02-02T11:00:00.000Z',
          status: 'CANCELLED',
          reasonCode: 'ROOM_UNAVAILABLE',
        },
      },
    ]);
  });

  it('reads a cancellation written before reason codes (version 1) as version 2 with reasonCode OTHER', () => {
    const v1 = {
      sessionId: 's-1',
      activityId: 'a-1',
      locationId: 'room-1',
      startsAt: '2026-02-02T09:00:00.000Z',
      endsAt: '2026-02-02T11:00:00.000Z',
      status: 'CANCELLED',
    };
    const event = { id: 'e-9', type: 'SessionCancelled', version: 1, occurredAt: '2026-02-01T00:00:00.000Z', payload: v1 };
    expect(readEvent(activitiesEvents, event)).toEqual({ ok: true, type: 'SessionCancelled', payload: { ...v1, reasonCode: 'OTHER' } });
    expect(readEvent(activitiesEvents, { ...event, version: 3 })).toMatchObject({ ok: false });
  });

  it('writes a move with the new slot and the previous one, a hold and a restore with the facts alone', async () => {
    const { rows, tx } = outbox();
    const moved = { ...session, status: 'SCHEDULED', startsAt: new Date('2026-02-03T09:00:00Z'), endsAt: new Date('2026-02-03T11:00:00Z') };
    await recordMove(tx, moved as Session, { startsAt: session.startsAt, endsAt: session.endsAt, locationId: 'room-0' });
    await recordSessionEvents(tx, 'SessionHeld', [{ ...moved, status: 'HELD' } as Session]);
    await recordSessionEvents(tx, 'SessionRestored', [moved as Session]);
    expect(rows.map((row) => [row.type, row.version])).toEqual([
      ['SessionMoved', 1],
      ['SessionHeld', 1],
      ['SessionRestored', 1],
    ]);
    expect(rows[0].payload).toEqual({
      sessionId: 's-1',
      activityId: 'a-1',
      locationId: 'room-1',
      startsAt: '2026-02-03T09:00:00.000Z',
      endsAt: '2026-02-03T11:00:00.000Z',
      status: 'SCHEDULED',
      previousStartsAt: '2026-02-02T09:00:00.000Z',
      previousEndsAt: '2026-02-02T11:00:00.000Z',
      previousLocationId: 'room-0',
    });
    expect(rows[1].payload).toMatchObject({ sessionId: 's-1', status: 'HELD' });
  });

  it('reads activity events written before facilitators were published (version 1 all the same)', async () => {
    const { rows, tx } = outbox();
    await recordActivityEvent(tx, 'ActivityCreated', activity);
    const { facilitatorIds: _left, ...older } = rows[0].payload;
    const event = { id: 'e-1', type: 'ActivityCreated', version: 1, occurredAt: '2026-01-01T00:00:00.000Z', payload: older };
    expect(readEvent(activitiesEvents, event)).toMatchObject({ ok: true, type: 'ActivityCreated' });
  });

  it('refuses to write what it would not accept: a day with a time, an unknown status', async () => {
    const { tx } = outbox();
    await expect(recordActivityEvent(tx, 'ActivityUpdated', { ...activity, status: 'PAUSED' } as unknown as Activity)).rejects.toThrow();
    const payload = { ...(await written(activity)), startsOn: '2026-01-01T00:00:00Z' };
    expect(readEvent(activitiesEvents, { id: 'e-2', type: 'ActivityUpdated', version: 1, occurredAt: '', payload })).toEqual({
      ok: false,
      reason: 'payload does not match ActivityUpdated v1: startsOn: invalid_format',
    });
  });
});

async function written(row: Activity) {
  const { rows, tx } = outbox();
  await recordActivityEvent(tx, 'ActivityUpdated', row);
  return rows[0].payload;
}
