import DataLoader from 'dataloader';
import { groupByKey } from '@cort/subgraph';
import type { NonAssociation, PrismaClient } from '../../generated/prisma/client';
import { isOpen } from '../../domain/non-association';
import { changesOfNonAssociations, nonAssociationsOfParticipants } from './non-association.repository';

/** Per request: the non-associations of a page of participants cost one statement, their histories one more. */
export function nonAssociationLoaders(prisma: PrismaClient) {
  return {
    nonAssociationsOfParticipant: new DataLoader(async (ids: readonly string[]) => {
      const rows = await nonAssociationsOfParticipants(prisma, ids);
      const wanted = new Set(ids);
      const groups = new Map<string, NonAssociation[]>(ids.map((id) => [id, []]));
      for (const row of rows)
        for (const id of new Set([row.participantAId, row.participantBId])) if (wanted.has(id)) groups.get(id)!.push(row);
      // Open ones first; within each, the newest first (the statement's order).
      return ids.map((id) => groups.get(id)!.sort((a, b) => Number(isOpen(b)) - Number(isOpen(a))));
    }),
    changesOfNonAssociation: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await changesOfNonAssociations(prisma, ids), (c) => c.nonAssociationId),
    ),
  };
}
