import { belgianDate } from '@cort/common';

// Sessions at risk: when a facilitator's prison access permit lapses or is withdrawn, the sessions they
// facilitate after that day are listed for the coordinator to replace them; nothing is unplanned by itself.

export type FacilitatorRisk = 'NO_PRISON_ACCESS' | 'UNKNOWN_PERSON';

export interface PlannedSessionOf {
  id: string;
  startsAt: Date;
  facilitatorIds: readonly string[];
}

/**
 * What the organisations service answered per person: the asked days (YYYY-MM-DD) on which they hold no
 * permit for the prison, or null when it knows no such person (any more).
 */
export type AccessGaps = ReadonlyMap<string, readonly string[] | null>;

export interface FacilitatorAtRisk {
  personId: string;
  reason: FacilitatorRisk;
  /** The first of the planned days they cannot facilitate on; null for an unknown person. */
  from: string | null;
}

/** The sessions some facilitator of which cannot come on the day, in the order given, each with those facilitators. */
export function sessionsAtRisk<S extends PlannedSessionOf>(sessions: readonly S[], gaps: AccessGaps) {
  const from = (personId: string) => [...(gaps.get(personId) ?? [])].sort()[0] ?? null;
  return sessions
    .map((session) => {
      const day = belgianDate(session.startsAt);
      const facilitators: FacilitatorAtRisk[] = [...new Set(session.facilitatorIds)].flatMap((personId): FacilitatorAtRisk[] => {
        const days = gaps.get(personId);
        if (days === null) return [{ personId, reason: 'UNKNOWN_PERSON', from: null }];
        return days?.includes(day) ? [{ personId, reason: 'NO_PRISON_ACCESS', from: from(personId) }] : [];
      });
      return { session, facilitators };
    })
    .filter((atRisk) => atRisk.facilitators.length > 0);
}
