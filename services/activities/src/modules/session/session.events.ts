import { recordEvents } from '@cort/events';
import { activitiesEvents, type SessionEventType, type SessionFacts } from '../../events';
import type { Prisma, Session } from '../../generated/prisma/client';

type Tx = Prisma.TransactionClient;

/** What other services need to know of a session (participants, reporting). No reasons, no names. */
const sessionFacts = (s: Session): SessionFacts => ({
  sessionId: s.id,
  activityId: s.activityId,
  locationId: s.locationId,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  status: s.status,
});

/** Written in the transaction of the change, so an event exists exactly when its change does. */
export const recordSessionEvents = (tx: Tx, type: SessionEventType, sessions: Session[]) =>
  recordEvents(tx, activitiesEvents, type, sessions.map(sessionFacts));

/** One SessionCancelled per cancelled session, with its reason code (the free text stays here). */
export const recordCancellations = (tx: Tx, sessions: Session[]) =>
  recordEvents(
    tx,
    activitiesEvents,
    'SessionCancelled',
    sessions.map((s) => ({ ...sessionFacts(s), reasonCode: s.cancellationReasonCode ?? 'OTHER' })),
  );

/** Where and when a session was before it moved. */
export type SessionSlot = Pick<Session, 'startsAt' | 'endsAt' | 'locationId'>;

export const recordMove = (tx: Tx, moved: Session, previous: SessionSlot) =>
  recordEvents(tx, activitiesEvents, 'SessionMoved', [
    {
      ...sessionFacts(moved),
      previousStartsAt: previous.startsAt.toISOString(),
      previousEndsAt: previous.endsAt.toISOString(),
      previousLocationId: previous.locationId,
    },
  ]);
