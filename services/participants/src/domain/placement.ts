import { available } from './waiting-list';

export type Placement = 'IN_SCREENING' | 'ENROLLED' | 'WAITLISTED';

export interface PlacementState {
  screeningRequired: boolean;
  /** The request comes from an APPROVED screening. */
  screened: boolean;
  enrolled: number;
  capacity: number;
  /** How many already wait for this activity; a newcomer does not pass them. Defaults to 0. */
  waiting?: number;
}

/**
 * Where a new request, or a request whose screening was approved, lands. An unscreened request for an
 * activity that requires screening goes into screening first; everyone else takes a free place or waits.
 * Free places go to those already waiting before a newcomer (promotion hands them out head first).
 */
export function placementOf(state: PlacementState): Placement {
  if (state.screeningRequired && !state.screened) return 'IN_SCREENING';
  return available(state.capacity, state.enrolled) > (state.waiting ?? 0) ? 'ENROLLED' : 'WAITLISTED';
}

/**
 * Where requests made one after another land, each seeing those before it: the places they take and the
 * waiting-list positions they join at (1..n after those already waiting). `state` is the activity before them;
 * `screened` says whether they come from approved screenings (one approval is a list of one).
 */
export function placementsOf(state: PlacementState, count: number) {
  let { enrolled, waiting = 0 } = state;
  return Array.from({ length: count }, () => {
    const status = placementOf({ ...state, enrolled, waiting });
    if (status === 'ENROLLED') enrolled++;
    if (status === 'WAITLISTED') waiting++;
    return { status, waitlistPosition: status === 'WAITLISTED' ? waiting : null };
  });
}
