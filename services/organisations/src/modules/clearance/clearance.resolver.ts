import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { actorOf, badUserInput, forbidden, notFound } from '@cort/subgraph';
import type { Context } from '../../context';
import { canManage } from '../../domain/access';
import { clearanceProblem } from '../../domain/clearance';
import { visiblePerson } from '../person/person.access';
import { PersonPayload } from '../person/person.type';
import { Prison } from '../prison/prison.type';
import { Clearance, RecordClearanceInput } from './clearance.type';

@Resolver(() => Clearance)
export class ClearanceResolver {
  @Mutation(() => PersonPayload, {
    description: "A coordinator records a person's clearance (permit, training, charter) with its validity.",
  })
  async recordClearance(
    @Arg('input', () => RecordClearanceInput) input: RecordClearanceInput,
    @Ctx() ctx: Context,
  ): Promise<PersonPayload> {
    const person = await visiblePerson(ctx, input.personId);
    if (!person) throw notFound('Person', input.personId);
    const organisation = (await ctx.loaders.organisation.load(person.organisationId))!;
    if (!canManage(ctx.caller, organisation.prisonIds))
      throw forbidden('Only a coordinator of a prison the organisation serves records clearances.');
    const facts = { kind: input.kind, prisonId: input.prisonId ?? null, validFrom: input.validFrom, validUntil: input.validUntil ?? null };
    const problem = clearanceProblem(facts);
    if (problem) throw badUserInput(problem.message, problem.field);
    if (facts.prisonId && ctx.caller.kind === 'user' && !ctx.caller.prisons.includes(facts.prisonId)) {
      throw forbidden(`You are not assigned to prison ${facts.prisonId}.`);
    }
    if (facts.prisonId && !organisation.prisonIds.includes(facts.prisonId)) {
      throw badUserInput(`The organisation does not serve prison ${facts.prisonId}.`, 'prisonId');
    }
    await ctx.prisma.clearance.create({
      data: { personId: person.id, ...facts, recordedBy: actorOf(ctx.caller) },
    });
    return { person };
  }

  @FieldResolver(() => Prison, { nullable: true, description: 'The prison a permit is for.' })
  prison(@Root() clearance: Clearance): Prison | null {
    return clearance.prisonId ? { id: clearance.prisonId } : null;
  }
}
