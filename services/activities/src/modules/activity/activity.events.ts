import { calendarDate } from '@cort/common';
import { recordEvents } from '@cort/events';
import { activitiesEvents, type ActivityEventType, type ActivityFacts } from '../../events';
import type { Activity, Prisma } from '../../generated/prisma/client';

/**
 * What other services need to know of an activity (participants: eligibility, capacity, who runs it;
 * reporting: the offer). No free text: titles and reasons stay here. Facilitators appear by person id.
 */
const activityFacts = (a: Activity): ActivityFacts => ({
  activityId: a.id,
  prisonId: a.prisonId,
  organisationId: a.organisationId,
  category: a.category,
  domain: a.domain,
  status: a.status,
  capacity: a.capacity,
  screeningRequired: a.screeningRequired,
  securityAdviceRequired: a.securityAdviceRequired,
  genders: a.genders,
  legalStatuses: a.legalStatuses,
  facilitatorIds: a.facilitatorIds,
  instructionLanguages: a.instructionLanguages,
  startsOn: calendarDate(a.startsOn),
  endsOn: calendarDate(a.endsOn),
});

/** Written in the transaction of the change, so an event exists exactly when its change does. */
export const recordActivityEvent = (tx: Prisma.TransactionClient, type: ActivityEventType, activity: Activity) =>
  recordEvents(tx, activitiesEvents, type, [activityFacts(activity)]);
