import express, { type Router } from 'express';
import { publicHandler, type DirectorySetup } from '../handler';
import type { DirectoryLanguage } from '../language';
import { notFound, sendFailure } from '../public-response';
import { DirectoryFailure, type CalendarActivity, type DirectoryReads, type PublicActivity } from '../reads';
import { calendarText } from './calendar';
import { eventsOf } from './events';

const ICS = 'text/calendar; charset=utf-8';

const CALENDAR_OF: Record<DirectoryLanguage, (what: string) => string> = {
  nl: (what) => `Aanbod in de gevangenis: ${what}`,
  fr: (what) => `Offre en prison : ${what}`,
  en: (what) => `Offer in prison: ${what}`,
};

/** The calendars of the activities of an offer, each through directory/ActivityCalendar (each answer cached on its own). */
async function calendarsOf(reads: DirectoryReads, offer: PublicActivity[], language: DirectoryLanguage) {
  const calendars = await Promise.all(offer.map((activity) => reads.calendar(activity.id, language)));
  return calendars.filter((calendar): calendar is CalendarActivity => calendar !== null);
}

/**
 * /directory/ical: one activity's calendar (`activities/{id}.ics`) and a prison's (`prisons/{code}.ics`),
 * the coming sessions of published activities only, in `?lang=`.
 */
export function icalRoutes(setup: DirectorySetup): Router {
  const router = express.Router();
  router.get(
    '/activities/:file',
    publicHandler(setup, async (req, reads, language) => {
      const id = /^(.+)\.ics$/.exec(req.params.file as string)?.[1];
      const activity = id ? await reads.calendar(id, language) : null;
      if (!activity) throw notFound('This activity');
      const now = new Date();
      const body = calendarText({
        name: activity.title,
        description: CALENDAR_OF[language](activity.prison.name),
        language,
        now,
        events: eventsOf(activity, language, now, setup.links),
      });
      return { body, type: ICS };
    }),
  );
  router.get(
    '/prisons/:file',
    publicHandler(setup, async (req, reads, language) => {
      const code = /^([A-Za-z0-9_-]+)\.ics$/.exec(req.params.file as string)?.[1]?.toUpperCase();
      const prison = code ? (await reads.prisons(language)).find((candidate) => candidate.id === code) : undefined;
      if (!prison) throw notFound('This prison');
      const now = new Date();
      const activities = await calendarsOf(reads, await reads.offer(language, { prisonId: prison.id }), language);
      const events = activities.flatMap((activity) => eventsOf(activity, language, now, setup.links));
      events.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.uid.localeCompare(b.uid));
      return {
        body: calendarText({ name: prison.name, description: CALENDAR_OF[language](prison.name), language, now, events }),
        type: ICS,
      };
    }),
  );
  // Nothing else here: a JSON NOT_FOUND, as every answer of the feeds.
  router.use((_req, res) =>
    sendFailure(res, new DirectoryFailure(404, 'NOT_FOUND', 'No such calendar: activities/{id}.ics or prisons/{code}.ics.')),
  );
  return router;
}
