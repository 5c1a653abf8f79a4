import type { Projection } from './report-events';

/**
 * The participant under whose own id a projection would write a row, for the kinds that must not be
 * projected once retention gave that participant a pseudonym (feeds/pseudonymised.ts): their target
 * group, a mark, an enrolment change, a follow-up opened. Null for the rest: removing a mark and closing
 * a follow-up only touch rows found under the id, and once pseudonymised there are none; the exit is the
 * record retention keeps under their id (the first one stands); the other kinds are about no participant.
 * Every kind is named, so a new one has to be decided here.
 */
export function participantOf(projection: Projection): string | null {
  switch (projection.kind) {
    case 'participant':
      return projection.participant.participantId;
    case 'mark':
      return projection.mark.participantId;
    case 'request':
    case 'requestEnded':
      return projection.request.participantId;
    case 'enrolment':
      return projection.enrolment.participantId;
    case 'followUpOpened':
      return projection.followUp.participantId;
    case 'unmark':
    case 'followUpClosed':
    case 'exit':
    case 'activity':
    case 'session':
    case 'feedback':
    case 'needs':
    case 'activityWishes':
    case 'evaluation':
    case 'organisation':
    case 'agreement':
    case 'person':
    case 'volunteerHours':
    case 'action':
      return null;
  }
}
