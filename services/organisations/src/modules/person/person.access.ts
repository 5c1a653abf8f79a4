import { forbidden, hasRole, notFound } from '@cort/subgraph';
import type { Context } from '../../context';
import { canManage, canSeePerson } from '../../domain/access';

/** The person if the caller may see them, else null: unknown and not yours look the same. */
export async function visiblePerson(ctx: Context, id: string) {
  const person = await ctx.loaders.person.load(id);
  const organisation = person && (await ctx.loaders.organisation.load(person.organisationId));
  return person && organisation && canSeePerson(ctx.caller, person, organisation.prisonIds) ? person : null;
}

/** Coordinators of the organisation's prisons, and its own partner staff, keep its people's details. */
export async function organisationToStaff(ctx: Context, organisationId: string, field = 'organisationId') {
  const organisation = await ctx.loaders.organisation.load(organisationId);
  if (!organisation) throw notFound('Organisation', organisationId);
  const ownStaff = ctx.caller.kind === 'user' && hasRole(ctx.caller, ['PARTNER_STAFF']) && ctx.caller.organisationId === organisationId;
  if (!ownStaff && !canManage(ctx.caller, organisation.prisonIds))
    throw forbidden(`You cannot change the people of this organisation (${field}).`);
  return organisation;
}
