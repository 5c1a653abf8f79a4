import { givenFields } from '@cort/common';
import { findVisible, loadForChange, loadVisible, refuseProblems } from '@cort/subgraph';
import type { Context } from '../../context';
import { personProblems } from '../../domain/organisation-input';
import type { Loaders } from '../../loaders';
import { ORGANISATION_STAFFING, PERSON, PERSON_STATUS } from '../../policy';
import type { CreatePersonInput, SetPersonStatusInput, UpdatePersonInput } from './person.inputs';
import { recordPersonEvent } from './person.events';
import { insertPerson, updatePersonRow } from './person.repository';

/** A person with their organisation, whose prisons decide who sees them: two loaders, batched across a request. */
export const personOfOrganisation = (loaders: Loaders) => async (id: string) => {
  const person = await loaders.person.load(id);
  const organisation = person && (await loaders.organisation.load(person.organisationId));
  return person && organisation ? { person, organisation } : null;
};

/** person(id): NOT_FOUND for an unknown person and for one the caller may not see alike. */
export const readPerson = async ({ caller, loaders }: Context, id: string) =>
  (await loadVisible(caller, PERSON, id, personOfOrganisation(loaders))).person;

/** A person another subgraph points at: shown only to whom may see them, null otherwise. */
export const visiblePerson = async ({ caller, loaders }: Context, id: string) =>
  (await findVisible(caller, PERSON, id, personOfOrganisation(loaders)))?.person ?? null;

/** Adds a staff member or volunteer to an organisation the caller keeps the people of. */
export async function createPerson(ctx: Context, input: CreatePersonInput) {
  await loadForChange(ctx.caller, ORGANISATION_STAFFING, input.organisationId, (id) => ctx.loaders.organisation.load(id));
  refuseProblems(personProblems(input));
  return ctx.prisma.$transaction(async (tx) => {
    const person = await insertPerson(tx, {
      ...input,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      email: input.email?.trim() || null,
    });
    await recordPersonEvent(tx, 'PersonAdded', person);
    return person;
  });
}

/** Changes the given fields of a person; names, role and languages cannot be emptied, the e-mail address can (null). */
export async function updatePerson(ctx: Context, id: string, input: UpdatePersonInput) {
  await loadForChange(ctx.caller, PERSON, id, personOfOrganisation(ctx.loaders));
  const given = { ...givenFields(input), ...(input.email === null ? { email: null } : {}) };
  refuseProblems(personProblems(given));
  // Published whatever changed (the role decides staff or volunteer): the facts as they now are.
  return ctx.prisma.$transaction(async (tx) => {
    const person = await updatePersonRow(tx, id, given);
    await recordPersonEvent(tx, 'PersonUpdated', person);
    return person;
  });
}

/** A coordinator of a prison their organisation serves sets a person's status from a day (suspending is theirs alone). */
export async function setPersonStatus(ctx: Context, input: SetPersonStatusInput) {
  await loadForChange(ctx.caller, PERSON_STATUS, input.personId, personOfOrganisation(ctx.loaders));
  return ctx.prisma.$transaction(async (tx) => {
    const person = await updatePersonRow(tx, input.personId, { status: input.status, statusSince: input.since });
    await recordPersonEvent(tx, 'PersonStatusChanged', person);
    return person;
  });
}
