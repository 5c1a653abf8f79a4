import type { DirectoryLanguage } from './language';

/** Absolute addresses of the directory's own pages, for the feeds that must give URIs (HSDS `url`). */
export interface PublicLinks {
  activityPage(activityId: string, language: DirectoryLanguage): string;
  activityCalendar(activityId: string, language: DirectoryLanguage): string;
  openapi(): string;
}

/**
 * From the directory's public address (DIRECTORY_PUBLIC_URL, e.g. https://aanbod.example.be/directory),
 * never from the request's Host header: feeds are cached publicly, and a forged Host must not end up in
 * a cached answer. Without it the feeds leave their URL fields out.
 */
export function publicLinks(baseUrl: string | undefined): PublicLinks | undefined {
  if (!baseUrl) return undefined;
  const base = baseUrl.replace(/\/+$/, '');
  const at = (path: string, language?: DirectoryLanguage) => `${base}${path}${language ? `?lang=${language}` : ''}`;
  return {
    activityPage: (id, language) => at(`/activities/${encodeURIComponent(id)}`, language),
    activityCalendar: (id, language) => at(`/ical/activities/${encodeURIComponent(id)}.ics`, language),
    openapi: () => at('/hsds/openapi.json'),
  };
}

/** DIRECTORY_PUBLIC_URL, checked at start: an http(s) URL or nothing. */
export function directoryPublicUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const raw = env.DIRECTORY_PUBLIC_URL?.trim();
  if (!raw) return undefined;
  if (!/^https?:\/\/[^\s/]+/.test(raw))
    throw new Error('DIRECTORY_PUBLIC_URL must be an http(s) URL, e.g. https://aanbod.example.be/directory.');
  return raw;
}
