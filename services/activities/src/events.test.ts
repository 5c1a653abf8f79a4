import { readEvent } from '@cort/events';
import type { Activity, Prisma, Session } from './generated/prisma/client';
import { activitiesEvents } from './events';
import { recordActivityEvent } from './modules/activity/activity.events';
import { recordSessionEvents } from './modules/session/session.events';

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

  it('writes the session facts, one row per session, without the reason', async () => {
    const { rows, tx } = outbox();
    await recordSessionEvents(tx, 'SessionCancelled', [session]);
    expect(rows).toEqual([
      {
        type: 'SessionCancelled',
        version: 1,
        payload: {
          sessionId: 's-1',
          activityId: 'a-1',
          locationId: 'room-1',
          startsAt: '2026-02-02T09:00:00.000Z',
          endsAt: '2026-02-02T11:00:00.000Z',
          status: 'CANCELLED',
        },
      },
    ]);
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
