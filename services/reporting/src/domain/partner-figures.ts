/**
 * The rules of the annual report's partner figures and action plans' progress, on reporting's own
 * projections of the organisations feed. Calendar days are UTC midnights (as `@db.Date` columns give them).
 */

const firstDay = (year: number) => new Date(Date.UTC(year, 0, 1));
const lastDay = (year: number) => new Date(Date.UTC(year, 11, 31));

/** Whether an agreement holds in the prison: it names the prison, or names none and its organisation serves it. */
export const agreementCovers = (agreement: { prisonIds: readonly string[] }, prisonId: string, organisationPrisonIds: readonly string[]) =>
  agreement.prisonIds.length ? agreement.prisonIds.includes(prisonId) : organisationPrisonIds.includes(prisonId);

/** Whether a validity (until included; none: open-ended) holds on at least one day of the year. */
export const validInYear = (validity: { validFrom: Date; validUntil: Date | null }, year: number) =>
  validity.validFrom <= lastDay(year) && (validity.validUntil === null || validity.validUntil >= firstDay(year));

/**
 * Whether a person was ACTIVE on at least one day of the year, from their statuses (each holds from its
 * day until the next one's). Before their first known status they are not counted.
 */
export function activeInYear(history: readonly { since: Date; status: string }[], year: number): boolean {
  const ordered = [...history].sort((a, b) => a.since.getTime() - b.since.getTime());
  return ordered.some((entry, i) => {
    if (entry.status !== 'ACTIVE') return false;
    const next = ordered[i + 1];
    // Active until the day before the next status: that day must fall in the year or after it.
    return entry.since <= lastDay(year) && (!next || next.since > firstDay(year));
  });
}

/** A held session's hours for each facilitator: its length, to the nearest quarter of an hour (how hours are kept). */
export const sessionHours = (session: { startsAt: Date; endsAt: Date }) =>
  Math.max(0, Math.round(((session.endsAt.getTime() - session.startsAt.getTime()) / 3_600_000) * 4) / 4);

/** A sum of hours, rounded to the quarter hour they are kept in (no float noise). */
export const quarterHours = (hours: readonly number[]) => Math.round(hours.reduce((sum, h) => sum + h, 0) * 4) / 4;
