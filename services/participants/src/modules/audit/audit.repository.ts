import type { Caller } from '@cort/auth';
import { actorOf, type AuditedRead, type RequestContext } from '@cort/subgraph';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { coalescedLoader } from '../../coalesced-loader';

export type AuditAction = 'READ' | 'EXPORT';

const rolesOf = (caller: Caller): string[] => (caller.kind === 'user' ? caller.roles : [caller.kind]);

type AuditRow = Prisma.AuditEventCreateManyInput;

/** One audit event per participant whose data a request handed out: who, their roles, when, which categories, the client's operation and the request id. Never a value. */
export const auditRowsOf = (reads: AuditedRead[], context: RequestContext, action: AuditAction = 'READ'): AuditRow[] =>
  reads.map(({ subject, categories }) => ({
    actor: actorOf(context.caller),
    roles: rolesOf(context.caller),
    participantId: subject,
    categories,
    action,
    operationName: context.operationName ?? null,
    requestId: context.requestId,
  }));

/**
 * Appends one audit event per participant whose data a request handed out (auditRowsOf). The table refuses
 * UPDATE and DELETE (migration 20261123111014_audit_and_retention).
 */
export async function appendAuditEvents(
  prisma: Pick<PrismaClient, 'auditEvent'>,
  reads: AuditedRead[],
  context: RequestContext,
  action: AuditAction = 'READ',
): Promise<void> {
  await prisma.auditEvent.createMany({ data: auditRowsOf(reads, context, action) });
}

/**
 * The audit trail of answers given at the same time, in one statement: the rows of every request that comes to
 * write while the event loop goes round once are inserted together (a group of enrolment requests is answered
 * at once, #17's burst). Each request waits for the statement that holds its rows, and if it fails every one of
 * them gets the error, so no answer leaves without its audit rows written.
 */
export function coalescedAuditWriter(prisma: Pick<PrismaClient, 'auditEvent'>) {
  const rows = coalescedLoader(async (batch: readonly AuditRow[]) => {
    await prisma.auditEvent.createMany({ data: [...batch] });
    return batch.map(() => true as const);
  });
  return async (reads: AuditedRead[], context: RequestContext): Promise<void> => {
    await Promise.all(auditRowsOf(reads, context).map((row) => rows.load(row)));
  };
}
