import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { BELGIAN_TIME_ZONE } from '@cort/common';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { DirectoryLanguage } from '../language';

/** One session of an activity as a calendar event. */
export interface CalendarEvent {
  /** Stable for the session's whole life, so that its cancellation replaces it in the subscriber's calendar. */
  uid: string;
  startsAt: string;
  endsAt: string;
  title: string;
  description?: string;
  location: string;
  categories: string[];
  cancelled: boolean;
  url?: string;
}

export interface CalendarContent {
  name: string;
  description: string;
  language: DirectoryLanguage;
  events: CalendarEvent[];
  /** When the calendar is made; DTSTAMP is its day, so that the file (and its ETag) changes once a day at most. */
  now: Date;
}

/** A UTC instant as the Belgian wall-clock time of that moment (ical-generator writes it with TZID=Europe/Brussels). */
const inBelgium = (instant: string) => DateTime.fromISO(instant, { zone: 'utc' }).setZone(BELGIAN_TIME_ZONE);

/**
 * An RFC 5545 calendar: the Europe/Brussels VTIMEZONE and every time in it, one VEVENT per session. A
 * cancelled session is STATUS:CANCELLED with the same UID and a higher SEQUENCE, which is how calendar
 * clients learn that an event they hold will not take place.
 */
export function calendarText({ name, description, language, events, now }: CalendarContent): string {
  const calendar = ical({
    name,
    description,
    prodId: { company: 'CORT', product: 'directory', language: language.toUpperCase() },
    // No calendar-wide zone (ical-generator would then write DTSTAMP as a floating local time, where
    // RFC 5545 wants UTC); the generator writes the VTIMEZONE of the zone the events name.
    timezone: { name: '', generator: getVtimezoneComponent },
    x: [['X-WR-TIMEZONE', BELGIAN_TIME_ZONE]],
  });
  const stamp = DateTime.fromJSDate(now, { zone: 'utc' }).startOf('day');
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.cancelled ? 1 : 0,
      stamp,
      start: inBelgium(event.startsAt),
      end: inBelgium(event.endsAt),
      timezone: BELGIAN_TIME_ZONE,
      summary: event.title,
      description: event.description,
      location: event.location,
      categories: event.categories.map((category) => ({ name: category })),
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(event.url ? { url: event.url } : {}),
    });
  }
  return calendar.toString();
}
