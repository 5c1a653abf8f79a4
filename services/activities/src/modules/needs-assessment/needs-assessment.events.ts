import { calendarDate } from '@cort/common';
import { recordEvents } from '@cort/events';
import { activitiesEvents, type NeedsAssessmentFacts } from '../../events';
import type { NeedsAssessment, Prisma, Wish } from '../../generated/prisma/client';

type Tx = Prisma.TransactionClient;

/** Counts and codes only: topics and the note are free text and stay in this service. */
const assessmentFacts = (a: NeedsAssessment, wishes: Wish[]): NeedsAssessmentFacts => ({
  assessmentId: a.id,
  prisonId: a.prisonId,
  conductedFrom: calendarDate(a.conductedFrom),
  conductedUntil: calendarDate(a.conductedUntil),
  method: a.method,
  respondents: a.respondents,
  genders: a.genders,
  legalStatuses: a.legalStatuses,
  languages: a.languages,
  wishes: wishes.map((w) => ({ wishId: w.id, domain: w.domain, count: w.count })),
});

/** Written in the transaction of the change, so an event exists exactly when its change does. */
export const recordAssessmentEvent = (
  tx: Tx,
  type: 'NeedsAssessmentRecorded' | 'NeedsAssessmentUpdated',
  assessment: NeedsAssessment,
  wishes: Wish[],
) => recordEvents(tx, activitiesEvents, type, [assessmentFacts(assessment, wishes)]);

export const recordWishesLinked = (tx: Tx, activityId: string, prisonId: string, wishIds: string[]) =>
  recordEvents(tx, activitiesEvents, 'ActivityWishesLinked', [{ activityId, prisonId, wishIds }]);
