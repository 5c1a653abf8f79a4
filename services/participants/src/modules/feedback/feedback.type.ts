import { Field, Int, ObjectType } from 'type-graphql';
import { Activity } from '../activity/activity.type';

@ObjectType({ description: 'What entering feedback forms returns: the activity and how many forms it has received in all.' })
export class RecordFeedbackPayload {
  @Field(() => Activity, { description: 'The activity the forms are about.' })
  activity!: Activity;

  @Field(() => Int, { description: 'How many feedback forms the activity has received, these included.' })
  formsReceived!: number;
}
