import { DateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { ActionStatus } from '../../shared/enums';

@InputType({ description: 'A new action of a goal, PLANNED.' })
export class AddActionInput {
  @Field(() => ID, { description: 'The goal.' })
  goalId!: string;

  @Field(() => String, { description: 'What is to be done; not blank.' })
  title!: string;

  @Field(() => ID, { description: 'The organisation that owns it, one serving the prison; its partner staff may move it on.' })
  ownerOrganisationId!: string;

  @Field(() => ID, { nullable: true, description: 'The person of that organisation who owns it, if one does.' })
  ownerPersonId?: string | null;

  @Field(() => DateResolver, { description: 'The day it is due.' })
  dueOn!: Date;

  @Field(() => [ID], { nullable: true, description: 'The activities it brought about (ids of the activities service), if any yet.' })
  activityIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "The wishes of a needs assessment of the plan's prison it answers (ids of the activities service), if any; another is BAD_USER_INPUT.",
  })
  wishIds?: string[] | null;
}

@InputType({ description: 'An action moved on: PLANNED → IN_PROGRESS → DONE, or POSTPONED (with dueOn) or DROPPED (with a note).' })
export class UpdateActionInput {
  @Field(() => ID, { description: 'The action.' })
  id!: string;

  @Field(() => ActionStatus, { description: 'Its new status.' })
  status!: ActionStatus;

  @Field(() => DateResolver, {
    nullable: true,
    description: 'The new due date: required to postpone, after the current one; not given otherwise.',
  })
  dueOn?: Date | null;

  @Field(() => String, { nullable: true, description: 'A note kept in the history: required to drop the action.' })
  note?: string | null;
}
