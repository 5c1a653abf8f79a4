import type { KeyObject } from 'node:crypto';
import { SignJWT, createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { ClaimsError, identityClaims, identityFromClaims, type Identity } from './identity';
import { TokenCache } from './internal-tokens';
import { algorithmOf } from './keys';

export interface UserTokenOptions {
  issuer: string;
  audience: string;
  /** Seconds, or a jose duration such as '12h'. */
  expiresIn: number | string;
  /** Written as the `kid` header, so a JWKS with several keys can pick the right one. */
  keyId?: string;
}

/** Mints a user access token (the development `token` command and tests; production tokens come from the OIDC provider). */
export async function mintUserToken(identity: Identity, key: KeyObject, options: UserTokenOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const expiresAt = typeof options.expiresIn === 'number' ? now + options.expiresIn : options.expiresIn;
  return new SignJWT(identityClaims(identity))
    .setProtectedHeader({ alg: algorithmOf(key), typ: 'JWT', ...(options.keyId ? { kid: options.keyId } : {}) })
    .setSubject(identity.sub)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt(now)
    .setExpirationTime(expiresAt)
    .sign(key);
}

interface VerifierBase {
  issuer: string;
  audience: string;
  /** Leeway for clock skew between the provider and us; 30 s unless told. */
  clockToleranceSeconds?: number;
  /** Verified tokens kept with their identity (least recently used dropped first); 0 verifies every time. */
  maxCachedTokens?: number;
  /** How long a verified token is taken on trust again without checking its signature; never past its expiry. */
  reuseSeconds?: number;
  /** The clock in milliseconds (tests). */
  now?: () => number;
}

export type UserTokenVerifierOptions =
  (VerifierBase & { jwksUrl: string; algorithms?: string[] }) | (VerifierBase & { publicKey: KeyObject });

export type UserTokenVerifier = (token: string) => Promise<Identity>;

export type UserTokenErrorReason = 'expired' | 'invalid' | 'claims';

/** Why a user token was refused. The message is safe to show; the gateway answers 401 with it. */
export class UserTokenError extends Error {
  override name = 'UserTokenError';
  constructor(
    readonly reason: UserTokenErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** Asymmetric algorithms only: never `none`, never a shared secret. */
const JWKS_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'];

/**
 * How long a verified user token is reused: no longer than the remote key set's own cache (jose keeps
 * the provider's keys ten minutes), so a key the provider withdraws stops working no later than it did.
 */
export const VERIFIED_TOKEN_REUSE_SECONDS = 60;
/** How many verified tokens are kept at most (a few MiB: one frozen identity each); the least recently used go first. */
export const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * Verifies a user's access token: signature (JWKS or one public key), issuer, audience, expiry, then the
 * claims (`sub`, known `roles`, a `prisons` array, optional `organisationId`).
 * A client sends the same token with each request, and checking its signature (ES256) was the largest
 * share of the gateway's own CPU per request: a token that passed is kept, by its exact text, with the
 * identity read from it, for `reuseSeconds` and never past the moment the check would call it expired.
 * A token that failed is never kept: it is checked again, and refused again, each time.
 */
export function createUserTokenVerifier(options: UserTokenVerifierOptions): UserTokenVerifier {
  let key: KeyObject | JWTVerifyGetKey;
  let algorithms: string[];
  if ('jwksUrl' in options) {
    key = createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
    algorithms = options.algorithms ?? JWKS_ALGORITHMS;
  } else {
    key = options.publicKey;
    algorithms = [algorithmOf(options.publicKey)];
  }
  const verifyOptions = {
    issuer: options.issuer,
    audience: options.audience,
    algorithms,
    clockTolerance: options.clockToleranceSeconds ?? 30,
    requiredClaims: ['exp', 'sub'],
  };
  const now = options.now ?? Date.now;
  const reuseSeconds = options.reuseSeconds ?? VERIFIED_TOKEN_REUSE_SECONDS;
  const verified = new TokenCache<Identity>(options.maxCachedTokens ?? VERIFIED_TOKENS_KEPT);
  return async (token) => {
    const at = now() / 1000;
    const kept = verified.get(token, at);
    if (kept) return kept;
    const { identity, exp } = await verifyOnce(token, new Date(at * 1000));
    // jose calls a token expired once exp <= now - tolerance: until then it passes, and may be reused.
    verified.set(token, identity, Math.min(exp + verifyOptions.clockTolerance, at + reuseSeconds));
    return identity;
  };

  async function verifyOnce(token: string, currentDate: Date): Promise<{ identity: Identity; exp: number }> {
    const verifyAt = { ...verifyOptions, currentDate };
    let payload: Record<string, unknown>;
    try {
      // Two overloads (a key or a key resolver); the union does not pick one by itself.
      ({ payload } = typeof key === 'function' ? await jwtVerify(token, key, verifyAt) : await jwtVerify(token, key, verifyAt));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new UserTokenError('expired', 'The access token has expired.');
      // The provider's keys could not be fetched: our problem, not an invalid token.
      if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
        throw new Error('The identity provider keys could not be fetched.', { cause: error });
      }
      throw new UserTokenError('invalid', 'The access token is not valid.');
    }
    try {
      // Frozen: the same identity answers every request that sends this token.
      const identity = identityFromClaims(payload);
      Object.freeze(identity.roles);
      Object.freeze(identity.prisons);
      return { identity: Object.freeze(identity), exp: payload.exp as number };
    } catch (error) {
      if (error instanceof ClaimsError) throw new UserTokenError('claims', `The access token is not valid: ${error.message}`);
      throw error;
    }
  }
}
