import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { forbidden, notFound, refuseProblems, requireRole } from '@cort/subgraph';
import type { Context } from '../../context';
import { canManage, MANAGERS } from '../../domain/access';
import { organisationProblems } from '../../domain/organisation-input';
import { CreateOrganisationInput, UpdateOrganisationInput, type ContactInput } from './organisation.inputs';
import { OrganisationPayload } from './organisation.type';

/** Only the contact details given change (an update of the phone keeps the e-mail); null or blank clears one. */
const contactColumns = (contact: ContactInput | null | undefined) =>
  Object.fromEntries(
    Object.entries(contact ?? {})
      .filter(([, value]) => value !== undefined)
      .map(([column, value]) => [column, (value as string | null)?.trim() || null]),
  );

@Resolver()
export class OrganisationMutations {
  @Mutation(() => OrganisationPayload, { description: 'A coordinator adds a partner organisation serving some of their prisons.' })
  async createOrganisation(
    @Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput,
    @Ctx() { caller, prisma }: Context,
  ) {
    const user = requireRole(caller, MANAGERS);
    const outside = input.prisonIds.filter((id) => !user.prisons.includes(id));
    if (outside.length) throw forbidden(`You are not assigned to ${outside.join(', ')}.`);
    refuseProblems(organisationProblems(input));
    const organisation = await prisma.organisation.create({
      data: {
        name: input.name.trim(),
        kind: input.kind,
        domains: [...new Set(input.domains)],
        prisonIds: [...new Set(input.prisonIds)],
        ...contactColumns(input.contact),
      },
    });
    return { organisation };
  }

  @Mutation(() => OrganisationPayload, { description: 'Changes the given fields of an organisation serving one of your prisons.' })
  async updateOrganisation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
    @Ctx() { caller, prisma, loaders }: Context,
  ) {
    const user = requireRole(caller, MANAGERS);
    const current = await loaders.organisation.load(id);
    if (!current) throw notFound('Organisation', id);
    if (!canManage(caller, current.prisonIds)) throw forbidden('The organisation serves none of your prisons.');
    // A coordinator changes the prisons they are assigned to, and leaves the others as they are.
    const added = (input.prisonIds ?? []).filter((p) => !current.prisonIds.includes(p) && !user.prisons.includes(p));
    const removed = input.prisonIds ? current.prisonIds.filter((p) => !input.prisonIds!.includes(p) && !user.prisons.includes(p)) : [];
    if (added.length || removed.length) throw forbidden(`You are not assigned to ${[...added, ...removed].join(', ')}.`);
    const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
    refuseProblems(organisationProblems(given));
    const organisation = await prisma.organisation.update({
      where: { id },
      data: {
        ...(input.name ? { name: input.name.trim() } : {}),
        ...(input.kind ? { kind: input.kind } : {}),
        ...(input.domains ? { domains: [...new Set(input.domains)] } : {}),
        ...(input.prisonIds ? { prisonIds: [...new Set(input.prisonIds)] } : {}),
        ...contactColumns(input.contact),
      },
    });
    return { organisation };
  }
}
