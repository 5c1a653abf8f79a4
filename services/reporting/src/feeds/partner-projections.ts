import type { Prisma } from '../generated/prisma/client';
import type { PartnerProjection } from '../domain/partner-events';

type Tx = Prisma.TransactionClient;

/** Writes an organisations event's projection: every write is an upsert by id, so applying it twice changes nothing. */
export async function projectPartner(tx: Tx, projection: PartnerProjection) {
  switch (projection.kind) {
    case 'organisation': {
      const { id, ...facts } = projection.organisation;
      await tx.reportOrganisation.upsert({ where: { id }, create: projection.organisation, update: facts });
      return;
    }
    case 'agreement': {
      const { id, ...facts } = projection.agreement;
      await tx.reportAgreement.upsert({ where: { id }, create: projection.agreement, update: facts });
      return;
    }
    case 'person': {
      const { id, ...facts } = projection.person;
      await tx.reportPerson.upsert({ where: { id }, create: projection.person, update: facts });
      // A status holds from its day on: what the history said about later days no longer holds (a status
      // set from a day before the person was added replaces the ACTIVE they were added with).
      const { personId, since, status } = projection.status;
      await tx.reportPersonStatus.deleteMany({ where: { personId, since: { gt: since } } });
      await tx.reportPersonStatus.upsert({
        where: { personId_since: { personId, since } },
        create: projection.status,
        update: { status },
      });
      return;
    }
    case 'volunteerHours':
      // Hours are recorded once and never changed: the first record of an entry stands.
      await tx.reportVolunteerHours.createMany({ data: [projection.entry], skipDuplicates: true });
      return;
    case 'action': {
      const { id, ...facts } = projection.action;
      await tx.reportAction.upsert({ where: { id }, create: projection.action, update: facts });
      return;
    }
  }
}
