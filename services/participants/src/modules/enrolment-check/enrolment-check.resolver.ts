import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { enrolmentCheck } from './enrolment-check.service';
import { EnrolmentCheck } from './enrolment-check.type';

/** The enrolment check; the use case is enrolment-check.service.ts. */
@Resolver(() => EnrolmentCheck)
export class EnrolmentCheckResolver {
  @Query(() => EnrolmentCheck, {
    description:
      'Before enrolling: whether the participant may join the activity (the reasons requestEnrolment would refuse with) and the warnings to acknowledge first. For the coordinators of the participant’s prison.',
  })
  enrolmentCheck(
    @Arg('activityId', () => ID, { description: 'The activity they would join.' }) activityId: string,
    @Arg('participantId', () => ID, { description: 'The participant, in one of your prisons.' }) participantId: string,
    @Ctx() ctx: Context,
  ) {
    return enrolmentCheck(ctx, activityId, participantId);
  }
}
