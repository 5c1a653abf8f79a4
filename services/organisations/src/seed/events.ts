import { recordEvents } from '@cort/events';
import { organisationsEvents } from '../events';
import type { Prisma } from '../generated/prisma/client';
import { actionFacts } from '../modules/action/action.events';
import { agreementFacts } from '../modules/agreement/agreement.events';
import { organisationFacts } from '../modules/organisation/organisation.events';
import { personFacts } from '../modules/person/person.events';
import { volunteerHoursFacts } from '../modules/volunteer-hours/volunteer-hours.events';

/**
 * The demo and the simulation write their rows directly, not through the use cases: they publish what
 * they wrote as the use cases would have, in the same transaction, so that reporting's partner figures see
 * them as well.
 */
export async function publishDemoEvents(tx: Prisma.TransactionClient) {
  const organisations = await tx.organisation.findMany({ orderBy: { id: 'asc' } });
  const prisonsOf = new Map(organisations.map((o) => [o.id, o.prisonIds]));
  await recordEvents(tx, organisationsEvents, 'OrganisationCreated', organisations.map(organisationFacts));
  const people = await tx.person.findMany({ orderBy: { id: 'asc' } });
  await recordEvents(
    tx,
    organisationsEvents,
    'PersonAdded',
    people.map((p) => personFacts(p, prisonsOf.get(p.organisationId) ?? [])),
  );
  const agreements = await tx.agreement.findMany({ orderBy: { validFrom: 'asc' } });
  await recordEvents(tx, organisationsEvents, 'AgreementRecorded', agreements.map(agreementFacts));
  const hours = await tx.volunteerHours.findMany({ orderBy: { date: 'asc' } });
  await recordEvents(tx, organisationsEvents, 'VolunteerHoursRecorded', hours.map(volunteerHoursFacts));
  const actions = await tx.action.findMany({ include: { goal: { select: { actionPlan: true } } }, orderBy: { createdAt: 'asc' } });
  await recordEvents(
    tx,
    organisationsEvents,
    'ActionAdded',
    actions.map(({ goal, ...action }) => actionFacts(action, goal.actionPlan)),
  );
}
