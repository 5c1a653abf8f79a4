import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CancellationReason, SessionStatus } from '../../shared/enums';
import { Activity, Session } from '../node/node.type';

@ObjectType({
  description: 'Attendance marks counted by code. Counts from 1 to 4 are null (suppressed), and so is a count that would give them back.',
})
export class AttendanceCounts {
  @Field(() => Int, { nullable: true, description: 'PRESENT: they came.' })
  present!: number | null;

  @Field(() => Int, { nullable: true, description: 'ABSENT_EXCUSED: absent with a reason (sick, court, a visit, …).' })
  absentExcused!: number | null;

  @Field(() => Int, { nullable: true, description: 'ABSENT_UNEXCUSED: absent without a reason.' })
  absentUnexcused!: number | null;

  @Field(() => Int, { nullable: true, description: 'REFUSED: they refused to come.' })
  refused!: number | null;

  @Field(() => Int, { nullable: true, description: 'CLASH: expected at another activity at the same time.' })
  clash!: number | null;

  @Field(() => Int, { nullable: true, description: 'NOT_REQUIRED: not expected after all; not in the attendance rate.' })
  notRequired!: number | null;

  @Field(() => Int, { nullable: true, description: 'SESSION_CANCELLED: the session was cancelled; not in the attendance rate.' })
  sessionCancelled!: number | null;
}

@ObjectType({ description: "One session of an activity with its attendance: the marks' latest state, counted by code." })
export class SessionAttendance {
  @Field(() => Session, { description: 'The session (its other fields come from the activities service).' })
  session!: Session;

  @Field(() => DateResolver, { description: 'The calendar day it starts on, in Belgian time.' })
  date!: string;

  @Field(() => DateTimeResolver, { description: 'When it starts, as an instant (UTC).' })
  startsAt!: Date;

  @Field(() => SessionStatus, { description: 'HELD once it is over (or its attendance confirmed it) and not cancelled.' })
  status!: SessionStatus;

  @Field(() => CancellationReason, { nullable: true, description: 'Why it was cancelled, as a code; null unless CANCELLED.' })
  cancellationReason!: CancellationReason | null;

  @Field(() => AttendanceCounts, { description: 'Its marks by code.' })
  marks!: AttendanceCounts;

  @Field(() => Float, {
    nullable: true,
    description:
      'PRESENT over the marks other than NOT_REQUIRED and SESSION_CANCELLED, from 0 to 1; null without such marks, or when a count it is computed from is suppressed.',
  })
  attendanceRate!: number | null;

  @Field(() => Boolean, { description: 'True when a count (and so perhaps the rate) was withheld.' })
  suppressed!: boolean;
}

@ObjectType({ description: "An activity's attendance over all its sessions." })
export class AttendanceTotal {
  @Field(() => Int, { description: 'Its sessions held: over (or confirmed by their attendance) and not cancelled.' })
  sessionsHeld!: number;

  @Field(() => Int, { description: 'Its sessions cancelled.' })
  sessionsCancelled!: number;

  @Field(() => AttendanceCounts, { description: 'The marks of all its sessions by code.' })
  marks!: AttendanceCounts;

  @Field(() => Float, {
    nullable: true,
    description:
      'PRESENT over the marks other than NOT_REQUIRED and SESSION_CANCELLED, from 0 to 1; null without such marks, or when a count it is computed from is suppressed.',
  })
  attendanceRate!: number | null;

  @Field(() => Boolean, { description: 'True when a count (and so perhaps the rate) was withheld.' })
  suppressed!: boolean;
}

@ObjectType({
  description:
    'Who came to the sessions of one activity, per session and in total, from the attendance marks; counts from 1 to 4 suppressed.',
})
export class ActivityAttendance {
  @Field(() => Activity, { description: 'The activity (its other fields come from the activities service).' })
  activity!: Activity;

  @Field(() => [SessionAttendance], { description: 'Every session of the activity, cancelled ones included, by start.' })
  sessions!: SessionAttendance[];

  @Field(() => AttendanceTotal, { description: 'The figures over all its sessions.' })
  total!: AttendanceTotal;
}
