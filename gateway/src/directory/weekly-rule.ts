import { WEEKDAY_CODES, addDays, brusselsTime, daysBetween, type WeekdayCode } from './brussels-time';

export interface SessionTimes {
  startsAt: string;
  endsAt: string;
}

/** Sessions that a weekly rule describes exactly: these weekdays, this Belgian wall-clock time, every week. */
export interface WeeklyRule {
  weekdays: WeekdayCode[];
  /** HH:mm, Belgian time. */
  startTime: string;
  endTime: string;
  /** The first and last session's dates, YYYY-MM-DD. */
  from: string;
  until: string;
  /** The UTC offset on the first day (a rule across a DST change keeps its wall-clock time). */
  offset: string;
  count: number;
}

/**
 * The weekly rule the sessions follow, or null when they follow none: at least two sessions, all at the
 * same Belgian start and end time on the same day, and on every day of their weekdays from the first to
 * the last, none missing (a cancelled or skipped week breaks the rule; the sessions are then dates).
 */
export function weeklyRuleOf(sessions: readonly SessionTimes[]): WeeklyRule | null {
  if (sessions.length < 2) return null;
  const starts = sessions.map((session) => brusselsTime(session.startsAt));
  const ends = sessions.map((session) => brusselsTime(session.endsAt));
  const [first] = starts;
  const sameClock = starts.every((start, i) => start.time === first.time && ends[i].time === ends[0].time && ends[i].date === start.date);
  if (!sameClock || ends[0].time <= first.time) return null;

  const dates = [...new Set(starts.map((start) => start.date))].sort();
  if (dates.length !== sessions.length) return null;
  const weekdays = WEEKDAY_CODES.filter((code) => starts.some((start) => start.weekday === code));
  const from = dates[0];
  const until = dates[dates.length - 1];
  const expected: string[] = [];
  for (let day = 0; day <= daysBetween(from, until); day++) {
    const date = addDays(from, day);
    if (weekdays.includes(WEEKDAY_CODES[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7])) expected.push(date);
  }
  if (expected.length !== dates.length || expected.some((date, i) => date !== dates[i])) return null;
  return { weekdays, startTime: first.time, endTime: ends[0].time, from, until, offset: first.offset, count: dates.length };
}
