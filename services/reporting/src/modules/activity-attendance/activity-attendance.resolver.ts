import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { activityAttendance } from './activity-attendance.service';
import { ActivityAttendance } from './activity-attendance.type';

@Resolver(() => ActivityAttendance)
export class ActivityAttendanceResolver {
  @Query(() => ActivityAttendance, {
    description:
      "Who came to one activity's sessions: per session (its day in Belgian time, status, marks by code) and in total, with the attendance rate; counts from 1 to 4 suppressed. For the coordinators of its prison and the partner staff of its organisation; NOT_FOUND for others, as for an unknown id.",
  })
  activityAttendance(
    @Arg('activityId', () => ID, { description: 'The id of the activity.' }) activityId: string,
    @Ctx() ctx: Context,
  ): Promise<ActivityAttendance> {
    return activityAttendance(ctx, activityId);
  }
}
