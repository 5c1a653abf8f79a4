import { belgianDate } from '@cort/common';

// Sessions at risk: when a facilitator's prison access permit lapses or is withdrawn, or they are suspended
// or leave (inactive), the sessions they facilitate from that day on are listed for the coordinator to
// replace them; nothing is unplanned by itself.

export type FacilitatorRisk = 'NO_PRISON_ACCESS' | 'PERSON_SUSPENDED' | 'PERSON_INACTIVE' | 'UNKNOWN_PERSON';

export type PersonStatus = 'ACTIVE' | 'INACTIVE' | 'SUSPENDED';

export interface PlannedSessionOf {
  id: string;
  startsAt: Date;
  facilitatorIds: readonly string[];
}

/** What the organisations service answered about one person. */
export interface FacilitatorStanding {
  /** The asked days (YYYY-MM-DD) on which they hold no permit for the prison. */
  daysWithoutAccess: readonly string[];
  /** Their status now, and the day (YYYY-MM-DD) it took effect; null while active from the start. */
  status: PersonStatus;
  statusSince: string | null;
}

/** Per person what the organisations service answered, or null when it knows no such person (any more). */
export type FacilitatorStandings = ReadonlyMap<string, FacilitatorStanding | null>;

export interface FacilitatorAtRisk {
  personId: string;
  reason: FacilitatorRisk;
  /** The day the status took effect, or the first of the planned days without a permit; null for an unknown person. */
  from: string | null;
}

const STATUS_RISK: Record<Exclude<PersonStatus, 'ACTIVE'>, FacilitatorRisk> = {
  SUSPENDED: 'PERSON_SUSPENDED',
  INACTIVE: 'PERSON_INACTIVE',
};

/**
 * Why the person cannot facilitate on the day, if they cannot. A suspension or departure weighs more than a
 * missing permit: replacing the person is then the only way, whatever their clearances.
 */
function riskOn(day: string, personId: string, standing: FacilitatorStanding | null | undefined): FacilitatorAtRisk | null {
  if (standing === null) return { personId, reason: 'UNKNOWN_PERSON', from: null };
  if (!standing) return null;
  const { status, statusSince, daysWithoutAccess } = standing;
  if (status !== 'ACTIVE' && (statusSince === null || statusSince <= day)) {
    return { personId, reason: STATUS_RISK[status], from: statusSince ?? day };
  }
  if (!daysWithoutAccess.includes(day)) return null;
  return { personId, reason: 'NO_PRISON_ACCESS', from: [...daysWithoutAccess].sort()[0] };
}

/** The sessions some facilitator of which cannot come on the day, in the order given, each with those facilitators. */
export function sessionsAtRisk<S extends PlannedSessionOf>(sessions: readonly S[], standings: FacilitatorStandings) {
  return sessions
    .map((session) => {
      const day = belgianDate(session.startsAt);
      const facilitators = [...new Set(session.facilitatorIds)]
        .map((personId) => riskOn(day, personId, standings.get(personId)))
        .filter((risk): risk is FacilitatorAtRisk => risk !== null);
      return { session, facilitators };
    })
    .filter((atRisk) => atRisk.facilitators.length > 0);
}
