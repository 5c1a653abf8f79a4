import { BELGIAN_TIME_ZONE } from '@cort/common';
import { WEEKDAY_CODES, brusselsTime, type WeekdayCode } from './brussels-time';
import { intlLocale, type DirectoryLanguage } from './language';
import type { SessionTimes, WeeklyRule } from './weekly-rule';

const EVERY: Record<DirectoryLanguage, string> = { nl: 'Elke', fr: 'Chaque', en: 'Every' };
const LOCAL_TIME: Record<DirectoryLanguage, string> = { nl: 'Belgische tijd', fr: 'heure belge', en: 'Belgian time' };

/** A weekday's name in the language ("dinsdag", "mardi", "Tuesday"); 1 January 2024 was a Monday. */
export function weekdayName(code: WeekdayCode, language: DirectoryLanguage): string {
  const day = new Date(Date.UTC(2024, 0, 1 + WEEKDAY_CODES.indexOf(code)));
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', timeZone: 'UTC' }).format(day);
}

/** "Elke dinsdag en donderdag, 09:00–11:00 (Belgische tijd)". */
export function ruleInWords(rule: WeeklyRule, language: DirectoryLanguage): string {
  const days = new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(
    rule.weekdays.map((code) => weekdayName(code, language)),
  );
  return `${EVERY[language]} ${days}, ${rule.startTime}–${rule.endTime} (${LOCAL_TIME[language]})`;
}

/** "dinsdag 3 maart 2026, 09:00–11:00", in Belgian time. */
export function sessionInWords(session: SessionTimes, language: DirectoryLanguage): string {
  const day = new Intl.DateTimeFormat(intlLocale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: BELGIAN_TIME_ZONE,
  }).format(new Date(session.startsAt));
  return `${day}, ${brusselsTime(session.startsAt).time}–${brusselsTime(session.endsAt).time}`;
}
