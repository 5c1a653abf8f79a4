/** The roles a user token may carry; anything else is refused. */
export const ROLES = ['POLICY_COORDINATOR', 'COORDINATOR', 'PARTNER_STAFF', 'VOLUNTEER', 'PRISON_STAFF', 'ANALYST'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * The groups of roles the services decide with, each defined once and named for what its members do in
 * the prisons. A policy module combines them with a scope (the prison, the organisation, the sessions
 * facilitated); it never spells a group out again.
 */

/** The community and policy coordinators: they plan the offer, manage participants, partners and enrolments. */
export const COORDINATORS: readonly Role[] = ['COORDINATOR', 'POLICY_COORDINATOR'];

/** Those who see the whole offer of their prisons, every status: the coordinators, prison staff and analysts. */
export const OFFER_READERS: readonly Role[] = [...COORDINATORS, 'PRISON_STAFF', 'ANALYST'];

/** Those who read a participant's identity (name, detainee number) in their prisons: the coordinators and prison staff. */
export const PARTICIPANT_READERS: readonly Role[] = [...COORDINATORS, 'PRISON_STAFF'];

/** Those who read a prison's figures: the coordinators, who plan and evaluate the offer, and analysts. */
export const REPORT_READERS: readonly Role[] = [...COORDINATORS, 'ANALYST'];

/** Those who deliver the offer for a partner organisation: its staff and its volunteers. */
export const PARTNERS: readonly Role[] = ['PARTNER_STAFF', 'VOLUNTEER'];

/**
 * Those who lead a prison's policy with its direction and the organisations: the policy coordinators. They
 * alone set the coordination team (CORT), the policy team and the action plans; the first right that is
 * theirs and not every coordinator's.
 */
export const POLICY_LEADERS: readonly Role[] = ['POLICY_COORDINATOR'];
