import { calendarDate } from '@cort/common';
import { recordEvents } from '@cort/events';
import { organisationsEvents } from '../../events';
import type { Prisma, VolunteerHours } from '../../generated/prisma/client';

/** Hours recorded by hand: who, for which organisation and prison, the day, how many, what for (never the note). */
export const volunteerHoursFacts = (h: VolunteerHours) => ({
  entryId: h.id,
  personId: h.personId,
  organisationId: h.organisationId,
  prisonId: h.prisonId,
  date: calendarDate(h.date),
  hours: h.hours,
  kind: h.kind,
});

export const recordVolunteerHoursEvent = (tx: Prisma.TransactionClient, entries: VolunteerHours[]) =>
  recordEvents(tx, organisationsEvents, 'VolunteerHoursRecorded', entries.map(volunteerHoursFacts));
