import type { Caller, Identity, Role } from '@cort/auth';
import { forbidden, unauthenticated } from './errors';

export type User = Extract<Caller, { kind: 'user' }>;

/** Every non-public root field starts here: anonymous callers are refused. */
export function requireUser(caller: Caller): User {
  if (caller.kind !== 'user') throw unauthenticated();
  return caller;
}

export function hasRole(user: Identity, roles: readonly Role[]): boolean {
  return user.roles.some((role) => roles.includes(role));
}

export function requireRole(caller: Caller, roles: readonly Role[]): User {
  const user = requireUser(caller);
  if (!hasRole(user, roles)) throw forbidden(`This needs one of the roles ${roles.join(', ')}.`);
  return user;
}

/** A user acts only on the prisons in their token; anything else is FORBIDDEN (not an empty answer). */
export function requirePrison(caller: Caller, prisonId: string, roles: readonly Role[]): User {
  const user = requireRole(caller, roles);
  if (!user.prisons.includes(prisonId)) throw forbidden(`You are not assigned to prison ${prisonId}.`);
  return user;
}

/** Who a recorded change is by: the user's subject (person id), or the service acting. */
export const actorOf = (caller: Caller): string =>
  caller.kind === 'user' ? caller.sub : caller.kind === 'service' ? `service:${caller.service}` : 'anonymous';
