import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Activity } from '../activity/activity.type';
import { Organisation } from '../organisation/organisation.type';
import { Person } from '../person/person.type';
import { Wish } from '../wish/wish.type';
import { AddActionInput, UpdateActionInput } from './action.inputs';
import { addAction, overdueToday, ownerPersonOf, updateAction } from './action.service';
import { Action, ActionChange, ActionPayload } from './action.type';

@Resolver(() => Action)
export class ActionResolver {
  @Mutation(() => ActionPayload, { description: "The prison's policy coordinator adds a PLANNED action to a goal." })
  async addAction(
    @Arg('input', () => AddActionInput, { description: 'The goal and the action.' }) input: AddActionInput,
    @Ctx() ctx: Context,
  ): Promise<ActionPayload> {
    return { action: await addAction(ctx, input) };
  }

  @Mutation(() => ActionPayload, {
    description:
      "The owner organisation's partner staff or the prison's policy coordinator move an action on: PLANNED → IN_PROGRESS → DONE, or POSTPONED (a new due date) or DROPPED (a note). Another move is BAD_USER_INPUT.",
  })
  async updateAction(
    @Arg('input', () => UpdateActionInput, { description: 'The action, its new status, and the due date or note the move needs.' })
    input: UpdateActionInput,
    @Ctx() ctx: Context,
  ): Promise<ActionPayload> {
    return { action: await updateAction(ctx, input) };
  }

  @FieldResolver(() => Boolean, { description: 'Not DONE or DROPPED and its due date has passed (Brussels time).' })
  overdue(@Root() action: Action): boolean {
    return overdueToday(action);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation that owns it.' })
  owner(@Root() action: Action, @Ctx() { loaders }: Context) {
    return loaders.organisation.load(action.ownerOrganisationId);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The person of the owner organisation who owns it; null when none does or you may not see them.',
  })
  ownerPerson(@Root() action: Action, @Ctx() ctx: Context) {
    return ownerPersonOf(ctx, action);
  }

  @FieldResolver(() => [Activity], { description: 'The activities it brought about, resolved by the activities service.' })
  activities(@Root() action: Action): Activity[] {
    return action.activityIds.map((id) => ({ id }));
  }

  @FieldResolver(() => [Wish], {
    nullable: 'items',
    description:
      "The wishes of its prison's needs assessments it answers, resolved by the activities service; a wish is null for whoever may not read the prison's needs (partner staff). Empty when none.",
  })
  wishes(@Root() action: Action): Wish[] {
    return (action.wishIds ?? []).map((id) => ({ id }));
  }

  @FieldResolver(() => [ActionChange], { description: 'Every change of its status, its creation first.' })
  history(@Root() action: Action, @Ctx() { loaders }: Context) {
    return loaders.historyOfAction.load(action.id);
  }
}
