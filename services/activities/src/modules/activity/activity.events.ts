import { outboxRow } from '@cort/events';
import type { Activity, Prisma, Session } from '../../generated/prisma/client';

type Tx = Prisma.TransactionClient;

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * What other services need to know of an activity (participants: eligibility, capacity, who runs it;
 * reporting: the offer). No free text: titles and reasons stay here. Facilitators appear by person id.
 */
const activityFacts = (a: Activity) => ({
  activityId: a.id,
  prisonId: a.prisonId,
  organisationId: a.organisationId,
  category: a.category,
  domain: a.domain,
  status: a.status,
  capacity: a.capacity,
  screeningRequired: a.screeningRequired,
  genders: a.genders,
  legalStatuses: a.legalStatuses,
  facilitatorIds: a.facilitatorIds,
  startsOn: day(a.startsOn),
  endsOn: day(a.endsOn),
});

const sessionFacts = (s: Session) => ({
  sessionId: s.id,
  activityId: s.activityId,
  locationId: s.locationId,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  status: s.status,
});

export type ActivityEventType = 'ActivityCreated' | 'ActivityUpdated' | 'ActivityPublished' | 'ActivityArchived' | 'ActivityCancelled';

const row = (type: string, payload: Record<string, unknown>) => ({
  ...outboxRow({ type, payload }),
  payload: payload as Prisma.InputJsonObject,
});

/** Written in the transaction of the change, so an event exists exactly when its change does. */
export const recordActivityEvent = (tx: Tx, type: ActivityEventType, activity: Activity) =>
  tx.outboxEvent.create({ data: row(type, activityFacts(activity)) });

export const recordSessionEvents = (tx: Tx, type: 'SessionScheduled' | 'SessionCancelled', sessions: Session[]) =>
  tx.outboxEvent.createMany({ data: sessions.map((session) => row(type, sessionFacts(session))) });
