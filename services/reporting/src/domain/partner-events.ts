import type { DomainEvent, PayloadOf } from '@cort/events';
import type { organisationsEvents } from '@cort/organisations/events';
import { fromCalendarDate } from '@cort/common';

type OrganisationsCatalogue = typeof organisationsEvents;
type PersonFacts = PayloadOf<OrganisationsCatalogue, 'PersonAdded'>;

/** What an organisations event changes in reporting's partner projections. */
export type PartnerProjection =
  | { kind: 'organisation'; organisation: { id: string; kind: string; prisonIds: string[] } }
  | {
      kind: 'agreement';
      agreement: { id: string; organisationId: string; kind: string; prisonIds: string[]; validFrom: Date; validUntil: Date | null };
    }
  | {
      kind: 'person';
      person: { id: string; organisationId: string; kind: string };
      status: { personId: string; since: Date; status: string };
    }
  | {
      kind: 'volunteerHours';
      entry: { id: string; personId: string; organisationId: string; prisonId: string; date: Date; hours: number; kind: string };
    }
  | {
      kind: 'action';
      action: {
        id: string;
        actionPlanId: string;
        prisonId: string;
        year: number;
        untilYear: number | null;
        ownerOrganisationId: string;
        status: string;
        dueOn: Date;
      };
    };

type PartnerProjections = {
  [T in keyof OrganisationsCatalogue['events'] & string]?: (
    payload: PayloadOf<OrganisationsCatalogue, T>,
    event: DomainEvent,
  ) => PartnerProjection;
};

// Each event carries its subject as it now is: the latest one wins (an upsert).
const organisation = ({
  organisationId,
  kind,
  prisonIds,
}: PayloadOf<OrganisationsCatalogue, 'OrganisationCreated'>): PartnerProjection => ({
  kind: 'organisation',
  organisation: { id: organisationId, kind, prisonIds: [...prisonIds] },
});

// A person's kind and organisation replace the earlier ones; their status from a day joins their history
// (the same day set again: the latest wins).
const person = (facts: PersonFacts): PartnerProjection => ({
  kind: 'person',
  person: { id: facts.personId, organisationId: facts.organisationId, kind: facts.kind },
  status: { personId: facts.personId, since: fromCalendarDate(facts.statusSince), status: facts.status },
});

/**
 * The organisations feed: organisations, agreements, people's kind and status, hours recorded by hand and
 * the action plans' actions — the partner figures and the action plans' progress of the annual report.
 */
export const organisationsProjections: PartnerProjections = {
  OrganisationCreated: organisation,
  OrganisationUpdated: organisation,
  AgreementRecorded: (a) => ({
    kind: 'agreement',
    agreement: {
      id: a.agreementId,
      organisationId: a.organisationId,
      kind: a.kind,
      prisonIds: [...a.prisonIds],
      validFrom: fromCalendarDate(a.validFrom),
      validUntil: a.validUntil ? fromCalendarDate(a.validUntil) : null,
    },
  }),
  PersonAdded: person,
  PersonUpdated: person,
  PersonStatusChanged: person,
  VolunteerHoursRecorded: (h) => ({
    kind: 'volunteerHours',
    entry: {
      id: h.entryId,
      personId: h.personId,
      organisationId: h.organisationId,
      prisonId: h.prisonId,
      date: fromCalendarDate(h.date),
      hours: h.hours,
      kind: h.kind,
    },
  }),
  ActionAdded: (a) => actionOf(a),
  ActionUpdated: (a) => actionOf(a),
};

function actionOf(a: PayloadOf<OrganisationsCatalogue, 'ActionAdded'>): PartnerProjection {
  return {
    kind: 'action',
    action: {
      id: a.actionId,
      actionPlanId: a.actionPlanId,
      prisonId: a.prisonId,
      year: a.year,
      untilYear: a.untilYear ?? null,
      ownerOrganisationId: a.ownerOrganisationId,
      status: a.status,
      dueOn: fromCalendarDate(a.dueOn),
    },
  };
}
