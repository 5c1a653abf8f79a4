import { isRole, type Role } from './roles';

/** Who a signed-in user is, as the gateway and every subgraph see it. */
export interface Identity {
  sub: string;
  roles: Role[];
  /** Prison codes the user is assigned to; everything is scoped by them. */
  prisons: string[];
  /** The partner organisation of partner staff and volunteers. */
  organisationId?: string;
}

/**
 * What a resolver gets: a user, an anonymous caller who may read the public offer only, or another
 * service of the graph (e.g. reporting pulling a domain event feed), which no user-facing rule admits.
 */
export type Caller = { kind: 'anonymous' } | ({ kind: 'user' } & Identity) | { kind: 'service'; service: string };

export const ANONYMOUS: Caller = Object.freeze({ kind: 'anonymous' });

const ID = /^[\w.:@|+/=-]{1,255}$/;
const PRISON_CODE = /^[A-Za-z0-9_-]{1,32}$/;

export class ClaimsError extends Error {
  override name = 'ClaimsError';
}

/**
 * Reads an identity out of token claims, refusing anything unexpected rather than guessing:
 * a missing subject, unknown roles, no roles, a missing `prisons` array or malformed codes.
 */
export function identityFromClaims(claims: Record<string, unknown>): Identity {
  const { sub, roles, prisons, organisationId } = claims;
  if (typeof sub !== 'string' || !ID.test(sub)) throw new ClaimsError('The token has no valid subject.');
  if (!Array.isArray(roles) || roles.length === 0) throw new ClaimsError('The token carries no roles.');
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length) throw new ClaimsError(`The token carries unknown roles: ${unknown.map(String).join(', ')}.`);
  if (!Array.isArray(prisons)) throw new ClaimsError('The token has no prisons array.');
  if (!prisons.every((code): code is string => typeof code === 'string' && PRISON_CODE.test(code))) {
    throw new ClaimsError('The token carries a malformed prison code.');
  }
  const identity: Identity = { sub, roles: [...new Set(roles as Role[])], prisons: [...new Set(prisons)] };
  if (organisationId !== undefined && organisationId !== null) {
    if (typeof organisationId !== 'string' || !ID.test(organisationId)) throw new ClaimsError('The token has a malformed organisationId.');
    identity.organisationId = organisationId;
  }
  return identity;
}

/** The claims that carry an identity (the subject goes in `sub`). */
export function identityClaims(identity: Identity): Record<string, unknown> {
  const claims: Record<string, unknown> = { roles: identity.roles, prisons: identity.prisons };
  if (identity.organisationId !== undefined) claims.organisationId = identity.organisationId;
  return claims;
}
