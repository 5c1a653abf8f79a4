import { belgianDate, calendarDate } from '@cort/common';
import { recordEvents } from '@cort/events';
import { personKind } from '../../domain/person-kind';
import { organisationsEvents } from '../../events';
import type { Person, Prisma } from '../../generated/prisma/client';

type PersonRow = Pick<Person, 'id' | 'organisationId' | 'role' | 'status' | 'statusSince' | 'createdAt'>;

/**
 * A person as reporting counts them: staff or volunteer, organisation and its prisons, status and since
 * when (the day they were added while their status never changed). Never names, e-mail or languages.
 */
export const personFacts = (p: PersonRow, organisationPrisonIds: readonly string[]) => ({
  personId: p.id,
  organisationId: p.organisationId,
  kind: personKind(p.role),
  prisonIds: [...organisationPrisonIds],
  status: p.status,
  statusSince: p.statusSince ? calendarDate(p.statusSince) : belgianDate(p.createdAt),
});

/** Written in the transaction of the change; the organisation's prisons are read in it too. */
export async function recordPersonEvent(
  tx: Prisma.TransactionClient,
  type: 'PersonAdded' | 'PersonUpdated' | 'PersonStatusChanged',
  person: PersonRow,
) {
  const { prisonIds } = await tx.organisation.findUniqueOrThrow({ where: { id: person.organisationId }, select: { prisonIds: true } });
  await recordEvents(tx, organisationsEvents, type, [personFacts(person, prisonIds)]);
}
