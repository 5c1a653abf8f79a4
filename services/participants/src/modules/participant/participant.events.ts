import { outboxRow } from '@cort/events';
import type { Participant, Prisma } from '../../generated/prisma/client';

export type ParticipantEventType = 'ParticipantRegistered' | 'ParticipantUpdated' | 'ParticipantReleased' | 'ParticipantTransferred';

/** Ids and categories only: a participant's name and detainee number never leave this service. */
const facts = (p: Participant) => ({
  participantId: p.id,
  prisonId: p.prisonId,
  gender: p.gender,
  legalStatus: p.legalStatus,
  status: p.status,
  ...(p.transferredTo ? { transferredTo: p.transferredTo } : {}),
});

export const recordParticipantEvent = (tx: Prisma.TransactionClient, type: ParticipantEventType, participant: Participant) =>
  tx.outboxEvent.create({
    data: { ...outboxRow({ type, payload: facts(participant) }), payload: facts(participant) as Prisma.InputJsonObject },
  });
