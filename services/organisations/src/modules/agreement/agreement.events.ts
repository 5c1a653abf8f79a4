import { calendarDate } from '@cort/common';
import { recordEvents } from '@cort/events';
import { organisationsEvents } from '../../events';
import type { Agreement, Prisma } from '../../generated/prisma/client';

/** An agreement's kind, prisons and validity (never the reference to its signed document). */
export const agreementFacts = (a: Agreement) => ({
  agreementId: a.id,
  organisationId: a.organisationId,
  kind: a.kind,
  prisonIds: [...a.prisonIds],
  validFrom: calendarDate(a.validFrom),
  validUntil: a.validUntil ? calendarDate(a.validUntil) : null,
});

export const recordAgreementEvent = (tx: Prisma.TransactionClient, agreement: Agreement) =>
  recordEvents(tx, organisationsEvents, 'AgreementRecorded', [agreementFacts(agreement)]);
