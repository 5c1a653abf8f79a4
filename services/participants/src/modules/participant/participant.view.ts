import type { Participant as ParticipantRow } from '../../generated/prisma/client';
import type { ParticipantView } from '../../domain/participant-access';

/** A participant as handed to one caller: the row and how much of it that caller may see. */
export type SeenParticipant = ParticipantRow & { view: ParticipantView };

/**
 * Every path that hands out a participant says how much of it the caller sees; there is no default.
 * The policy (src/policy.ts) shows each field from a view on, and refuses every field of a participant
 * handed out without one.
 */
export const seenAs = (participant: ParticipantRow, view: ParticipantView): SeenParticipant => ({ ...participant, view });
