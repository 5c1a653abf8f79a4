import { brusselsTime } from '../brussels-time';
import { directoryIds } from '../ids';
import type { DirectoryLanguage } from '../language';
import type { PublicActivity, PublicSession } from '../reads';
import { ruleInWords, sessionInWords } from '../schedule-words';
import { weeklyRuleOf } from '../weekly-rule';

/** "+02:00" as HSDS's numeric `timezone` (a UTC offset in hours): 2. */
const offsetHours = (offset: string) => (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) + Number(offset.slice(4, 6)) / 60);

/** The activity's period, when the answer has it: how long this schedule information holds. */
const validity = (activity: PublicActivity) => ({
  ...(activity.startsOn ? { valid_from: activity.startsOn } : {}),
  ...(activity.endsOn ? { valid_to: activity.endsOn } : {}),
});

/**
 * An activity's coming sessions as HSDS schedules. Sessions that a weekly rule describes exactly are one
 * schedule with that rule (freq WEEKLY, byday, dtstart to until); any others are one schedule per
 * session (a one-time rule: count 1), so that an RRULE reader and a date reader both get them right.
 * Times are Belgian wall-clock times with the offset of that day (opens_at, closes_at, timezone).
 * Cancelled sessions are not a schedule: they do not take place.
 */
export function schedulesOf(activity: PublicActivity, language: DirectoryLanguage) {
  const sessions = activity.upcomingSessions.filter((session) => session.status !== 'CANCELLED');
  const rule = weeklyRuleOf(sessions);
  if (rule) {
    return [
      {
        id: directoryIds.schedule(activity.id, 'weekly'),
        service_id: activity.id,
        ...validity(activity),
        dtstart: rule.from,
        until: rule.until,
        timezone: offsetHours(rule.offset),
        wkst: 'MO',
        freq: 'WEEKLY',
        interval: 1,
        byday: rule.weekdays.join(','),
        opens_at: `${rule.startTime}${rule.offset}`,
        closes_at: `${rule.endTime}${rule.offset}`,
        description: ruleInWords(rule, language),
      },
    ];
  }
  return sessions.map((session) => sessionSchedule(activity.id, session, language));
}

function sessionSchedule(activityId: string, session: PublicSession, language: DirectoryLanguage) {
  const start = brusselsTime(session.startsAt);
  const end = brusselsTime(session.endsAt);
  return {
    id: directoryIds.schedule(activityId, new Date(session.startsAt).toISOString()),
    service_id: activityId,
    valid_from: start.date,
    valid_to: start.date,
    dtstart: start.date,
    count: 1,
    timezone: offsetHours(start.offset),
    freq: 'WEEKLY',
    byday: start.weekday,
    opens_at: `${start.time}${start.offset}`,
    closes_at: `${end.time}${end.offset}`,
    description: sessionInWords(session, language),
  };
}
