import { recordEvents } from '@cort/events';
import { activitiesEvents, type SessionEventType, type SessionFacts } from '../../events';
import type { Prisma, Session } from '../../generated/prisma/client';

/** What other services need to know of a session (reporting: sessions held and cancelled). No reasons. */
const sessionFacts = (s: Session): SessionFacts => ({
  sessionId: s.id,
  activityId: s.activityId,
  locationId: s.locationId,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  status: s.status,
});

/** Written in the transaction of the change, so an event exists exactly when its change does. */
export const recordSessionEvents = (tx: Prisma.TransactionClient, type: SessionEventType, sessions: Session[]) =>
  recordEvents(tx, activitiesEvents, type, sessions.map(sessionFacts));
