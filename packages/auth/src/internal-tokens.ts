import { createPublicKey, type KeyObject } from 'node:crypto';
import { BoundedMemo } from '@cort/common';
import { SignJWT, decodeJwt, errors, jwtVerify } from 'jose';
import { ANONYMOUS, ClaimsError, identityClaims, identityFromClaims, type Caller } from './identity';
import { GATEWAY_ISSUER, ISSUER_NAME, keyIdOf, sharedKeyTrust, type InternalTrust } from './internal-trust';
import { algorithmOf, generateEd25519KeyPair, type KeyPair } from './keys';

/** Internal tokens live one minute at most: long enough for one request's fan-out, useless when leaked. */
export const INTERNAL_TOKEN_TTL_SECONDS = 60;
/** The gateway's issuer name, which signs the tokens of user requests. */
export const INTERNAL_ISSUER = GATEWAY_ISSUER;

/** A fresh Ed25519 pair for internal tokens (tests, and to make production keys: see the README). */
export const generateInternalKeyPair = (): KeyPair => generateEd25519KeyPair();

export type InternalSigner = (caller: Caller, audience: string) => Promise<string>;

export interface InternalSignerOptions {
  /** Who signs (`iss`): the gateway, or the calling service's name. Default: a service caller's own name, else the gateway. */
  issuer?: string;
  /** The key's id (`kid`) in the issuer's published key set; default its RFC 7638 thumbprint. */
  keyId?: string;
  ttlSeconds?: number;
  /** The signed tokens kept for reuse (least recently used dropped first); 0 signs every time. */
  maxCachedTokens?: number;
  /** A kept token is not handed out in its last seconds, so it never expires on its way. */
  reuseMarginSeconds?: number;
  /** The clock in milliseconds (tests). */
  now?: () => number;
}

/**
 * Signs the caller for one subgraph (audience = the subgraph's name). An anonymous caller is signed
 * explicitly as `kind: "anonymous"`, so a missing token never means "anonymous".
 * A token is signed once per identity and audience and reused while it has `reuseMarginSeconds` left:
 * signing per subgraph fetch was a measurable share of the gateway's CPU. The cache key is every claim
 * but the times, so two identities never share a token.
 */
export function createInternalSigner(privateKey: KeyObject, options: InternalSignerOptions = {}): InternalSigner {
  const alg = algorithmOf(privateKey);
  const ttl = Math.min(options.ttlSeconds ?? INTERNAL_TOKEN_TTL_SECONDS, INTERNAL_TOKEN_TTL_SECONDS);
  const margin = Math.min(options.reuseMarginSeconds ?? 20, ttl);
  const now = options.now ?? Date.now;
  const keyId = options.keyId ? Promise.resolve(options.keyId) : keyIdOf(createPublicKey(privateKey));
  const cache = new TokenCache(options.maxCachedTokens ?? 1000);
  const signFresh = async (caller: Caller, audience: string, issuedAt: number) => {
    const issuer = options.issuer ?? (caller.kind === 'service' ? caller.service : GATEWAY_ISSUER);
    const jwt =
      caller.kind === 'user'
        ? new SignJWT({ kind: 'user', ...identityClaims(caller) }).setSubject(caller.sub)
        : caller.kind === 'service'
          ? new SignJWT({ kind: 'service' }).setSubject(caller.service)
          : new SignJWT({ kind: 'anonymous' });
    return jwt
      .setProtectedHeader({ alg, typ: 'JWT', kid: await keyId })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ttl)
      .sign(privateKey);
  };
  return (caller, audience) => {
    const at = Math.floor(now() / 1000);
    const key = `${audience}\n${identityKey(caller)}`;
    const kept = cache.get(key, at);
    if (kept) return kept;
    const token = signFresh(caller, audience, at);
    cache.set(key, token, at + ttl - margin);
    // A failed signature is not kept: the next call tries again.
    token.catch(() => cache.delete(key));
    return token;
  };
}

/** Everything a token says about its caller, in a fixed order: equal keys mean equal claims. */
function identityKey(caller: Caller): string {
  if (caller.kind === 'user') return JSON.stringify(['user', caller.sub, identityClaims(caller)]);
  if (caller.kind === 'service') return JSON.stringify(['service', caller.service]);
  return '["anonymous"]';
}

/**
 * A bounded map of tokens and what was made of them (a signed token; a verified token's identity), least
 * recently used dropped first, each until its reuse deadline (in the caller's unit of time).
 */
export class TokenCache<T = Promise<string>> {
  private readonly entries: BoundedMemo<string, { value: T; until: number }>;
  constructor(readonly maxEntries: number) {
    // A token in use stays: the busiest callers' tokens are the last to go.
    this.entries = new BoundedMemo({ capacity: maxEntries, refreshOnRead: true });
  }

  get size() {
    return this.entries.size;
  }

  get(key: string, now: number): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now < entry.until) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, value: T, until: number) {
    this.entries.set(key, { value, until });
  }

  delete(key: string) {
    this.entries.delete(key);
  }
}

export type InternalAuthErrorReason = 'missing' | 'malformed' | 'invalid' | 'expired' | 'audience' | 'claims' | 'issuer';

/**
 * A subgraph request without a valid internal token; the subgraph answers 401 before GraphQL runs, or 403
 * (`issuer`) for a valid token from an issuer this route does not accept.
 */
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

export interface InternalVerifierOptions {
  /** The subgraph's name: the audience its tokens must name. */
  audience: string;
  /** Whose keys verify: published key sets by issuer (or, in tests, one public key for every issuer). */
  trust?: InternalTrust;
  publicKey?: KeyObject;
  /** The issuers this route accepts (`iss`); any issuer the trust knows when not given. */
  issuers?: readonly string[];
  clockToleranceSeconds?: number;
  /** The verified tokens kept for reuse (least recently used dropped first); 0 verifies every time. */
  maxCachedTokens?: number;
  /** The clock in milliseconds (tests). */
  now?: () => number;
}

/**
 * How many verified internal tokens a verifier keeps: as many as the gateway's signer keeps signed ones
 * (one per identity and audience), a few hundred KiB.
 */
export const VERIFIED_INTERNAL_TOKENS_KEPT = 1000;

/** A token that passed, by its exact text: who it carries, and the key that verified it. */
interface VerifiedToken {
  caller: Caller;
  issuer: string;
  keyId: string | undefined;
  key: KeyObject;
}

/**
 * Verifies an internal token for this subgraph's audience: signed by the key its `iss` and `kid` name in
 * the trust, then from an issuer this route accepts, and a service speaks only for itself (`sub` = `iss`).
 * The gateway reuses a token for each identity and audience (createInternalSigner), and checking its
 * signature on every request was a measurable share of a subgraph's CPU: a token that passed every check
 * is kept, by its exact text, with the caller read from it (frozen), until the first moment a check would
 * refuse it by time (its `exp`, or its age past the 60 seconds), and is handed out only while the trust
 * still names the same key for its issuer and `kid` (a key past its end in the directory stops its tokens
 * as before). A refused token is never kept: it is checked, and refused, each time.
 */
export function createInternalVerifier(options: InternalVerifierOptions): InternalVerifier {
  const trust = options.trust ?? (options.publicKey ? sharedKeyTrust(options.publicKey) : undefined);
  if (!trust) throw new Error('createInternalVerifier needs a trust or a public key.');
  const issuers = options.issuers ? new Set(options.issuers) : undefined;
  const now = options.now ?? Date.now;
  const tolerance = options.clockToleranceSeconds ?? 5;
  const verified = new TokenCache<VerifiedToken>(options.maxCachedTokens ?? VERIFIED_INTERNAL_TOKENS_KEPT);
  return async (header) => {
    if (!header) throw new InternalAuthError('missing', 'No internal token.');
    const token = BEARER.exec(header.trim())?.[1];
    if (!token) throw new InternalAuthError('malformed', 'The authorization header is not a bearer token.');
    const at = now();
    const seconds = Math.floor(at / 1000);
    const kept = verified.get(token, seconds);
    if (kept && trust.keyFor(kept.issuer, kept.keyId, seconds) === kept.key) return kept.caller;
    let payload: Record<string, unknown>;
    let keyId: string | undefined;
    let key: KeyObject | undefined;
    try {
      const issuer = decodeJwt(token).iss;
      ({ payload } = await jwtVerify(
        token,
        (protectedHeader) => {
          keyId = protectedHeader.kid;
          key = typeof issuer === 'string' ? trust.keyFor(issuer, keyId, seconds) : undefined;
          // One algorithm per key: a token cannot pick a weaker one for a key it names.
          if (!key || protectedHeader.alg !== algorithmOf(key)) throw new errors.JWKSNoMatchingKey();
          return key;
        },
        {
          audience: options.audience,
          clockTolerance: tolerance,
          maxTokenAge: INTERNAL_TOKEN_TTL_SECONDS,
          requiredClaims: ['exp', 'iat', 'iss'],
          currentDate: new Date(at),
        },
      ));
    } catch (error) {
      throw internalError(error, token);
    }
    const issuer = payload.iss as string;
    if (issuers && !issuers.has(issuer)) throw new InternalAuthError('issuer', 'This caller may not call this route.');
    const { exp, iat } = payload as { exp: number; iat: number };
    if (exp - iat > INTERNAL_TOKEN_TTL_SECONDS) throw new InternalAuthError('invalid', 'The internal token lives too long.');
    const caller = deepFreeze(callerOf(payload, issuer));
    // jose refuses it once exp <= now - tolerance, or once its age less the tolerance passes the maximum.
    verified.set(token, { caller, issuer, keyId, key: key! }, Math.min(exp + tolerance, iat + INTERNAL_TOKEN_TTL_SECONDS + tolerance));
    return caller;
  };
}

/** Frozen: the same caller answers every request that sends the token. */
function deepFreeze(caller: Caller): Caller {
  for (const value of Object.values(caller)) if (Array.isArray(value)) Object.freeze(value);
  return Object.freeze(caller);
}

/** The caller a verified token's claims name, or an InternalAuthError('claims'). */
function callerOf(payload: Record<string, unknown>, issuer: string): Caller {
  if (payload.kind === 'anonymous') return ANONYMOUS;
  if (payload.kind === 'service') {
    if (typeof payload.sub !== 'string' || !ISSUER_NAME.test(payload.sub))
      throw new InternalAuthError('claims', 'The internal token names no service.');
    if (payload.sub !== issuer) throw new InternalAuthError('claims', 'A service token speaks only for its own issuer.');
    return { kind: 'service', service: payload.sub };
  }
  if (payload.kind !== 'user') throw new InternalAuthError('claims', 'The internal token names no kind of caller.');
  try {
    return { kind: 'user', ...identityFromClaims(payload) };
  } catch (error) {
    if (error instanceof ClaimsError) throw new InternalAuthError('claims', error.message);
    throw error;
  }
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
