import { Field, ID, ObjectType } from 'type-graphql';
import { ActivityStatus, ActivityWarningCode } from '../../shared/enums';

@ObjectType({
  description:
    'Warnings a coordinator acknowledged to create or publish an activity (for instance no current agreement of its organisation for the prison), kept with the activity.',
})
export class ActivityAcknowledgement {
  @Field(() => [ActivityWarningCode], { description: 'The warnings acknowledged in that step.' })
  warnings!: ActivityWarningCode[];

  @Field(() => ActivityStatus, { description: 'The status the step led to: DRAFT when it was created, PUBLISHED when it was published.' })
  status!: ActivityStatus;

  @Field(() => ID, { description: 'The user who acknowledged them: the subject of their sign-in, nothing more about them.' })
  acknowledgedBy!: string;

  @Field(() => Date, { description: 'When they acknowledged them.' })
  acknowledgedAt!: Date;
}
