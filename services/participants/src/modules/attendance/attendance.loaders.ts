import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@cort/subgraph';
import type { PrismaClient } from '../../generated/prisma/client';
import { participantsExpectedElsewhere } from '../session/session.repository';
import { marksOfSessions } from './attendance.repository';

/** Per request: a day's roll calls cost the same statements for 3 sessions as for 30. */
export function createAttendanceLoaders(prisma: PrismaClient) {
  return {
    /** What this service knows of each session (from the activities feed). */
    sessionView: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await prisma.sessionView.findMany({ where: { id: { in: [...ids] } } }), (s) => s.id),
    ),
    marksOfSession: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await marksOfSessions(prisma, ids), (m) => m.sessionId),
    ),
    /** The participants of each session expected at an overlapping session of another activity. */
    expectedElsewhere: new DataLoader(async (ids: readonly string[]) => {
      const rows = await participantsExpectedElsewhere(prisma, ids);
      return ids.map((id) => new Set(rows.filter((r) => r.sessionId === id).map((r) => r.participantId)));
    }),
  };
}
