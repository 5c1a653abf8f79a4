import { DateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { UpdateActivityInput } from '../activity/activity.inputs';
import { EvaluationDecision, ObjectiveResult } from './evaluation.type';

@InputType({ description: 'One objective and how far it was reached.' })
export class ObjectiveEvaluationInput {
  @Field(() => String, { description: 'The objective (usually one of the activity’s objectives).' })
  objective!: string;

  @Field(() => ObjectiveResult, { description: 'Met, partly met or not met.' })
  result!: ObjectiveResult;

  @Field(() => String, { nullable: true, description: 'A comment; never name a participant in it.' })
  comment?: string | null;
}

@InputType({ description: "The coordinator's evaluation of an activity; a second one replaces the first, which is kept in its history." })
export class EvaluateActivityInput {
  @Field(() => ID, { description: 'The activity evaluated.' })
  activityId!: string;

  @Field(() => [ObjectiveEvaluationInput], { description: 'Each objective and how far it was reached; at least one.' })
  objectives!: ObjectiveEvaluationInput[];

  @Field(() => String, { nullable: true, description: 'What went well.' })
  worked?: string | null;

  @Field(() => String, { nullable: true, description: 'What to change in a next edition.' })
  adjustments?: string | null;

  @Field(() => EvaluationDecision, { description: 'CONTINUE, ADJUST or STOP.' })
  decision!: EvaluationDecision;
}

@InputType({ description: 'The next edition of an evaluated activity: its period, and what changes from the evaluated one.' })
export class PlanNextEditionInput {
  @Field(() => ID, { description: 'The evaluated activity (decision CONTINUE or ADJUST).' })
  activityId!: string;

  @Field(() => DateResolver, { description: 'The first day of the next edition.' })
  startsOn!: Date;

  @Field(() => DateResolver, { description: 'The last day of the next edition, on or after startsOn.' })
  endsOn!: Date;

  @Field(() => UpdateActivityInput, { nullable: true, description: 'Fields that differ from the evaluated activity; the rest is copied.' })
  changes?: UpdateActivityInput | null;
}
