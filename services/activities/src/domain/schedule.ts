import { BELGIAN_TIME_ZONE, belgianDate, belgianDay, calendarDate, isoWeekday, nextCalendarDate } from '@cort/common';
import { DateTime } from 'luxon';

// Prisons keep Belgian time: dates and weekly rules are read in that zone, whatever the server's.

export interface PlannedSession {
  startsAt: Date;
  endsAt: Date;
  locationId: string;
}

export interface BookedSession extends PlannedSession {
  id: string;
}

export interface Period {
  startsOn: Date; // a calendar date (UTC midnight, as Prisma returns @db.Date)
  endsOn: Date;
}

export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';
const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export interface WeeklyRule {
  weekdays: Weekday[];
  startTime: string; // HH:mm, prison time
  endTime: string;
  from: Date;
  to: Date;
  locationId: string;
}

/** Why a session cannot be planned as given, or null. */
export function sessionProblem(session: PlannedSession, period: Period): string | null {
  if (!(session.endsAt.getTime() > session.startsAt.getTime())) return 'A session must end after it starts.';
  const first = calendarDate(period.startsOn);
  const last = calendarDate(period.endsOn);
  if (belgianDate(session.startsAt) < first || belgianDate(session.endsAt) > last) {
    return `Sessions must fall inside the activity's period (${first} to ${last}).`;
  }
  return null;
}

const overlaps = (a: PlannedSession, b: PlannedSession) => a.locationId === b.locationId && a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/**
 * Pairs of sessions that would share a room at the same time: among the new ones, and between a new one
 * and one already booked (cancelled sessions do not hold the room, so callers leave them out).
 */
export function findDoubleBookings(
  planned: PlannedSession[],
  booked: BookedSession[],
): { planned: PlannedSession; clashesWith: PlannedSession | BookedSession }[] {
  const clashes: { planned: PlannedSession; clashesWith: PlannedSession | BookedSession }[] = [];
  planned.forEach((session, index) => {
    const other = planned.slice(0, index).find((earlier) => overlaps(earlier, session)) ?? booked.find((b) => overlaps(b, session));
    if (other) clashes.push({ planned: session, clashesWith: other });
  });
  return clashes;
}

function timeOfDay(value: string, field: string): { hour: number; minute: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new RangeError(`${field} must be a time as HH:mm.`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/**
 * A wall-clock time of a Belgian day as an instant, placed as weekly rules always have been: in the spring
 * DST gap it moves forward by the gap, in the repeated autumn hour it is the first one. @cort/common's
 * belgianInstant answers null for the first and the second hour for the other, so this keeps luxon.
 */
const wallClock = (day: string, time: { hour: number; minute: number }) =>
  DateTime.fromISO(day, { zone: BELGIAN_TIME_ZONE }).set(time).toJSDate();

/** Every occurrence of a weekly rule between two dates (both included), in prison time. */
export function expandWeeklyRule(rule: WeeklyRule): PlannedSession[] {
  const start = timeOfDay(rule.startTime, 'startTime');
  const end = timeOfDay(rule.endTime, 'endTime');
  const days = new Set(rule.weekdays.map((day) => WEEKDAYS.indexOf(day) + 1));
  const sessions: PlannedSession[] = [];
  const last = calendarDate(rule.to);
  for (let day = calendarDate(rule.from); day <= last; day = nextCalendarDate(day)) {
    if (days.has(isoWeekday(day))) {
      sessions.push({ startsAt: wallClock(day, start), endsAt: wallClock(day, end), locationId: rule.locationId });
    }
  }
  return sessions;
}

/** The prison day around an instant, as [start, end) instants: "today" for the mobile app. */
export const prisonDay = (instant: Date): { from: Date; to: Date } => belgianDay(belgianDate(instant));

/** The Belgian calendar dates sessions fall on, once each and in order: what a facilitator's clearance must cover. */
export const sessionDates = (sessions: { startsAt: Date }[]) => [...new Set(sessions.map((s) => belgianDate(s.startsAt)))].sort();
