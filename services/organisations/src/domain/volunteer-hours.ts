import type { InputProblem } from '@cort/subgraph';

/** A day's hours: more than nothing, at most a day, in quarters of an hour. */
export function hoursProblems(input: { hours: number; note?: string | null }): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!(input.hours > 0 && input.hours <= 24) || !Number.isInteger(input.hours * 4)) {
    problems.push({ field: 'hours', message: 'Give the hours of one day: more than 0, at most 24, in quarters of an hour (1.25).' });
  }
  if ((input.note?.length ?? 0) > 500) problems.push({ field: 'note', message: 'A note has at most 500 characters.' });
  return problems;
}

/** The sum of hours, rounded to the quarter hour they are recorded in (no float noise such as 7.499999). */
export const totalHours = (rows: readonly { hours: number }[]) => Math.round(rows.reduce((sum, row) => sum + row.hours, 0) * 4) / 4;

/** A held session's hours for each facilitator: its length, to the nearest quarter of an hour (how hours are kept). */
export const sessionHours = (session: { startsAt: Date; endsAt: Date }) =>
  Math.max(0, Math.round(((session.endsAt.getTime() - session.startsAt.getTime()) / 3_600_000) * 4) / 4);

/** Hours by where they come from: sessions held that the person facilitated, and hours recorded by hand. */
export interface HoursBySource {
  facilitated: number;
  recorded: number;
  total: number;
}

export const hoursBySource = (
  facilitatedSessions: readonly { startsAt: Date; endsAt: Date }[],
  recorded: readonly { hours: number }[],
): HoursBySource => {
  const facilitated = totalHours(facilitatedSessions.map((session) => ({ hours: sessionHours(session) })));
  const recordedTotal = totalHours(recorded);
  return { facilitated, recorded: recordedTotal, total: facilitated + recordedTotal };
};
