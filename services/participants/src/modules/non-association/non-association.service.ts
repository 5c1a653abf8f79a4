import { actorOf, badUserInput, conflict, loadForChange } from '@cort/subgraph';
import type { Context } from '../../context';
import { Prisma, type NonAssociation, type NonAssociationReason } from '../../generated/prisma/client';
import { isOpen, pairOf, textOf, type Pair } from '../../domain/non-association';
import { nonAssociationScope, seenAs } from '../../policy';
import { findNonAssociation, findOpenOfPair, insertOpen, setClosed } from './non-association.repository';

// Non-associations: recorded, closed and reopened by the coordinators and prison staff of the prison, each
// change kept with who, when and why. Nobody else reaches them (src/policy.ts): partner staff and
// volunteers are refused by the rules before anything is looked up, so no answer depends on whether one exists.
// No event: no other service follows them, and the feed would tell its readers that one exists.

export interface NonAssociationRecord {
  prisonId: string;
  participantIds: string[];
  reason: NonAssociationReason;
  note?: string | null;
}

function textOrRefuse(text: string | null | undefined, field: string) {
  const given = textOf(text);
  if (given !== null && typeof given === 'object') throw badUserInput(given.problem, field);
  return given;
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

async function alreadyOpen(ctx: Context, pair: Pair) {
  const open = await findOpenOfPair(ctx.prisma, pair);
  return conflict('These two participants are already kept apart: close or change the open non-association instead.', {
    existingId: open?.id ?? null,
  });
}

/**
 * Records that two participants of the prison must be kept apart. Both must be registered in that prison;
 * an unknown id and one of another prison get the same answer. The same pair open twice is a CONFLICT
 * (the database decides between concurrent recordings).
 */
export async function recordNonAssociation(ctx: Context, input: NonAssociationRecord): Promise<NonAssociation> {
  const pair = pairOf(input.participantIds);
  if ('problem' in pair) throw badUserInput(pair.problem, 'participantIds');
  const note = textOrRefuse(input.note, 'note');
  const participants = await ctx.loaders.participant.loadMany([pair.participantAId, pair.participantBId]);
  if (!participants.every((p) => p && !(p instanceof Error) && p.prisonId === input.prisonId))
    throw badUserInput(`Give two participants registered in prison ${input.prisonId}.`, 'participantIds');
  try {
    return await ctx.prisma.$transaction((tx) =>
      insertOpen(tx, { ...pair, prisonId: input.prisonId, reason: input.reason, note, openedBy: actorOf(ctx.caller) }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw await alreadyOpen(ctx, pair);
    throw error;
  }
}

const load = (ctx: Context, id: string) => loadForChange(ctx.caller, nonAssociationScope, id, (id) => findNonAssociation(ctx.prisma, id));

/** Closes an open non-association, with the reason: they need no longer be kept apart. Closed already is a CONFLICT. */
export async function closeNonAssociation(ctx: Context, id: string, reason: string): Promise<NonAssociation> {
  const nonAssociation = await load(ctx, id);
  const why = textOrRefuse(reason, 'reason');
  if (!why) throw badUserInput('Give the reason for closing it.', 'reason');
  if (!isOpen(nonAssociation)) throw conflict('This non-association is closed already.', { closedAt: nonAssociation.closedAt });
  const closed = await ctx.prisma.$transaction((tx) => setClosed(tx, id, true, actorOf(ctx.caller), why));
  if (!closed) throw conflict('This non-association was closed by someone else meanwhile.');
  return closed;
}

/** Opens a closed non-association again. Open already, or the pair open in another record, is a CONFLICT. */
export async function reopenNonAssociation(ctx: Context, id: string, reason: string | null | undefined): Promise<NonAssociation> {
  const nonAssociation = await load(ctx, id);
  const why = textOrRefuse(reason, 'reason');
  if (isOpen(nonAssociation)) throw conflict('This non-association is open already.');
  try {
    const reopened = await ctx.prisma.$transaction((tx) => setClosed(tx, id, false, actorOf(ctx.caller), why));
    if (!reopened) throw conflict('This non-association was reopened by someone else meanwhile.');
    return reopened;
  } catch (error) {
    if (isUniqueViolation(error)) throw await alreadyOpen(ctx, nonAssociation);
    throw error;
  }
}

/** The two people of a non-association, in full: only the readers of their prison reach one. */
export async function participantsOfNonAssociation(ctx: Context, nonAssociation: Pair) {
  const participants = await ctx.loaders.participant.loadMany([nonAssociation.participantAId, nonAssociation.participantBId]);
  return participants.map((p) => {
    if (!p || p instanceof Error) throw new Error('A non-association names a participant that is not registered.');
    return seenAs(p, 'FULL');
  });
}

/** A participant's non-associations, open ones first; the policy admitted only the readers of their prison. */
export const nonAssociationsOfParticipant = (ctx: Context, participantId: string) =>
  ctx.loaders.nonAssociationsOfParticipant.load(participantId);

/** Its history, oldest first, each line carrying the pair and prison for the audit and the policy. */
export async function historyOf(ctx: Context, nonAssociation: Pair & Pick<NonAssociation, 'id' | 'prisonId'>) {
  const { participantAId, participantBId, prisonId } = nonAssociation;
  const changes = await ctx.loaders.changesOfNonAssociation.load(nonAssociation.id);
  return changes.map((change) => ({ ...change, participantAId, participantBId, prisonId }));
}
