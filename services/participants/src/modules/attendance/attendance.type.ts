import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { SeenParticipant } from '../../policy';
import { AbsenceReason, AttendanceCode } from '../../shared/attendance-enums';
import { Participant } from '../participant/participant.type';
import { Session } from '../session/session.type';

@ObjectType({
  description:
    "A participant's attendance at one session: one per participant and session, replaced by a correction (every change is kept). Seen by the coordinators and prison staff of the prison and by the people running the session.",
})
export class AttendanceMark {
  @Field(() => Participant, { description: 'Who it is about, seen as much as the caller may.' })
  participant!: SeenParticipant;

  @Field(() => AttendanceCode, {
    description: 'Came, absent (excused or not), refused, a clash, not required, or the session was cancelled.',
  })
  code!: AttendanceCode;

  @Field(() => AbsenceReason, { nullable: true, description: 'Why an excused absence was excused; null for every other code.' })
  absenceReason!: AbsenceReason | null;

  @Field(() => String, { nullable: true, description: "The facilitator's or coordinator's note, if any." })
  note!: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was last recorded or corrected.' })
  recordedAt!: Date;

  participantId!: string;
}

@ObjectType({ description: 'One participant expected at a session, with their mark so far.' })
export class RollCallEntry {
  @Field(() => Participant, { description: 'The participant; volunteers see the display name only.' })
  participant!: SeenParticipant;

  @Field(() => Boolean, {
    description:
      'True when they are also expected at an overlapping session of another activity (a schedule clash): the app proposes CLASH.',
  })
  expectedElsewhere!: boolean;

  @Field(() => AttendanceMark, { nullable: true, description: 'The mark recorded so far; null before any.' })
  mark!: AttendanceMark | null;

  participantId!: string;
}

@InputType({ description: "One participant's mark in a roll call." })
export class AttendanceMarkInput {
  @Field(() => ID, { description: 'A participant expected at the session.' })
  participantId!: string;

  @Field(() => AttendanceCode, { description: 'The mark; SESSION_CANCELLED is written by the system only.' })
  code!: AttendanceCode;

  @Field(() => AbsenceReason, { nullable: true, description: 'Required for ABSENT_EXCUSED, refused for every other code.' })
  absenceReason?: AbsenceReason | null;

  @Field(() => String, {
    nullable: true,
    description: 'A note (under 1000 characters); required for a coordinator’s correction more than 7 days after.',
  })
  note?: string | null;
}

@InputType({ description: 'A roll call of one session: several marks at once, sent again safely with the same idempotencyKey.' })
export class RecordAttendanceInput {
  @Field(() => ID, { description: 'The session.' })
  sessionId!: string;

  @Field(() => String, {
    description:
      'Chosen by the app for this roll call (1 to 200 characters): the same key again changes nothing and returns the same marks.',
  })
  idempotencyKey!: string;

  @Field(() => [AttendanceMarkInput], { description: 'One mark per participant.' })
  marks!: AttendanceMarkInput[];
}

@ObjectType({ description: 'What recordAttendance returns: the session and the marks of the participants it named, as they now are.' })
export class RecordAttendancePayload {
  @Field(() => Session, { description: 'The session.' })
  session!: Session;

  @Field(() => [AttendanceMark], { description: 'The marks of the participants of the roll call, as recorded.' })
  marks!: AttendanceMark[];
}
