import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { EnrolmentStatus } from '../../shared/enums';
import { enrolmentsOfActivity, enrolmentSummaryOf } from '../enrolment/enrolment.service';
import { Enrolment } from '../enrolment/enrolment.type';
import { Activity, EnrolmentSummary } from './activity.type';

/** What this service adds to the activities service's Activity: its enrolment figures and lists. */
@Resolver(() => Activity)
export class ActivityResolver {
  /** Counts only, no one named: for the users of the activity's prison (the activities service decides who sees the activity at all). */
  @Directive('@requires(fields: "capacity prison { id }")')
  @FieldResolver(() => EnrolmentSummary, { nullable: true, description: 'Null while the participants service is unavailable.' })
  enrolmentSummary(@Root() activity: Activity, @Ctx() ctx: Context): Promise<EnrolmentSummary> {
    return enrolmentSummaryOf(ctx, activity);
  }

  @FieldResolver(() => [Enrolment], {
    nullable: true,
    description:
      'Its enrolments in the order they were requested, of one status or all; null while the participants service is unavailable.',
  })
  async enrolments(
    @Root() activity: Activity,
    @Ctx() ctx: Context,
    @Arg('status', () => EnrolmentStatus, { nullable: true, description: 'Only the enrolments in this status; all when left out.' })
    status?: EnrolmentStatus | null,
  ) {
    const all = await enrolmentsOfActivity(ctx, activity.id);
    return status ? all.filter((e) => e.status === status) : all;
  }

  @FieldResolver(() => [Enrolment], {
    nullable: true,
    description: 'Who waits for a place, head of the list first; null while the participants service is unavailable.',
  })
  async waitingList(@Root() activity: Activity, @Ctx() ctx: Context) {
    const all = await enrolmentsOfActivity(ctx, activity.id);
    return all.filter((e) => e.status === 'WAITLISTED').sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  }
}
