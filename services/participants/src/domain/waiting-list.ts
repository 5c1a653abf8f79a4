export interface WaitingPlace {
  id: string;
  position: number; // 1-based; 1 is the head of the list
}

/** Free places: never negative, also when the capacity was lowered below the number already enrolled. */
export const available = (capacity: number, enrolled: number) => Math.max(0, capacity - enrolled);

// The list's order is its positions, not the order rows arrive in; equal positions keep their given order.
const inListOrder = <T extends WaitingPlace>(waitlist: readonly T[]) => [...waitlist].sort((a, b) => a.position - b.position);

/**
 * Who moves from the waiting list to ENROLLED, head of the list first, so that enrolled never exceeds the
 * capacity. A lowered capacity promotes nobody and un-enrols nobody; a raised one may promote several.
 */
export function promotions(state: { capacity: number; enrolled: number; waitlist: readonly WaitingPlace[] }): string[] {
  const places = available(state.capacity, state.enrolled);
  return inListOrder(state.waitlist)
    .slice(0, places)
    .map((place) => place.id);
}
