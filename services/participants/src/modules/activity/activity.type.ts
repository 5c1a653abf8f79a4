import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Prison } from '../prison/prison.type';

/**
 * The activities service's activity, to which this service adds its enrolments. Capacity and prison are
 * the activities service's (@external); the gateway passes them along when a field here @requires them,
 * so the figures never use a stale capacity.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Activity {
  @Field(() => ID)
  id!: string;

  @Directive('@external')
  @Field(() => Int)
  capacity?: number;

  @Directive('@external')
  @Field(() => Prison)
  prison?: Prison;
}

@ObjectType({ description: 'How full an activity is.' })
export class EnrolmentSummary {
  @Field(() => Int)
  enrolled!: number;

  @Field(() => Int)
  waitlisted!: number;

  @Field(() => Int, { description: 'Capacity minus enrolled, never negative.' })
  available!: number;
}
