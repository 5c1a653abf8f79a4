import { ORGANISATION_KIND_LABELS } from '@cort/vocabulary';
import type { DirectoryLanguage } from '../language';
import type { PublicActivity } from '../reads';

type PublicOrganisation = NonNullable<PublicActivity['organisation']>;

/** HSDS wants a description; the graph has none yet, so it is the kind, or that it is a partner. */
const PARTNER: Record<DirectoryLanguage, string> = {
  nl: 'Partnerorganisatie die activiteiten in de gevangenis aanbiedt.',
  fr: 'Organisation partenaire qui propose des activités en prison.',
  en: 'Partner organisation offering activities in prison.',
};

const isWebAddress = (value: string | null | undefined): value is string => !!value && /^https?:\/\/\S+$/.test(value);

/** An organisation as HSDS organization, its one-to-one fields. */
export function hsdsOrganizationOf(organisation: PublicOrganisation, language: DirectoryLanguage) {
  const kind = organisation.kind ? ORGANISATION_KIND_LABELS[organisation.kind as keyof typeof ORGANISATION_KIND_LABELS] : undefined;
  const website = organisation.contact?.website;
  return {
    id: organisation.id,
    name: organisation.name,
    description: kind ? `${kind[language]}.` : PARTNER[language],
    ...(isWebAddress(website) ? { website } : {}),
  };
}

/**
 * The organisations of the published offer, by name, each with its activities: only organisations that
 * run a published activity are in the directory (the others are nobody's business here). What one
 * answer knows more of an organisation (its kind, its website) is kept.
 */
export function organisationsOf(
  activities: readonly PublicActivity[],
): { organisation: PublicOrganisation; activities: PublicActivity[] }[] {
  const byId = new Map<string, { organisation: PublicOrganisation; activities: PublicActivity[] }>();
  for (const activity of activities) {
    if (!activity.organisation) continue;
    const known = byId.get(activity.organisation.id);
    if (known) {
      known.organisation = { ...known.organisation, ...definedOnly(activity.organisation) };
      known.activities.push(activity);
    } else byId.set(activity.organisation.id, { organisation: activity.organisation, activities: [activity] });
  }
  return [...byId.values()].sort(
    (a, b) => a.organisation.name.localeCompare(b.organisation.name) || a.organisation.id.localeCompare(b.organisation.id),
  );
}

const definedOnly = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== null)) as Partial<T>;
