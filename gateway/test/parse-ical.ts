// @ts-expect-error TS1479: ical.js ships only ESM type declarations beside its CommonJS build (exports.require), which jest loads.
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  status: string | null;
  sequence: number;
  /** The instants, computed by the parser from the VTIMEZONE the file carries. */
  startsAt: string;
  endsAt: string;
  startZone: string;
  location: string | null;
}

/**
 * Reads an iCalendar file with Mozilla's ical.js, a parser independent of the library that wrote it:
 * the file's own VTIMEZONEs are registered first, so that local times become instants by them.
 */
export function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezones = calendar.getAllSubcomponents('vtimezone');
  for (const vtimezone of timezones) ICAL.TimezoneService.register(vtimezone);
  const events: ParsedEvent[] = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
      sequence: event.sequence,
      startsAt: event.startDate.toJSDate().toISOString(),
      endsAt: event.endDate.toJSDate().toISOString(),
      startZone: (event.startDate as { timezone?: string }).timezone || event.startDate.zone?.tzid,
      location: event.location ?? null,
    };
  });
  return {
    version: calendar.getFirstPropertyValue('version'),
    timezones: timezones.map((vtimezone) => vtimezone.getFirstPropertyValue('tzid') as string),
    events,
    /** Each DTSTAMP, and whether it is written in UTC (the parser's UTC zone). */
    stamps: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
      return { at: stamp.toJSDate().toISOString(), utc: stamp.zone === ICAL.Timezone.utcTimezone };
    }),
  };
}
