import { defineCatalogue, type PayloadOf } from '@cort/events';
import { z } from 'zod';
import { ActionStatus, AgreementKind, OrganisationKind, PersonStatus, VolunteerHoursKind } from './generated/prisma/enums';

/**
 * The organisations service's events, as it writes them to its outbox and serves them on its feed.
 * Reporting imports this catalogue as `@cort/organisations/events` for the partner figures of the annual
 * report (organisations with an agreement, staff, volunteers, volunteer hours) and the action plans'
 * progress. Payloads carry ids, codes, dates and numbers only: names, contacts, titles, document
 * references and notes stay in this service.
 */

/** Calendar days (YYYY-MM-DD) of a @db.Date column. */
const day = z.iso.date();

/** An organisation as it is after the change: applying one is an upsert. */
const organisationFacts = z.object({
  organisationId: z.string(),
  kind: z.enum(OrganisationKind),
  prisonIds: z.array(z.string()),
});

/** An agreement as recorded; no prisons named means every prison its organisation serves. */
const agreementFacts = z.object({
  agreementId: z.string(),
  organisationId: z.string(),
  kind: z.enum(AgreementKind),
  prisonIds: z.array(z.string()),
  validFrom: day,
  validUntil: day.nullable(),
});

/**
 * A person as they are after the change: staff or volunteer, their organisation and its prisons, their
 * status and the day it holds from (the day they were added while it was never changed).
 */
const personFacts = z.object({
  personId: z.string(),
  organisationId: z.string(),
  kind: z.enum(['STAFF', 'VOLUNTEER']),
  prisonIds: z.array(z.string()),
  status: z.enum(PersonStatus),
  statusSince: day,
});

/** Hours a person gave on a day besides the sessions they facilitated, recorded by hand (never the note). */
const volunteerHoursFacts = z.object({
  entryId: z.string(),
  personId: z.string(),
  organisationId: z.string(),
  prisonId: z.string(),
  date: day,
  hours: z.number().positive(),
  kind: z.enum(VolunteerHoursKind),
});

/** An action of an action plan as it is after the change: its plan's prison and years, status and due day (never titles). */
const actionFacts = z.object({
  actionId: z.string(),
  actionPlanId: z.string(),
  prisonId: z.string(),
  year: z.number().int(),
  /** The plan's last year when it spans years (absent in events written before plans could). */
  untilYear: z.number().int().optional(),
  ownerOrganisationId: z.string(),
  status: z.enum(ActionStatus),
  dueOn: day,
});

export const organisationsEvents = defineCatalogue('organisations', {
  OrganisationCreated: { version: 1, description: 'A partner organisation was added.', payload: organisationFacts },
  OrganisationUpdated: {
    version: 1,
    description: "An organisation's kind or prisons may have changed (the facts as they now are).",
    payload: organisationFacts,
  },
  AgreementRecorded: {
    version: 1,
    description: "An organisation's recognition or agreement was recorded, with its prisons and validity.",
    payload: agreementFacts,
  },
  PersonAdded: { version: 1, description: 'A staff member or volunteer was added to an organisation.', payload: personFacts },
  PersonUpdated: {
    version: 1,
    description: "A person's role (staff or volunteer) may have changed (the facts as they now are).",
    payload: personFacts,
  },
  PersonStatusChanged: {
    version: 1,
    description: 'A person became active, inactive (left) or suspended from a day.',
    payload: personFacts,
  },
  VolunteerHoursRecorded: { version: 1, description: 'Hours a person gave on a day were recorded by hand.', payload: volunteerHoursFacts },
  ActionAdded: {
    version: 1,
    description: 'An action was added to an action plan, with its status as it then is (PLANNED when added by the policy coordinator).',
    payload: actionFacts,
  },
  ActionUpdated: { version: 1, description: "An action's status (and due day) changed.", payload: actionFacts },
});

export type OrganisationsCatalogue = typeof organisationsEvents;
export type OrganisationFacts = PayloadOf<OrganisationsCatalogue, 'OrganisationCreated'>;
export type AgreementFacts = PayloadOf<OrganisationsCatalogue, 'AgreementRecorded'>;
export type PersonFacts = PayloadOf<OrganisationsCatalogue, 'PersonAdded'>;
export type VolunteerHoursFacts = PayloadOf<OrganisationsCatalogue, 'VolunteerHoursRecorded'>;
export type ActionFacts = PayloadOf<OrganisationsCatalogue, 'ActionAdded'>;
