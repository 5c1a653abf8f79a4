import { recordEvents } from '@cort/events';
import { organisationsEvents } from '../../events';
import type { Organisation, Prisma } from '../../generated/prisma/client';

/** What reporting needs of an organisation: its kind and the prisons it serves (never its name or contacts). */
export const organisationFacts = (o: Pick<Organisation, 'id' | 'kind' | 'prisonIds'>) => ({
  organisationId: o.id,
  kind: o.kind,
  prisonIds: [...o.prisonIds],
});

/** Written in the transaction of the change, so an event exists exactly when its change does. */
export const recordOrganisationEvent = (
  tx: Prisma.TransactionClient,
  type: 'OrganisationCreated' | 'OrganisationUpdated',
  organisation: Pick<Organisation, 'id' | 'kind' | 'prisonIds'>,
) => recordEvents(tx, organisationsEvents, type, [organisationFacts(organisation)]);
