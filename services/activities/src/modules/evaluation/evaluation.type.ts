import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { EvaluationDecision, ObjectiveResult } from '../../generated/prisma/enums';

// Only this subgraph declares them, so their words live here rather than in @cort/vocabulary.
registerEnumType(ObjectiveResult, {
  name: 'ObjectiveResult',
  description: 'How far an objective of an activity was reached.',
  valuesConfig: {
    MET: { description: 'Reached.' },
    PARTLY_MET: { description: 'Partly reached.' },
    NOT_MET: { description: 'Not reached.' },
  },
});
registerEnumType(EvaluationDecision, {
  name: 'EvaluationDecision',
  description: 'What the coordinator decided after evaluating an activity.',
  valuesConfig: {
    CONTINUE: { description: 'Run it again as it is.' },
    ADJUST: { description: 'Run it again, with the adjustments noted.' },
    STOP: { description: 'Do not run it again.' },
  },
});
export { EvaluationDecision, ObjectiveResult };

@ObjectType({ description: 'One objective of the activity and how far it was reached.' })
export class ObjectiveEvaluation {
  @Field(() => String, { description: 'The objective.' })
  objective!: string;

  @Field(() => ObjectiveResult, { description: 'Met, partly met or not met.' })
  result!: ObjectiveResult;

  @Field(() => String, { nullable: true, description: "The coordinator's comment on it; null when none." })
  comment!: string | null;
}

@ObjectType({ description: 'An earlier version of an evaluation, replaced when the activity was evaluated again.' })
export class EvaluationChange {
  @Field(() => EvaluationDecision, { description: 'The decision it held.' })
  decision!: EvaluationDecision;

  @Field(() => [ObjectiveEvaluation], { description: 'The objectives as it evaluated them.' })
  objectives!: ObjectiveEvaluation[];

  @Field(() => String, { nullable: true, description: 'What worked, as it said.' })
  worked!: string | null;

  @Field(() => String, { nullable: true, description: 'The adjustments, as it said.' })
  adjustments!: string | null;

  @Field(() => Date, { description: 'When that version was made.' })
  evaluatedAt!: Date;

  @Field(() => Date, { description: 'When it was replaced by a new evaluation.' })
  replacedAt!: Date;
}

@ObjectType({
  description:
    "The coordinator's evaluation of one edition of an activity: each objective met or not, what worked, the adjustments and the decision. Evaluating again replaces it and keeps the earlier version in its history.",
})
export class Evaluation {
  @Field(() => ID, { description: "The evaluation's id (a UUID)." })
  id!: string;

  @Field(() => EvaluationDecision, { description: 'CONTINUE, ADJUST or STOP.' })
  decision!: EvaluationDecision;

  @Field(() => [ObjectiveEvaluation], { description: 'Each objective and how far it was reached, in the order given.' })
  objectives!: ObjectiveEvaluation[];

  @Field(() => String, { nullable: true, description: 'What went well; null when nothing was noted.' })
  worked!: string | null;

  @Field(() => String, { nullable: true, description: 'What to change in a next edition; null when nothing was noted.' })
  adjustments!: string | null;

  @Field(() => Date, { description: 'When it was (last) evaluated.' })
  evaluatedAt!: Date;

  activityId!: string;
}

@ObjectType({ description: 'What evaluating an activity returns: the evaluation as it is now.' })
export class EvaluationPayload {
  @Field(() => Evaluation, { description: 'The evaluation, after the change.' })
  evaluation!: Evaluation;
}
