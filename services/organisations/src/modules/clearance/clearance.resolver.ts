import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PersonPayload } from '../person/person.type';
import { Prison } from '../prison/prison.type';
import { recordClearance, withdrawClearance } from './clearance.service';
import { Clearance, RecordClearanceInput, WithdrawClearanceInput } from './clearance.type';

@Resolver(() => Clearance)
export class ClearanceResolver {
  @Mutation(() => PersonPayload, {
    description: "A coordinator records a person's clearance (permit, training, charter) with its validity.",
  })
  async recordClearance(
    @Arg('input', () => RecordClearanceInput, { description: 'The clearance and the person it is for.' }) input: RecordClearanceInput,
    @Ctx() ctx: Context,
  ): Promise<PersonPayload> {
    return { person: await recordClearance(ctx, input) };
  }

  @Mutation(() => PersonPayload, {
    description:
      "A coordinator of the permit's prison withdraws a clearance from a day on; the sessions the person would facilitate from then on are listed in sessionsAtRisk.",
  })
  async withdrawClearance(
    @Arg('input', () => WithdrawClearanceInput, { description: 'The clearance and the first day it no longer holds.' })
    input: WithdrawClearanceInput,
    @Ctx() ctx: Context,
  ): Promise<PersonPayload> {
    return { person: await withdrawClearance(ctx, input) };
  }

  @FieldResolver(() => Prison, { nullable: true, description: 'The prison a permit is for.' })
  prison(@Root() clearance: Clearance): Prison | null {
    return clearance.prisonId ? { id: clearance.prisonId } : null;
  }
}
