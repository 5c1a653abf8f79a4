import { createHash } from 'node:crypto';

/**
 * Open Referral wants a UUID for every object, and wants it stable: a directory that imported a location
 * yesterday must recognise it today. Activities and organisations already have UUIDs; everything the
 * feeds derive (a prison as a location, a schedule, a language row) gets a name-based UUID (RFC 9562
 * version 5), the same for the same name forever, without storing anything.
 */
export function uuidV5(namespace: string, name: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** uuidV5(URL namespace, "urn:cort:directory"): the namespace of every derived id. Never change it. */
export const DIRECTORY_NAMESPACE = 'f4adb910-122b-5263-a266-652315e70049';

const derived = (...parts: string[]) => uuidV5(DIRECTORY_NAMESPACE, parts.join(':'));

export const directoryIds = {
  /** A prison (by its code) as an HSDS location. */
  location: (prisonId: string) => derived('prison', prisonId.toUpperCase()),
  /** An activity at its prison: one per activity, as an activity is given in one prison. */
  serviceAtLocation: (activityId: string) => derived('service-at-location', activityId),
  /** A schedule of an activity: its weekly rule, or one dated session (by its start instant). */
  schedule: (activityId: string, key: string) => derived('schedule', activityId, key),
  language: (activityId: string, code: string) => derived('language', activityId, code),
  taxonomy: (name: string) => derived('taxonomy', name),
  taxonomyTerm: (taxonomy: string, code: string) => derived('taxonomy-term', taxonomy, code),
  attribute: (activityId: string, termId: string) => derived('attribute', activityId, termId),
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);
