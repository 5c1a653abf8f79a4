import { parseCalendar } from '../../../test/parse-ical';
import { calendarActivity, calendarSessionOn } from '../../../test/public-activity';
import { publicLinks } from '../links';
import { calendarText } from './calendar';
import { eventsOf, sessionUid } from './events';

const NOW = new Date('2026-01-01T10:00:00Z');

const calendarOf = (activity = calendarActivity(), language: 'nl' | 'fr' | 'en' = 'fr') =>
  calendarText({
    name: activity.title,
    description: 'Offre en prison : Prison de Haren',
    language,
    now: NOW,
    events: eventsOf(activity, language, NOW),
  });

describe('an activity’s calendar', () => {
  it('is RFC 5545 with the Europe/Brussels VTIMEZONE, every time local to it, as an independent parser reads it', () => {
    const summer = calendarActivity({
      comingSessions: [calendarSessionOn('s-1', '2026-01-13', '09:00', '11:00'), calendarSessionOn('s-2', '2026-07-14', '09:00', '11:00')],
    });
    const text = calendarOf(summer);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20260113T090000');
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20260714T090000');
    const parsed = parseCalendar(text);
    expect(parsed.version).toBe('2.0');
    expect(parsed.timezones).toEqual(['Europe/Brussels']);
    expect(parsed.events.map((event) => [event.startsAt, event.endsAt, event.startZone])).toEqual(
      summer.comingSessions.map((session) => [session.startsAt, session.endsAt, 'Europe/Brussels']),
    );
    // DTSTAMP is UTC, as RFC 5545 wants it, and the same all day (so is the file's ETag).
    expect(parsed.stamps).toEqual([1, 2].map(() => ({ at: '2026-01-01T00:00:00.000Z', utc: true })));
  });

  it('has one event per coming session, titled in the asked language, at the prison', () => {
    const parsed = parseCalendar(calendarOf());
    expect(parsed.events).toHaveLength(3);
    expect(parsed.events[0]).toMatchObject({
      summary: 'Atelier dessin et peinture',
      location: 'Prison de Haren',
      status: 'CONFIRMED',
      sequence: 0,
    });
    expect(new Set(parsed.events.map((event) => event.uid)).size).toBe(3);
  });

  it('keeps a cancelled session as STATUS:CANCELLED with the UID it had, and a higher SEQUENCE', () => {
    const before = parseCalendar(calendarOf());
    const sessions = calendarActivity().comingSessions.map((session, i) =>
      i === 1 ? { ...session, status: 'CANCELLED' as const } : session,
    );
    const after = parseCalendar(calendarOf(calendarActivity({ comingSessions: sessions })));
    expect(after.events.map((event) => event.uid)).toEqual(before.events.map((event) => event.uid));
    expect(after.events[1]).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect(after.events[0]).toMatchObject({ status: 'CONFIRMED', sequence: 0 });
  });

  it('leaves out sessions that are over; a session’s UID is its id, so a moved session stays one event', () => {
    const sessions = [calendarSessionOn('s-1', '2025-12-30', '09:00', '11:00'), calendarSessionOn('s-2', '2026-01-20', '09:00', '11:00')];
    const events = eventsOf(calendarActivity({ comingSessions: sessions }), 'nl', NOW);
    expect(events.map((event) => event.startsAt)).toEqual([sessions[1].startsAt]);
    expect(events[0].uid).toBe('session-s-2@directory.cort');
    const moved = eventsOf(calendarActivity({ comingSessions: [calendarSessionOn('s-2', '2026-01-22', '13:00', '15:00')] }), 'nl', NOW);
    expect(moved.map((event) => event.uid)).toEqual([sessionUid({ id: 's-2' })]);
  });

  it('links each event to the activity’s page when the directory’s address is known', () => {
    const [event] = eventsOf(calendarActivity(), 'en', NOW, publicLinks('https://aanbod.example.be/directory'));
    expect(event.url).toBe('https://aanbod.example.be/directory/activities/6f1d0c1e-8e4a-4d5b-9a57-1b2f3c4d5e6f?lang=en');
    expect(event.categories).toEqual(['Sociocultural', 'Culture']);
  });
});
