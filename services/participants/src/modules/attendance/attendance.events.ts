import { recordEvents } from '@cort/events';
import type { Prisma } from '../../generated/prisma/client';
import { participantsEvents, type AttendanceMarkedPayload } from '../../events';
import type { MarkChangeRow } from './attendance.repository';

/** One AttendanceMarked per change, in the change's transaction: ids and codes only, never the note. */
export const recordAttendanceMarked = (
  tx: Prisma.TransactionClient,
  session: { id: string; activityId: string; startsAt: Date },
  changes: readonly MarkChangeRow[],
) =>
  changes.length
    ? recordEvents(
        tx,
        participantsEvents,
        'AttendanceMarked',
        changes.map((c): AttendanceMarkedPayload => ({
          sessionId: session.id,
          participantId: c.participantId,
          enrolmentId: c.enrolmentId,
          activityId: session.activityId,
          code: c.code,
          absenceReason: c.absenceReason,
          previousCode: c.previousCode,
          sessionStartsAt: session.startsAt.toISOString(),
          recordedAt: c.at.toISOString(),
        })),
      )
    : Promise.resolve();
