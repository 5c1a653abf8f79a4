import { conflict } from '@cort/subgraph';
import type { ActionStatus, Prisma, PrismaClient } from '../../generated/prisma/client';
import { canMoveAction } from '../../domain/action-status';
import { recordActionEvent } from './action.events';

// The actions' rows and their history; a status write checks the transition table, whoever calls it.

type Tx = Prisma.TransactionClient;

/** Adds a PLANNED action with the first line of its history and its event. */
export async function insertAction(prisma: PrismaClient, data: Omit<Prisma.ActionUncheckedCreateInput, 'status'>, by: string) {
  return prisma.$transaction(async (tx) => {
    const action = await tx.action.create({ data: { ...data, status: 'PLANNED' } });
    await tx.actionChange.create({ data: { actionId: action.id, from: null, to: 'PLANNED', dueOn: action.dueOn, by } });
    await recordActionEvent(tx, 'ActionAdded', action);
    return action;
  });
}

export interface ActionWrite {
  from: ActionStatus;
  to: ActionStatus;
  dueOn: Date;
  note: string | null;
  by: string;
}

/**
 * Moves an action from the status it was read in, with its history line and its event, in one transaction. The move must
 * be in the transition table; when another change came first (the status is no longer `from`), CONFLICT.
 */
export async function moveAction(tx: Tx, id: string, write: ActionWrite) {
  if (!canMoveAction(write.from, write.to))
    throw new Error(`Action ${id}: ${write.from} → ${write.to} is not a move of the transition table.`);
  const { count } = await tx.action.updateMany({ where: { id, status: write.from }, data: { status: write.to, dueOn: write.dueOn } });
  if (count !== 1) throw conflict('This action was changed meanwhile: read it again and retry.');
  await tx.actionChange.create({
    data: { actionId: id, from: write.from, to: write.to, dueOn: write.dueOn, note: write.note, by: write.by },
  });
  const action = await tx.action.findUniqueOrThrow({ where: { id } });
  await recordActionEvent(tx, 'ActionUpdated', action);
  return action;
}
