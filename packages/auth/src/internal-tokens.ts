import type { KeyObject } from 'node:crypto';
import { SignJWT, decodeJwt, errors, jwtVerify } from 'jose';
import { ANONYMOUS, ClaimsError, identityClaims, identityFromClaims, type Caller } from './identity';
import { algorithmOf, generateEd25519KeyPair, type KeyPair } from './keys';

/** Internal tokens live one minute at most: long enough for one request's fan-out, useless when leaked. */
export const INTERNAL_TOKEN_TTL_SECONDS = 60;
export const INTERNAL_ISSUER = 'cort-internal';

/** A fresh Ed25519 pair for internal tokens (tests, and to make production keys: see the README). */
export const generateInternalKeyPair = (): KeyPair => generateEd25519KeyPair();

export type InternalSigner = (caller: Caller, audience: string) => Promise<string>;

/**
 * Signs the caller for one subgraph (audience = the subgraph's name). An anonymous caller is signed
 * explicitly as `kind: "anonymous"`, so a missing token never means "anonymous".
 */
export function createInternalSigner(privateKey: KeyObject, options: { ttlSeconds?: number } = {}): InternalSigner {
  const alg = algorithmOf(privateKey);
  const ttl = Math.min(options.ttlSeconds ?? INTERNAL_TOKEN_TTL_SECONDS, INTERNAL_TOKEN_TTL_SECONDS);
  return async (caller, audience) => {
    const now = Math.floor(Date.now() / 1000);
    const jwt =
      caller.kind === 'user'
        ? new SignJWT({ kind: 'user', ...identityClaims(caller) }).setSubject(caller.sub)
        : caller.kind === 'service'
          ? new SignJWT({ kind: 'service' }).setSubject(caller.service)
          : new SignJWT({ kind: 'anonymous' });
    return jwt
      .setProtectedHeader({ alg, typ: 'JWT' })
      .setIssuer(INTERNAL_ISSUER)
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + ttl)
      .sign(privateKey);
  };
}

export type InternalAuthErrorReason = 'missing' | 'malformed' | 'invalid' | 'expired' | 'audience' | 'claims';

/** A subgraph request without a valid internal token; the subgraph answers 401 before GraphQL runs. */
export class InternalAuthError extends Error {
  override name = 'InternalAuthError';
  constructor(
    readonly reason: InternalAuthErrorReason,
    message: string,
  ) {
    super(message);
  }
}

export type InternalVerifier = (authorizationHeader: string | undefined) => Promise<Caller>;

const BEARER = /^Bearer +([\w-]+\.[\w-]+\.[\w-]+)$/i;

/** Verifies the gateway's (or a sibling service's) internal token for this subgraph's audience. */
export function createInternalVerifier(options: {
  publicKey: KeyObject;
  audience: string;
  clockToleranceSeconds?: number;
}): InternalVerifier {
  const verifyOptions = {
    issuer: INTERNAL_ISSUER,
    audience: options.audience,
    algorithms: [algorithmOf(options.publicKey)],
    clockTolerance: options.clockToleranceSeconds ?? 5,
    maxTokenAge: INTERNAL_TOKEN_TTL_SECONDS,
    requiredClaims: ['exp', 'iat'],
  };
  return async (header) => {
    if (!header) throw new InternalAuthError('missing', 'No internal token.');
    const token = BEARER.exec(header.trim())?.[1];
    if (!token) throw new InternalAuthError('malformed', 'The authorization header is not a bearer token.');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, options.publicKey, verifyOptions));
    } catch (error) {
      throw internalError(error, token);
    }
    const { exp, iat } = payload as { exp: number; iat: number };
    if (exp - iat > INTERNAL_TOKEN_TTL_SECONDS) throw new InternalAuthError('invalid', 'The internal token lives too long.');
    if (payload.kind === 'anonymous') return ANONYMOUS;
    if (payload.kind === 'service') {
      if (typeof payload.sub !== 'string' || !/^[a-z][a-z0-9-]{0,62}$/.test(payload.sub))
        throw new InternalAuthError('claims', 'The internal token names no service.');
      return { kind: 'service', service: payload.sub };
    }
    if (payload.kind !== 'user') throw new InternalAuthError('claims', 'The internal token names no kind of caller.');
    try {
      return { kind: 'user', ...identityFromClaims(payload) };
    } catch (error) {
      if (error instanceof ClaimsError) throw new InternalAuthError('claims', error.message);
      throw error;
    }
  };
}

function internalError(error: unknown, token: string): InternalAuthError {
  if (error instanceof errors.JWTExpired) return new InternalAuthError('expired', 'The internal token has expired.');
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud') {
    let audience: unknown;
    try {
      audience = decodeJwt(token).aud;
    } catch {
      audience = undefined;
    }
    return new InternalAuthError('audience', `The internal token is for ${JSON.stringify(audience)}, not for this subgraph.`);
  }
  return new InternalAuthError('invalid', 'The internal token is not valid.');
}
