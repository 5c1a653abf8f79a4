// The rules of a non-association: two participants of one prison who must be kept apart. The pair is
// kept in id order, so "A and B" and "B and A" are the same record and the database can hold one open per pair.

export type NonAssociationReason =
  'CO_ACCUSED' | 'VIOLENCE' | 'THREAT' | 'BULLYING' | 'GANG_RELATED' | 'VICTIM_AND_PERPETRATOR' | 'JUDICIAL_ORDER' | 'OTHER';

export const NOTE_MAX = 1000;

export interface Pair {
  participantAId: string;
  participantBId: string;
}

/** The pair in id order; a problem (for participantIds) unless it is exactly two different ids. */
export function pairOf(participantIds: readonly string[]): Pair | { problem: string } {
  const ids = participantIds.map((id) => id.trim());
  if (ids.length !== 2) return { problem: 'Give exactly two participants: the two people to keep apart.' };
  if (ids[0] === ids[1]) return { problem: 'Give two different participants: a person is not kept apart from themselves.' };
  const [a, b] = [...ids].sort();
  return { participantAId: a, participantBId: b };
}

/** The other person of a pair, seen from one of them. */
export const otherOf = (pair: Pair, participantId: string) =>
  pair.participantAId === participantId ? pair.participantBId : pair.participantAId;

/** A free text kept with it (a note, the reason of a close or reopen): trimmed, null when empty; a problem when too long. */
export function textOf(text: string | null | undefined): string | null | { problem: string } {
  const given = text?.trim() || null;
  if (given && given.length > NOTE_MAX) return { problem: `Keep it under ${NOTE_MAX} characters.` };
  return given;
}

export const isOpen = (nonAssociation: { closedAt: Date | null }) => nonAssociation.closedAt === null;

/** Whether an open one keeps this participant apart from anyone of `others` (e.g. those placed in an activity a moment before). */
export const keptApartFromAnyOf = (
  nonAssociations: readonly (Pair & { closedAt: Date | null })[],
  participantId: string,
  others: ReadonlySet<string>,
) =>
  nonAssociations.some(
    (n) => isOpen(n) && (n.participantAId === participantId || n.participantBId === participantId) && others.has(otherOf(n, participantId)),
  );
