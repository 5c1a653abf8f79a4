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
