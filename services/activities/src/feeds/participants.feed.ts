import { createLogger, runsOf, type Logger } from '@cort/common';
import { createEventConsumer, createStoredFollower, defineCatalogue, inRuns, type FeedPage } from '@cort/events';
import { z } from 'zod';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { recordSessionEvents } from '../modules/session/session.events';
import { markSessionsHeld, noteRollCalls } from '../modules/session/session.repository';
import { keepDeadLetter } from './dead-letter.repository';

type Tx = Prisma.TransactionClient;

/**
 * The one participants event this service reads, with the fields it needs. The participants package
 * depends on this one (it follows the activities feed through @cort/activities/events), so importing
 * its catalogue here would make the packages a cycle: this narrow reading of AttendanceMarked v1 (its
 * other fields are ignored) is what this service relies on, and a version it does not know is a dead
 * letter, as with any consumer.
 */
const participantsReading = defineCatalogue('participants', {
  AttendanceMarked: {
    version: 1,
    description: "A participant's attendance mark at a session was recorded, changed or removed.",
    payload: z.object({ sessionId: z.string(), code: z.string().nullable(), recordedAt: z.iso.datetime() }),
  },
});

/** Marks that say nothing about whether the session took place. */
const NOT_A_ROLL_CALL = new Set(['NOT_REQUIRED', 'SESSION_CANCELLED']);

type Mark = { sessionId: string; code: string | null; recordedAt: string };

/**
 * A real mark confirms the session took place (domain/session-status.ts): noted once, and a scheduled
 * session becomes HELD at once, through the same guarded write as the sweep (SessionHeld exactly once).
 * A roll call brings its marks in a row, recorded at one instant: each such stretch of a run is noted
 * and held in one go, as noting its marks one by one would.
 */
const attendanceMarked = inRuns<Mark, Tx>(async (tx, events) => {
  const real = events.map(({ payload }) => payload).filter((mark) => mark.code && !NOT_A_ROLL_CALL.has(mark.code));
  for (const rollCall of runsOf(real, (previous, next) => next.recordedAt === previous.recordedAt)) {
    const noted = await noteRollCalls(tx, [...new Set(rollCall.map((mark) => mark.sessionId))], new Date(rollCall[0].recordedAt));
    if (noted.length) {
      const held = await markSessionsHeld(
        tx,
        new Date(),
        noted.length,
        noted.map((session) => session.id),
      );
      await recordSessionEvents(tx, 'SessionHeld', held);
    }
  }
});

const PRODUCER = participantsReading.producer;

/** Follows the participants feed for roll calls; each page and its cursor in one transaction, once among replicas. */
export function createParticipantsFollower(
  prisma: PrismaClient,
  pull: (after: string | null) => Promise<FeedPage>,
  logger: Pick<Logger, 'error'> = createLogger('activities'),
) {
  const consume = createEventConsumer<typeof participantsReading, Tx>({
    catalogue: participantsReading,
    handlers: { AttendanceMarked: attendanceMarked },
    deadLetter: keepDeadLetter,
    logger,
  });
  return createStoredFollower<Tx>({
    consumer: 'activities',
    producer: PRODUCER,
    pull,
    prisma,
    apply: async (tx, events) => void (await consume(tx, events)),
  });
}
