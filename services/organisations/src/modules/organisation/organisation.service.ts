import { givenFields } from '@cort/common';
import { loadForChange, refuseProblems } from '@cort/subgraph';
import type { Context } from '../../context';
import { organisationProblems } from '../../domain/organisation-input';
import { organisationChange } from '../../policy';
import type { ContactInput, CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs';
import { recordOrganisationEvent } from './organisation.events';
import { insertOrganisation, updateOrganisationRow } from './organisation.repository';

/** Only the contact details given change (an update of the phone keeps the e-mail); null or blank clears one. */
const contactColumns = (contact: ContactInput | null | undefined) =>
  Object.fromEntries(
    Object.entries(contact ?? {})
      .filter(([, value]) => value !== undefined)
      .map(([column, value]) => [column, (value as string | null)?.trim() || null]),
  );

/** A coordinator adds a partner organisation (the policy checked that it serves only their prisons). */
export async function createOrganisation({ prisma }: Context, input: CreateOrganisationInput) {
  refuseProblems(organisationProblems(input));
  return prisma.$transaction(async (tx) => {
    const organisation = await insertOrganisation(tx, {
      name: input.name.trim(),
      kind: input.kind,
      domains: [...new Set(input.domains)],
      prisonIds: [...new Set(input.prisonIds)],
      ...contactColumns(input.contact),
    });
    await recordOrganisationEvent(tx, 'OrganisationCreated', organisation);
    return organisation;
  });
}

/** Changes the given fields of an organisation serving one of the caller's prisons. */
export async function updateOrganisation({ caller, prisma, loaders }: Context, id: string, input: UpdateOrganisationInput) {
  await loadForChange(caller, organisationChange(input.prisonIds), id, (key) => loaders.organisation.load(key));
  const given = givenFields(input);
  refuseProblems(organisationProblems(given));
  const { name, domains, prisonIds, contact, ...rest } = given;
  // Every update is published, whatever changed: the event carries the facts as they now are (an upsert).
  return prisma.$transaction(async (tx) => {
    const organisation = await updateOrganisationRow(tx, id, {
      ...rest,
      ...(name ? { name: name.trim() } : {}),
      ...(domains ? { domains: [...new Set(domains)] } : {}),
      ...(prisonIds ? { prisonIds: [...new Set(prisonIds)] } : {}),
      ...contactColumns(contact),
    });
    await recordOrganisationEvent(tx, 'OrganisationUpdated', organisation);
    return organisation;
  });
}
