import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Prison } from '../prison/prison.type';

/**
 * The activities service's activity, to which this service adds its enrolments. Capacity and prison are
 * the activities service's (@external); the gateway passes them along when a field here @requires them,
 * so the figures never use a stale capacity. The descriptions are the activities service's (composition
 * keeps one, so they must agree).
 */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "A group activity of a prison's offer (educational, psychosocial or socio-cultural), organised by a partner organisation and given in sessions. Published activities are public; the rest is seen by those who plan and run the offer of its prison.",
})
export class Activity {
  @Field(() => ID, { description: "The activity's id (a UUID)." })
  id!: string;

  @Directive('@external')
  @Field(() => Int, { description: 'How many participants can be enrolled at once.' })
  capacity?: number;

  @Directive('@external')
  @Field(() => Prison, { description: 'The prison whose offer it is part of.' })
  prison?: Prison;
}

@ObjectType({ description: 'How full an activity is.' })
export class EnrolmentSummary {
  @Field(() => Int, { description: 'Participants who have a place now.' })
  enrolled!: number;

  @Field(() => Int, { description: 'Participants on the waiting list.' })
  waitlisted!: number;

  @Field(() => Int, { description: 'Capacity minus enrolled, never negative.' })
  available!: number;
}
