import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Activity } from '../activity/activity.type';
import { Participant } from '../participant/participant.type';
import { Enrolment, EnrolmentChange } from './enrolment.type';

@Resolver(() => Enrolment)
export class EnrolmentFields {
  @FieldResolver(() => Participant)
  participant(@Root() e: Enrolment, @Ctx() { loaders }: Context) {
    return loaders.participant.load(e.participantId);
  }

  @FieldResolver(() => Activity)
  activity(@Root() e: Enrolment): Activity {
    return { id: e.activityId };
  }

  @FieldResolver(() => [EnrolmentChange], { description: 'Every change, oldest first.' })
  history(@Root() e: Enrolment, @Ctx() { loaders }: Context) {
    return loaders.changesOfEnrolment.load(e.id);
  }
}
