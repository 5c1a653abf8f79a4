// Who asked for an enrolment and when: the request's own facts, beside eligibility and placement.

/** Who may ask for an enrolment: the participant or a service on their behalf (the API's EnrolmentRequester). */
export const REQUESTERS = [
  'SELF',
  'PSYCHOSOCIAL_SERVICE',
  'JUSTICE_WELFARE_SERVICE',
  'PRISON_STAFF',
  'PARTNER_ORGANISATION',
  'OTHER',
] as const;
export type Requester = (typeof REQUESTERS)[number];

/** How far back a request may be dated: a paper request found in a drawer after a year is a new request. */
export const MAX_REQUEST_AGE_DAYS = 366;

const DAY_MS = 86_400_000;

/**
 * The day the request was made (calendar days, YYYY-MM-DD): today when not given; never after today (a
 * request not yet made), nor over a year ago. Returns the day, or why it is refused.
 */
export function requestDay(given: string | null | undefined, today: string): { day: string } | { refusal: string } {
  if (!given) return { day: today };
  if (given > today) return { refusal: `A request cannot be dated after today (${today}).` };
  const ageDays = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${given}T00:00:00Z`)) / DAY_MS;
  if (ageDays > MAX_REQUEST_AGE_DAYS) return { refusal: `A request is dated at most ${MAX_REQUEST_AGE_DAYS} days back.` };
  return { day: given };
}

/**
 * The note kept with a request. Clients that still send the free-text `requestedBy` (deprecated) keep
 * it: it is added to the note, as the migration did for the requests made before the code existed.
 */
export function requestNote(note: string | null | undefined, requestedBy: string | null | undefined): string | null {
  const text = note?.trim() || null;
  const by = requestedBy?.trim();
  if (!by) return text;
  return text ? `${text}\nRequested by: ${by}` : `Requested by: ${by}`;
}
