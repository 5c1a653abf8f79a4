import { directoryIds } from '../ids';
import { eligibilityOf, languageName } from '../labels';
import type { DirectoryLanguage } from '../language';
import type { PublicActivity } from '../reads';
import type { PublicLinks } from '../links';
import { hsdsLocation } from './location';
import { hsdsOrganizationOf } from './organization';
import { schedulesOf } from './schedules';
import { attributesOf } from './taxonomy';

export interface HsdsContext {
  language: DirectoryLanguage;
  /** Absolute links to the site's pages and calendars, when the directory's public address is configured. */
  links?: PublicLinks;
}

const APPLICATION: Record<DirectoryLanguage, Record<'screening' | 'direct', string>> = {
  nl: { screening: 'Inschrijven met screening: elke aanvraag wordt eerst beoordeeld.', direct: 'Inschrijven zonder screening.' },
  fr: { screening: "Inscription avec screening : chaque demande est d'abord évaluée.", direct: 'Inscription sans screening.' },
  en: { screening: 'Enrolment with screening: each request is assessed first.', direct: 'Enrolment without screening.' },
};

/**
 * A published activity as an HSDS service, in one language: its one-to-one fields and its organisation
 * (what /services lists). Only what the public offer says: nothing about participants or facilitators.
 */
export function hsdsServiceSummary(activity: PublicActivity, { language, links }: HsdsContext) {
  return {
    id: activity.id,
    ...(activity.organisation ? { organization_id: activity.organisation.id } : {}),
    name: activity.title,
    ...(activity.summary ? { description: activity.summary } : {}),
    ...(links ? { url: links.activityPage(activity.id, language) } : {}),
    status: 'active',
    ...(activity.screeningRequired !== undefined
      ? { application_process: APPLICATION[language][activity.screeningRequired ? 'screening' : 'direct'] }
      : {}),
    eligibility_description: eligibilityOf(activity.audience, language),
    ...(activity.organisation ? { organization: hsdsOrganizationOf(activity.organisation, language) } : {}),
  };
}

/** The fully nested service (/services/{id}, `full=true`): schedules, languages, its prison, its classification. */
export function hsdsService(activity: PublicActivity, context: HsdsContext) {
  const { language, links } = context;
  const schedules = schedulesOf(activity, language).map((schedule) => ({
    ...schedule,
    ...(links ? { schedule_link: links.activityCalendar(activity.id, language) } : {}),
  }));
  return {
    ...hsdsServiceSummary(activity, context),
    schedules,
    service_at_locations: [hsdsServiceAtLocationOf(activity, language)],
    languages: activity.instructionLanguages.map((code) => ({
      id: directoryIds.language(activity.id, code),
      service_id: activity.id,
      name: languageName(code, language),
      code,
    })),
    attributes: attributesOf(activity, language),
  };
}

/** Where the service is given: its prison. One per activity (an activity is given in one prison). */
export function hsdsServiceAtLocationOf(activity: PublicActivity, language: DirectoryLanguage) {
  const location = hsdsLocation(activity.prison, language);
  return { id: directoryIds.serviceAtLocation(activity.id), service_id: activity.id, location_id: location.id, location };
}
