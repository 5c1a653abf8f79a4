import { belgianDate } from '@cort/common';
import { loadVisible } from '@cort/subgraph';
import type { Context } from '../../context';
import {
  ATTENDANCE_CODES,
  NO_MARKS,
  sessionFigures,
  totalFigures,
  type AttendanceCode,
  type MarkCounts,
  type MarkFigures,
} from '../../domain/attendance';
import { reportedStatus } from '../../domain/session-status';
import { attendanceScope } from '../../policy';
import type { CancellationReason } from '../../shared/enums';
import { findActivity, sessionMarks, type SessionMarksRow } from './activity-attendance.repository';
import type { ActivityAttendance, AttendanceCounts, SessionAttendance } from './activity-attendance.type';

const FIELD_OF: Record<AttendanceCode, keyof AttendanceCounts> = {
  PRESENT: 'present',
  ABSENT_EXCUSED: 'absentExcused',
  ABSENT_UNEXCUSED: 'absentUnexcused',
  REFUSED: 'refused',
  CLASH: 'clash',
  NOT_REQUIRED: 'notRequired',
  SESSION_CANCELLED: 'sessionCancelled',
};

const countsOf = (marks: MarkFigures['marks']): AttendanceCounts =>
  Object.fromEntries(ATTENDANCE_CODES.map((code) => [FIELD_OF[code], marks[code]])) as unknown as AttendanceCounts;

const isCode = (code: string | null): code is AttendanceCode => (ATTENDANCE_CODES as readonly (string | null)[]).includes(code);

/** The statement's rows folded into one entry per session, in their order, with its counts per code. */
function bySession(rows: SessionMarksRow[]) {
  const sessions = new Map<string, { row: SessionMarksRow; counts: MarkCounts }>();
  for (const row of rows) {
    const entry = sessions.get(row.id) ?? { row, counts: { ...NO_MARKS } };
    if (isCode(row.code)) entry.counts[row.code] += row.marks;
    sessions.set(row.id, entry);
  }
  return [...sessions.values()];
}

/**
 * An activity's attendance from reporting's projections, in two statements: the activity (its scope:
 * NOT_FOUND for a caller who may not read its figures) and its sessions' marks counted by code. Each
 * session's counts and rate are suppressed as domain/attendance.ts says, and so are the totals.
 */
export async function activityAttendance({ prisma, caller }: Context, activityId: string, now = new Date()): Promise<ActivityAttendance> {
  await loadVisible(caller, attendanceScope, activityId, (id) => findActivity(prisma, id));
  const sessions = bySession(await sessionMarks(prisma, activityId)).map(({ row, counts }) => ({
    row,
    counts,
    status: reportedStatus(row, now),
  }));
  const total = totalFigures(sessions.map((s) => s.counts));
  return {
    activity: { id: activityId },
    sessions: sessions.map(({ row, counts, status }): SessionAttendance => {
      const figures = sessionFigures(counts);
      return {
        session: { id: row.id },
        date: belgianDate(row.startsAt),
        startsAt: row.startsAt,
        status,
        cancellationReason: status === 'CANCELLED' ? ((row.cancellationReason ?? 'OTHER') as CancellationReason) : null,
        marks: countsOf(figures.marks),
        attendanceRate: figures.attendanceRate,
        suppressed: figures.suppressed,
      };
    }),
    total: {
      sessionsHeld: sessions.filter((s) => s.status === 'HELD').length,
      sessionsCancelled: sessions.filter((s) => s.status === 'CANCELLED').length,
      marks: countsOf(total.marks),
      attendanceRate: total.attendanceRate,
      suppressed: total.suppressed,
    },
  };
}
