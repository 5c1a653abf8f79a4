/** The roles a user token may carry; anything else is refused. */
export const ROLES = ['POLICY_COORDINATOR', 'COORDINATOR', 'PARTNER_STAFF', 'VOLUNTEER', 'PRISON_STAFF', 'ANALYST'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
