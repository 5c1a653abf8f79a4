import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { recordAttendance } from './attendance.service';
import { AttendanceMark, RecordAttendanceInput, RecordAttendancePayload } from './attendance.type';

/** The roll call's mutation; the use case is attendance.service.ts, the reads are Session.rollCall. */
@Resolver(() => AttendanceMark)
export class AttendanceResolver {
  @Mutation(() => RecordAttendancePayload, {
    description:
      "Records a session's roll call, several marks at once, for the people running it: the same idempotencyKey again changes nothing; three unexcused absences or refusals in a row open a dropout follow-up.",
  })
  recordAttendance(
    @Arg('input', () => RecordAttendanceInput, { description: 'The session, the key and the marks.' }) input: RecordAttendanceInput,
    @Ctx() ctx: Context,
  ) {
    return recordAttendance(ctx, input);
  }
}
