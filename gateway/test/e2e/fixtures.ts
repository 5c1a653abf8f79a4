import { belgianDate } from '@cort/common';
import type { Graph } from './graph';

/** Data the scenarios build through the graph itself, as a coordinator would. */
export async function partnerIn(graph: Graph, coordinator: string, prisonId: string, name = 'CAW Brussel') {
  const created = await graph.send(
    `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }`,
    { input: { name, kind: 'STRUCTURAL_PARTNER', domains: ['WELFARE', 'CULTURE'], prisonIds: [prisonId] } },
    coordinator,
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const organisationId = created.data.createOrganisation.organisation.id as string;
  await agreementOf(graph, coordinator, organisationId);
  return organisationId;
}

/**
 * An open-ended cooperation agreement of the organisation for every prison it serves, from a year ago:
 * planning its activities then warns of nothing (the warning has its own tests).
 */
export async function agreementOf(graph: Graph, coordinator: string, organisationId: string) {
  const recorded = await graph.send(
    `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { organisation { id } } }`,
    { input: { organisationId, prisonIds: [], kind: 'COOPERATION_AGREEMENT', validFrom: isoDate(-365) } },
    coordinator,
  );
  if (recorded.errors) throw new Error(JSON.stringify(recorded.errors));
}

export async function facilitatorOf(
  graph: Graph,
  coordinator: string,
  organisationId: string,
  permit?: { prisonId: string; validFrom: string; validUntil?: string },
) {
  const created = await graph.send(
    `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`,
    { input: { organisationId, firstName: 'Eva', lastName: 'De Smet', role: 'TRAINER', languages: ['nl'] } },
    coordinator,
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const personId = created.data.createPerson.person.id as string;
  if (permit) {
    const recorded = await graph.send(
      `mutation($input: RecordClearanceInput!) { recordClearance(input: $input) { person { id } } }`,
      { input: { personId, kind: 'PRISON_ACCESS', ...permit } },
      coordinator,
    );
    if (recorded.errors) throw new Error(JSON.stringify(recorded.errors));
  }
  return personId;
}

export async function roomsOf(graph: Graph, coordinator: string, prisonId: string) {
  const answer = await graph.send(`query($id: ID!) { prison(id: $id) { locations { id name } } }`, { id: prisonId }, coordinator);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data.prison.locations as { id: string; name: string }[];
}

const DAY = 86_400_000;
export const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
/**
 * The calendar day in Brussels, offsetDays from now: what the services call today when they compute a
 * date themselves (a due date). Between 23:00 and midnight UTC it is already the next day of isoDate's.
 */
export const belgianIsoDate = (offsetDays: number) => belgianDate(new Date(Date.now() + offsetDays * DAY));
export const at = (offsetDays: number, hourUtc: number) => {
  const d = new Date(Date.now() + offsetDays * DAY);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d.toISOString();
};

export function activityInput(prisonId: string, organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    prisonId,
    organisationId,
    category: 'SOCIOCULTURAL',
    domain: 'CULTURE',
    title: { nl: 'Atelier tekenen en schilderen', fr: 'Atelier dessin et peinture' },
    summary: { nl: 'Wekelijks atelier met een kunstenaar.' },
    audience: { genders: ['MALE', 'FEMALE'], legalStatuses: ['SUSPECT', 'CONVICTED'] },
    instructionLanguages: ['nl', 'fr'],
    capacity: 10,
    startsOn: isoDate(-1),
    endsOn: isoDate(60),
    ...overrides,
  };
}

/** An activity created and published through the contract's own operations; returns its id. */
export async function publishedActivity(graph: Graph, coordinator: string, input: Record<string, unknown>) {
  const created = await graph.run('web/CreateActivity.graphql', { input }, coordinator);
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const id = created.data.createActivity.activity.id as string;
  const published = await graph.run('web/PublishActivity.graphql', { id }, coordinator);
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  return id;
}

let detainee = 0;

/** A participant registered in HAREN (unless told otherwise) through the contract's operation; returns the id. */
export async function registeredParticipant(graph: Graph, coordinator: string, overrides: Record<string, unknown> = {}) {
  const input = {
    prisonId: 'HAREN',
    detaineeNumber: `T-${++detainee}`,
    firstName: 'Jan',
    lastName: 'Peeters',
    gender: 'MALE',
    legalStatus: 'CONVICTED',
    ...overrides,
  };
  const answer = await graph.run('web/RegisterParticipant.graphql', { input }, coordinator);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data.registerParticipant.participant.id as string;
}

/**
 * Many participants in HAREN at once, written straight into the participants service's database (registering
 * hundreds through the contract's operation would be the test's whole time): the ids, in order.
 */
export async function participantsInBulk(graph: Graph, numberPrefix: string, count: number): Promise<string[]> {
  const people = await graph.participants.prisma.participant.createManyAndReturn({
    data: Array.from({ length: count }, (_, i) => ({
      prisonId: 'HAREN',
      detaineeNumber: `${numberPrefix}-${i}`,
      firstName: 'P',
      lastName: `N${i}`,
      gender: 'MALE' as const,
      legalStatus: 'CONVICTED' as const,
      registeredBy: 'test',
    })),
  });
  return people.map((person) => person.id);
}
