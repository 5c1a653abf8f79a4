import { CATEGORY_LABELS, DOMAIN_LABELS, labelOf } from '@cort/vocabulary';
import type { DirectoryLanguage } from '../language';
import type { PublicLinks } from '../links';
import type { CalendarActivity } from '../reads';
import type { CalendarEvent } from './calendar';

/** The UID's domain part: names the directory, not a host (an address may change, a UID must not). */
const UID_DOMAIN = 'directory.cort';

/**
 * A session's UID: its id, which stays when the session is cancelled, restored or moved, so that a
 * subscribed calendar updates the one event instead of adding another.
 */
export const sessionUid = (session: { id: string }) => `session-${session.id}@${UID_DOMAIN}`;

/** An activity's coming sessions as events, titled in the asked language, cancelled ones marked so. */
export function eventsOf(activity: CalendarActivity, language: DirectoryLanguage, now: Date, links?: PublicLinks): CalendarEvent[] {
  const description = [activity.summary, activity.organisation?.name].filter(Boolean).join(' — ');
  return activity.comingSessions
    .filter((session) => new Date(session.endsAt) > now)
    .map((session) => ({
      uid: sessionUid(session),
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      title: activity.title,
      ...(description ? { description } : {}),
      location: activity.prison.name,
      categories: [labelOf(CATEGORY_LABELS, activity.category, language), labelOf(DOMAIN_LABELS, activity.domain, language)],
      cancelled: session.status === 'CANCELLED',
      ...(links ? { url: links.activityPage(activity.id, language) } : {}),
    }));
}
