import { CATEGORY_LABELS, DOMAIN_LABELS, labelOf } from '@cort/vocabulary';
import { eligibilityOf, languageName } from '../labels';
import { intlLocale, type DirectoryLanguage } from '../language';
import type { PublicActivity } from '../reads';
import { href, html, type Html } from './html';
import { SITE } from './layout';
import { messagesOf } from './messages';
import { sessionList, textIn } from './parts';

const isWebAddress = (value: string | null | undefined): value is string => !!value && /^https?:\/\/\S+$/.test(value);

const longDate = (day: string, language: DirectoryLanguage) =>
  new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

const fact = (term: string, definition: Html | string | null | undefined) =>
  definition
    ? html`<dt>${term}</dt>
        <dd>${definition}</dd>`
    : null;

/** One published activity (directory/Activity): what it is, for whom, where, who runs it, when it meets. */
export function activityPage(activity: PublicActivity, dutch: PublicActivity | null, language: DirectoryLanguage): Html {
  const m = messagesOf(language);
  const organisation = activity.organisation;
  const website = organisation?.contact?.website;
  const languages = activity.instructionLanguages.map((code) => languageName(code, language)).join(', ');
  const period =
    activity.startsOn && activity.endsOn ? `${longDate(activity.startsOn, language)} – ${longDate(activity.endsOn, language)}` : null;
  const enrolment = activity.screeningRequired === undefined ? null : activity.screeningRequired ? m.withScreening : m.withoutScreening;
  const prisonCalendar = href(`${SITE}/ical/prisons/${activity.prison.id}.ics`, { lang: language });
  return html`<p class="back"><a href="${href(`${SITE}/`, { lang: language })}">${m.back}</a></p>
    <article class="activity-page">
      <h1>${textIn(language, activity.title, dutch?.title)}</h1>
      ${activity.summary ? html`<p class="summary">${textIn(language, activity.summary, dutch?.summary)}</p>` : null}
      <dl class="facts">
        ${fact(m.category, labelOf(CATEGORY_LABELS, activity.category, language))}
        ${fact(m.domain, labelOf(DOMAIN_LABELS, activity.domain, language))} ${fact(m.forWhom, eligibilityOf(activity.audience, language))}
        ${fact(m.instructionLanguages, languages)}
        ${fact(m.prison, html`${activity.prison.name} (<a href="${prisonCalendar}" type="text/calendar">${m.prisonCalendar(activity.prison.name)}</a>)`)}
        ${fact(m.organisation, organisation?.name)}
        ${fact(m.website, isWebAddress(website) ? html`<a href="${website}">${website}</a>` : null)}
        ${fact(m.places, activity.capacity === undefined ? null : String(activity.capacity))} ${fact(m.enrolment, enrolment)}
        ${fact(m.period, period)}
      </dl>
      ${
        activity.objectives?.length
          ? html`<h2>${m.objectives}</h2>
              <ul class="objectives">
                ${activity.objectives.map((objective) => html`<li>${objective}</li>`)}
              </ul>`
          : null
      }
      <h2>${m.nextSessions}</h2>
      ${sessionList(language, activity.upcomingSessions)}
      <p class="calendar">
        <a href="${href(`${SITE}/ical/activities/${activity.id}.ics`, { lang: language })}" type="text/calendar">${m.calendar}</a>
      </p>
    </article>`;
}
