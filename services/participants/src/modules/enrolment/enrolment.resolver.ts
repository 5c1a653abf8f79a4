import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden } from '@cort/subgraph';
import type { Context } from '../../context';
import { participantViewThrough } from '../../domain/participant-access';
import { seenAs } from '../participant/participant.view';
import { Activity } from '../activity/activity.type';
import { Participant } from '../participant/participant.type';
import { Enrolment, EnrolmentChange } from './enrolment.type';

@Resolver(() => Enrolment)
export class EnrolmentFields {
  /** Seen as much as the caller may see of the participant through this enrolment's activity. */
  @FieldResolver(() => Participant)
  async participant(@Root() e: Enrolment, @Ctx() { caller, loaders }: Context) {
    const [participant, activity] = await Promise.all([loaders.participant.load(e.participantId), loaders.activityView.load(e.activityId)]);
    const view = participant && participantViewThrough(caller, participant.prisonId, activity);
    if (!participant || !view) throw forbidden('You may not see this participant.');
    return seenAs(participant, view);
  }

  @FieldResolver(() => Activity, { nullable: true, description: 'Null while the activities service is unavailable.' })
  activity(@Root() e: Enrolment): Activity {
    return { id: e.activityId };
  }

  @FieldResolver(() => [EnrolmentChange], { description: 'Every change, oldest first.' })
  history(@Root() e: Enrolment, @Ctx() { loaders }: Context) {
    return loaders.changesOfEnrolment.load(e.id);
  }
}
