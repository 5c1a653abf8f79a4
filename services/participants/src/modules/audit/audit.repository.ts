import type { Caller } from '@cort/auth';
import { actorOf, type AuditedRead, type RequestContext } from '@cort/subgraph';
import type { PrismaClient } from '../../generated/prisma/client';

export type AuditAction = 'READ' | 'EXPORT';

const rolesOf = (caller: Caller): string[] => (caller.kind === 'user' ? caller.roles : [caller.kind]);

/**
 * Appends one audit event per participant whose data a request handed out: who, their roles, when,
 * which categories, the client's operation and the request id. Never a value. The table refuses
 * UPDATE and DELETE (migration 20261123111014_audit_and_retention).
 */
export async function appendAuditEvents(
  prisma: Pick<PrismaClient, 'auditEvent'>,
  reads: AuditedRead[],
  context: RequestContext,
  action: AuditAction = 'READ',
): Promise<void> {
  await prisma.auditEvent.createMany({
    data: reads.map(({ subject, categories }) => ({
      actor: actorOf(context.caller),
      roles: rolesOf(context.caller),
      participantId: subject,
      categories,
      action,
      operationName: context.operationName ?? null,
      requestId: context.requestId,
    })),
  });
}
