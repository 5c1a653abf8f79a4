import type { Role } from '@cort/auth';

/** Who plans the offer of a prison: create, edit, publish, schedule. */
export const PLANNERS: readonly Role[] = ['COORDINATOR', 'POLICY_COORDINATOR'];

/** Who sees the whole offer of their prisons, every status included. */
export const OFFER_READERS: readonly Role[] = ['COORDINATOR', 'POLICY_COORDINATOR', 'PRISON_STAFF', 'ANALYST'];
