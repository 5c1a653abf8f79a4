import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'One anonymous feedback form, as the participant filled it in: scores 1 (poor) to 5 (very good).' })
export class FeedbackFormInput {
  @Field(() => Int, { description: 'How satisfied they were with the activity, 1 to 5.' })
  satisfaction!: number;

  @Field(() => Int, { description: 'How much they learned, 1 to 5.' })
  learned!: number;

  @Field(() => Int, { description: 'The atmosphere in the group, 1 to 5.' })
  atmosphere!: number;

  @Field(() => Boolean, { description: 'Whether they would recommend it to others.' })
  wouldRecommend!: boolean;

  @Field(() => String, { nullable: true, description: "What they wrote, if anything; read by the prison's coordinators only." })
  comment?: string | null;
}

@InputType({ description: 'The feedback forms of an activity, entered at once by a facilitator or coordinator.' })
export class RecordFeedbackInput {
  @Field(() => ID, { description: 'The activity the forms are about.' })
  activityId!: string;

  @Field(() => [FeedbackFormInput], { description: 'The forms; at least one. Nothing links a form to who filled it in.' })
  forms!: FeedbackFormInput[];
}
