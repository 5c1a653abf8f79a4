import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden } from '@cort/subgraph';
import type { Context } from '../../context';
import { participantViewThrough } from '../../domain/participant-access';
import { Participant } from '../participant/participant.type';
import { seenAs } from '../participant/participant.view';
import { Session } from './session.type';

const byName = (a: { lastName: string; firstName: string }, b: { lastName: string; firstName: string }) =>
  a.lastName.localeCompare(b.lastName, 'nl') || a.firstName.localeCompare(b.firstName, 'nl');

@Resolver(() => Session)
export class SessionParticipants {
  /**
   * The roll call: the ENROLLED participants of the session's activity, by name. Coordinators and prison
   * staff see them in full, the organisation's partner staff with their detainee number, a facilitating
   * volunteer by display name only; anyone else gets FORBIDDEN. Batched per request: two statements
   * for any number of sessions.
   */
  @Directive('@requires(fields: "activity { id }")')
  @FieldResolver(() => [Participant], { nullable: true, description: 'Null while the participants service is unavailable.' })
  async expectedParticipants(@Root() session: Session, @Ctx() { caller, loaders }: Context) {
    const activityId = session.activity?.id;
    const activity = activityId ? await loaders.activityView.load(activityId) : null;
    if (!activity) return [];
    const view = participantViewThrough(caller, activity.prisonId, activity);
    if (!view) throw forbidden('Who is expected is for the people running the session and the coordinators of the prison.');
    const enrolled = (await loaders.enrolmentsOfActivity.load(activity.id)).filter((e) => e.status === 'ENROLLED');
    const participants = await loaders.participant.loadMany(enrolled.map((e) => e.participantId));
    return participants
      .filter((p): p is Exclude<typeof p, Error | null> => p !== null && !(p instanceof Error))
      .sort(byName)
      .map((p) => seenAs(p, view));
  }
}

/** The representation carries what @requires asked the gateway for. */
export const sessionReference = {
  Session: { __resolveReference: (reference: Session) => reference },
};
