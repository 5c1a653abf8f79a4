import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Activity } from '../activity/activity.type';
import { ActivityAcknowledgement } from './activity-acknowledgement.type';

/** The warnings acknowledged on an activity (a field of Activity kept beside its rows); the policy decides who reads them. */
@Resolver(() => Activity)
export class ActivityAcknowledgementResolver {
  @FieldResolver(() => [ActivityAcknowledgement], {
    nullable: true,
    description:
      'The warnings acknowledged to create or publish it, oldest first; empty when none applied. For the coordinators of its prison, who manage it.',
  })
  async acknowledgements(@Root() a: Activity, @Ctx() { loaders }: Context): Promise<ActivityAcknowledgement[]> {
    const rows = await loaders.acknowledgementsOfActivity.load(a.id);
    return rows.map((row) => ({
      warnings: row.warnings as ActivityAcknowledgement['warnings'],
      status: row.status as ActivityAcknowledgement['status'],
      acknowledgedBy: row.by,
      acknowledgedAt: row.at,
    }));
  }
}
