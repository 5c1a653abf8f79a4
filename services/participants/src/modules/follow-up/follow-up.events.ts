import { calendarDate } from '@cort/common';
import { recordEvents } from '@cort/events';
import type { DropoutFollowUp, Prisma } from '../../generated/prisma/client';
import type { CloseCause } from '../../domain/follow-up';
import { participantsEvents } from '../../events';
import type { OpenedRow } from './follow-up.repository';

type Tx = Prisma.TransactionClient;
type Filed = Pick<DropoutFollowUp, 'id' | 'prisonId' | 'enrolmentId' | 'participantId' | 'activityId' | 'trigger'>;

// How follow-ups become payloads of the catalogue: ids and codes, never the conversation's note.

const idsOf = (followUp: Filed) => ({
  followUpId: followUp.id,
  enrolmentId: followUp.enrolmentId,
  participantId: followUp.participantId,
  activityId: followUp.activityId,
  prisonId: followUp.prisonId,
  trigger: followUp.trigger,
});

export const recordFollowUpOpened = (tx: Tx, opened: OpenedRow & Pick<DropoutFollowUp, 'trigger' | 'absencesInRow'>) =>
  recordEvents(tx, participantsEvents, 'FollowUpOpened', [{ ...idsOf(opened), absencesInRow: opened.absencesInRow }]);

/** The conversation closed it (DONE). */
export const recordFollowUpDone = (tx: Tx, done: DropoutFollowUp) =>
  recordEvents(tx, participantsEvents, 'FollowUpClosed', [
    {
      ...idsOf(done),
      status: 'DONE',
      reasons: done.conversationReasons,
      outcome: done.conversationOutcome,
      heldOn: done.conversationHeldOn ? calendarDate(done.conversationHeldOn) : null,
      cause: null,
    },
  ]);

/** The system closed them (CLOSED) when the participant left. */
export const recordFollowUpsClosed = (tx: Tx, closed: Filed[], cause: CloseCause) =>
  recordEvents(
    tx,
    participantsEvents,
    'FollowUpClosed',
    closed.map((followUp) => ({ ...idsOf(followUp), status: 'CLOSED' as const, reasons: [], outcome: null, heldOn: null, cause })),
  );
