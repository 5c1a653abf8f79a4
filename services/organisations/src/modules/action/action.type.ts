import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ActionStatus } from '../../shared/enums';

/** An action of a goal. */
@ObjectType({ description: 'An action of a goal of an action plan: its owner, its due date and its status, with every change.' })
export class Action {
  @Field(() => ID, { description: "The action's id (a UUID): what updateAction takes." })
  id!: string;

  @Field(() => String, { description: 'What is to be done.' })
  title!: string;

  @Field(() => ActionStatus, { description: 'Where it stands.' })
  status!: ActionStatus;

  @Field(() => DateResolver, { description: 'The day it is due (a postponement moves it).' })
  dueOn!: Date;

  goalId!: string;
  ownerOrganisationId!: string;
  ownerPersonId!: string | null;
  activityIds!: string[];
  wishIds!: string[];
}

@ObjectType({ description: "One change of an action's status (its creation included)." })
export class ActionChange {
  @Field(() => ActionStatus, { nullable: true, description: 'The status before; null when the action was added.' })
  from!: ActionStatus | null;

  @Field(() => ActionStatus, { description: 'The status after.' })
  to!: ActionStatus;

  @Field(() => String, { description: "Who made the change: the user's id." })
  by!: string;

  @Field(() => DateTimeResolver, { description: 'When it changed.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'The note given with it (required to drop an action).' })
  note!: string | null;

  @Field(() => DateResolver, { description: 'The due date from then on.' })
  dueOn!: Date;
}

@ObjectType({ description: 'What adding or updating an action returns.' })
export class ActionPayload {
  @Field(() => Action, { description: 'The action, as it is now.' })
  action!: Action;
}
