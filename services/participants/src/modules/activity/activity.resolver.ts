import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden } from '@cort/subgraph';
import type { Context } from '../../context';
import { available } from '../../domain/waiting-list';
import { Activity, EnrolmentSummary } from './activity.type';

@Resolver(() => Activity)
export class ActivityEnrolments {
  /** Counts only, no one named: for the users of the activity's prison (the activities service decides who sees the activity at all). */
  @Directive('@requires(fields: "capacity prison { id }")')
  @FieldResolver(() => EnrolmentSummary)
  async enrolmentSummary(@Root() activity: Activity, @Ctx() { caller, loaders }: Context): Promise<EnrolmentSummary> {
    if (caller.kind !== 'user' || !activity.prison || !caller.prisons.includes(activity.prison.id)) {
      throw forbidden('Enrolment figures are for the users of the activity’s prison.');
    }
    const counts = await loaders.enrolmentCounts.load(activity.id);
    return { ...counts, available: available(activity.capacity ?? 0, counts.enrolled) };
  }
}

/** The representation carries what @requires asked the gateway for. */
export const activityReference = {
  Activity: { __resolveReference: (reference: Activity) => reference },
};
