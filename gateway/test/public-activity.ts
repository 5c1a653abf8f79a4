import { belgianInstant } from '@cort/common';
import type { CalendarActivity, PublicActivity } from '../src/directory/reads';

/** A session on a Belgian day at Belgian wall-clock times, as the graph answers it (UTC instants). */
export const sessionOn = (day: string, start: string, end: string, status?: 'SCHEDULED' | 'CANCELLED') => ({
  startsAt: belgianInstant(day, start)!.toISOString(),
  endsAt: belgianInstant(day, end)!.toISOString(),
  ...(status ? { status } : {}),
});

/** A published activity as directory/Activity answers it, weekly on Tuesdays unless told otherwise. */
export function publicActivity(overrides: Partial<PublicActivity> = {}): PublicActivity {
  return {
    id: '6f1d0c1e-8e4a-4d5b-9a57-1b2f3c4d5e6f',
    title: 'Atelier dessin et peinture',
    summary: 'Wekelijks atelier met een kunstenaar.',
    category: 'SOCIOCULTURAL',
    domain: 'CULTURE',
    audience: { genders: ['MALE', 'FEMALE'], legalStatuses: ['SUSPECT', 'CONVICTED'] },
    instructionLanguages: ['nl', 'fr'],
    prison: { id: 'HAREN', name: 'Prison de Haren', region: 'BRUSSELS' },
    organisation: {
      id: '0a000000-0000-4000-8000-000000000004',
      name: 'Cultuurhuis Achter de Muren',
      kind: 'PARTNER',
      contact: { website: 'https://example.org/cultuurhuis' },
    },
    upcomingSessions: ['2026-01-13', '2026-01-20', '2026-01-27'].map((day) => sessionOn(day, '09:00', '11:00')),
    objectives: ['Tekenen'],
    capacity: 10,
    screeningRequired: false,
    startsOn: '2026-01-06',
    endsOn: '2026-03-31',
    ...overrides,
  };
}

/** A session of a calendar: with its id and status, as directory/ActivityCalendar answers it. */
export const calendarSessionOn = (
  id: string,
  day: string,
  start: string,
  end: string,
  status: 'SCHEDULED' | 'HELD' | 'CANCELLED' = 'SCHEDULED',
) => ({
  id,
  ...sessionOn(day, start, end),
  status,
});

/** A published activity as directory/ActivityCalendar answers it, weekly on Tuesdays unless told otherwise. */
export function calendarActivity(overrides: Partial<CalendarActivity> = {}): CalendarActivity {
  const { id, title, summary, category, domain, organisation } = publicActivity();
  return {
    id,
    title,
    summary,
    category,
    domain,
    organisation,
    prison: { id: 'HAREN', name: 'Prison de Haren' },
    comingSessions: ['2026-01-13', '2026-01-20', '2026-01-27'].map((day, n) => calendarSessionOn(`s-${n + 1}`, day, '09:00', '11:00')),
    ...overrides,
  };
}
