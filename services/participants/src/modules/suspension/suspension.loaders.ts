import DataLoader from 'dataloader';
import { groupByKey } from '@cort/subgraph';
import type { PrismaClient } from '../../generated/prisma/client';
import { suspendedAtSessions, suspensionsOfEnrolments } from './suspension.repository';

/** Per request: who is suspended at a day's sessions, and enrolments' suspensions, in one statement each. */
export function createSuspensionLoaders(prisma: PrismaClient) {
  return {
    /** The participants suspended at each session (not expected there). */
    suspendedAtSession: new DataLoader(async (ids: readonly string[]) => {
      const rows = await suspendedAtSessions(prisma, ids);
      return ids.map((id) => new Set(rows.filter((r) => r.sessionId === id).map((r) => r.participantId)));
    }),
    suspensionsOfEnrolment: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await suspensionsOfEnrolments(prisma, ids), (s) => s.enrolmentId),
    ),
  };
}
