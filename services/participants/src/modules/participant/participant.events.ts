import { recordEvents } from '@cort/events';
import type { Participant, Prisma } from '../../generated/prisma/client';
import { participantsEvents, type ParticipantEventType, type ParticipantFacts } from '../../events';

/** Ids and categories only: a participant's name and detainee number never leave this service. */
const factsOf = (p: Participant): ParticipantFacts => ({
  participantId: p.id,
  prisonId: p.prisonId,
  gender: p.gender,
  legalStatus: p.legalStatus,
  status: p.status,
  ...(p.transferredTo ? { transferredTo: p.transferredTo } : {}),
});

export const recordParticipantEvent = (tx: Prisma.TransactionClient, type: ParticipantEventType, participant: Participant) =>
  recordEvents(tx, participantsEvents, type, [factsOf(participant)]);

/** The same event for many participants at once, in one write (a bulk registration). */
export const recordParticipantEvents = (tx: Prisma.TransactionClient, type: ParticipantEventType, participants: Participant[]) =>
  recordEvents(tx, participantsEvents, type, participants.map(factsOf));
