import { calendarDate } from '@cort/common';
import { recordEvents } from '@cort/events';
import type { EnrolmentSuspension, Prisma } from '../../generated/prisma/client';
import { participantsEvents } from '../../events';

type Tx = Prisma.TransactionClient;

// How suspensions become payloads of the catalogue: ids, the reason code and dates, never the note.

const factsOf = (s: EnrolmentSuspension) => ({
  suspensionId: s.id,
  enrolmentId: s.enrolmentId,
  participantId: s.participantId,
  activityId: s.activityId,
  prisonId: s.prisonId,
  reason: s.reason,
  from: calendarDate(s.from),
  until: calendarDate(s.until),
});

export const recordSuspended = (tx: Tx, suspension: EnrolmentSuspension) =>
  recordEvents(tx, participantsEvents, 'EnrolmentSuspended', [factsOf(suspension)]);

export const recordResumed = (tx: Tx, suspension: EnrolmentSuspension) =>
  recordEvents(tx, participantsEvents, 'EnrolmentResumed', [
    { ...factsOf(suspension), endsAt: suspension.endsAt.toISOString(), resumedAt: suspension.resumedAt!.toISOString() },
  ]);
