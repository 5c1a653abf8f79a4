import type { CustodyStatus } from '../src/generated/prisma/client';
import { participantsDatabase } from './database';

/** The day before which a released or transferred participant's record is due for anonymisation in these tests. */
export const CUTOFF = new Date('2025-06-01T00:00:00Z');
/** Long before the cut-off: when the due participants left, and when their records were written. */
export const LONG_AGO = new Date('2024-02-01T10:00:00Z');

export const databaseName = () => (process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite');

/**
 * A participants database of its own for one retention test file (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL), migrated, dropped after the file; and participants whose names the test can look
 * for afterwards (`First<n>`, `Last<n>`), with a detainee number of the given prefix.
 */
export function retentionWorld(prefix: string) {
  const participants = participantsDatabase();
  let serial = 0;

  return {
    get prisma() {
      return participants.prisma;
    },
    /** A HAREN participant in the given custody status since the given time; `n` is in their names. */
    async participant(status: CustodyStatus, statusChangedAt: Date | null) {
      const n = ++serial;
      const row = await participants.prisma.participant.create({
        data: {
          prisonId: 'HAREN',
          detaineeNumber: `${prefix}${n}`,
          firstName: `First${n}`,
          lastName: `Last${n}`,
          gender: 'MALE',
          legalStatus: 'CONVICTED',
          status,
          statusChangedAt,
          registeredBy: 'coordinator-1',
        },
      });
      return { id: row.id, n };
    },
  };
}
