import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden } from '@cort/subgraph';
import type { Context } from '../../context';
import { canSeeEnrolmentsOf } from '../../domain/participant-access';
import { available } from '../../domain/waiting-list';
import { EnrolmentStatus } from '../../shared/enums';
import { Enrolment } from '../enrolment/enrolment.type';
import { Activity, EnrolmentSummary } from './activity.type';

@Resolver(() => Activity)
export class ActivityEnrolments {
  /** Counts only, no one named: for the users of the activity's prison (the activities service decides who sees the activity at all). */
  @Directive('@requires(fields: "capacity prison { id }")')
  @FieldResolver(() => EnrolmentSummary, { nullable: true, description: 'Null while the participants service is unavailable.' })
  async enrolmentSummary(@Root() activity: Activity, @Ctx() { caller, loaders }: Context): Promise<EnrolmentSummary> {
    if (caller.kind !== 'user' || !activity.prison || !caller.prisons.includes(activity.prison.id)) {
      throw forbidden('Enrolment figures are for the users of the activity’s prison.');
    }
    const counts = await loaders.enrolmentCounts.load(activity.id);
    return { ...counts, available: available(activity.capacity ?? 0, counts.enrolled) };
  }
}

/**
 * An activity's enrolments, for the coordinators and prison staff of its prison and the partner staff of
 * the organisation running it; anyone else gets FORBIDDEN. An activity this service has not heard of
 * has no enrolments here yet.
 */
async function enrolmentsOf(activity: Activity, { caller, loaders }: Context) {
  const view = await loaders.activityView.load(activity.id);
  if (!view) return [];
  if (!canSeeEnrolmentsOf(caller, view))
    throw forbidden('The enrolments are for the coordinators of the prison and the organisation running the activity.');
  return loaders.enrolmentsOfActivity.load(activity.id);
}

@Resolver(() => Activity)
export class ActivityEnrolmentLists {
  @FieldResolver(() => [Enrolment], {
    nullable: true,
    description:
      'Its enrolments in the order they were requested, of one status or all; null while the participants service is unavailable.',
  })
  async enrolments(
    @Root() activity: Activity,
    @Ctx() ctx: Context,
    @Arg('status', () => EnrolmentStatus, { nullable: true }) status?: EnrolmentStatus | null,
  ) {
    const all = await enrolmentsOf(activity, ctx);
    return status ? all.filter((e) => e.status === status) : all;
  }

  @FieldResolver(() => [Enrolment], {
    nullable: true,
    description: 'Who waits for a place, head of the list first; null while the participants service is unavailable.',
  })
  async waitingList(@Root() activity: Activity, @Ctx() ctx: Context) {
    const all = await enrolmentsOf(activity, ctx);
    return all.filter((e) => e.status === 'WAITLISTED').sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  }
}

/** The representation carries what @requires asked the gateway for. */
export const activityReference = {
  Activity: { __resolveReference: (reference: Activity) => reference },
};
