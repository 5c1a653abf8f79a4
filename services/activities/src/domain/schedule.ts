import { DateTime } from 'luxon';

/** Prisons keep Belgian time: dates and weekly rules are read in this zone, whatever the server's. */
export const PRISON_TIME_ZONE = 'Europe/Brussels';

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

/** The calendar date of an instant in prison time, as YYYY-MM-DD. */
export const prisonDate = (instant: Date) => DateTime.fromJSDate(instant, { zone: PRISON_TIME_ZONE }).toISODate()!;
const calendarDate = (date: Date) => date.toISOString().slice(0, 10);

/** Why a session cannot be planned as given, or null. */
export function sessionProblem(session: PlannedSession, period: Period): string | null {
  if (!(session.endsAt.getTime() > session.startsAt.getTime())) return 'A session must end after it starts.';
  const first = calendarDate(period.startsOn);
  const last = calendarDate(period.endsOn);
  if (prisonDate(session.startsAt) < first || prisonDate(session.endsAt) > last) {
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

/** Every occurrence of a weekly rule between two dates (both included), in prison time. */
export function expandWeeklyRule(rule: WeeklyRule): PlannedSession[] {
  const start = timeOfDay(rule.startTime, 'startTime');
  const end = timeOfDay(rule.endTime, 'endTime');
  const days = new Set(rule.weekdays.map((day) => WEEKDAYS.indexOf(day) + 1));
  const sessions: PlannedSession[] = [];
  let day = DateTime.fromISO(calendarDate(rule.from), { zone: PRISON_TIME_ZONE });
  const last = DateTime.fromISO(calendarDate(rule.to), { zone: PRISON_TIME_ZONE });
  while (day <= last) {
    if (days.has(day.weekday)) {
      sessions.push({
        startsAt: day.set({ hour: start.hour, minute: start.minute }).toJSDate(),
        endsAt: day.set({ hour: end.hour, minute: end.minute }).toJSDate(),
        locationId: rule.locationId,
      });
    }
    day = day.plus({ days: 1 });
  }
  return sessions;
}

/** The prison day around an instant, as [start, end) instants: "today" for the mobile app. */
export function prisonDay(instant: Date): { from: Date; to: Date } {
  const start = DateTime.fromJSDate(instant, { zone: PRISON_TIME_ZONE }).startOf('day');
  return { from: start.toJSDate(), to: start.plus({ days: 1 }).toJSDate() };
}
