import { isoDate } from './fixtures';
import type { Graph } from './graph';

/** A partner organisation and its people, made through the graph by a coordinator of its prisons. */
export async function organisationWithPeople(
  graph: Graph,
  coordinator: string,
  prisonIds: string[],
  name: string,
  people: { firstName: string; lastName: string; role?: string }[],
) {
  const created = await graph.send(
    `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }`,
    { input: { name, kind: 'STRUCTURAL_PARTNER', domains: ['CULTURE'], prisonIds } },
    coordinator,
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const organisationId = created.data.createOrganisation.organisation.id as string;
  const personIds: string[] = [];
  for (const person of people) {
    const answer = await graph.send(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`,
      { input: { organisationId, role: 'COORDINATOR', languages: ['nl'], ...person } },
      coordinator,
    );
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    personIds.push(answer.data.createPerson.person.id);
  }
  return { organisationId, personIds };
}

export const APPOINT = `mutation($input: AppointCortMemberInput!) {
  appointCortMember(input: $input) { member { id function since until person { id } } cort { vacancies } }
}`;
export const END = `mutation($input: EndCortMembershipInput!) { endCortMembership(input: $input) { member { id until } cort { vacancies } } }`;
export const SET_TEAM = `mutation($input: SetPolicyTeamInput!) {
  setPolicyTeam(input: $input) { cort { policyTeam { role name organisation { id name } } } }
}`;

/** Appoints, failing the test on an error; returns the membership's id. */
export async function appoint(
  graph: Graph,
  policyCoordinator: string,
  prisonId: string,
  fn: string,
  personId: string,
  since = isoDate(-30),
) {
  const answer = await graph.send(APPOINT, { input: { prisonId, function: fn, personId, since } }, policyCoordinator);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data.appointCortMember.member.id as string;
}
