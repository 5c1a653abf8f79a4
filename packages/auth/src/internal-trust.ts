import { createHash, createPrivateKey, createPublicKey, hkdfSync, type JsonWebKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';
import type { KeyPair } from './keys';

/** The name the gateway signs as (`iss`); a service signs as its name in infra/subgraphs.json. */
export const GATEWAY_ISSUER = 'gateway';

/** An issuer's name: the gateway or a subgraph's name (lower case, as in infra/subgraphs.json). */
export const ISSUER_NAME = /^[a-z][a-z0-9-]{0,62}$/;

/**
 * A published public key: a JWK with its `kid`, and optionally `exp` (Unix seconds), the end of a rotation
 * overlap. After it the key is refused, whatever the directory still lists.
 */
export type PublishedKey = JWK & { kid: string; exp?: number };

/** One issuer's keys, as a JSON Web Key Set. */
export interface IssuerJwks {
  keys: PublishedKey[];
}

/** Which public keys this process accepts, by issuer and key id; `now` in Unix seconds. */
export interface InternalTrust {
  keyFor(issuer: string, keyId: string | undefined, now: number): KeyObject | undefined;
}

/** The key id of a public key: its RFC 7638 thumbprint, so the same key has the same id everywhere. */
export const keyIdOf = (publicKey: KeyObject): Promise<string> => calculateJwkThumbprint(publicKey.export({ format: 'jwk' }) as JWK);

/** The JWKS an issuer publishes for one of its key pairs. */
export async function publishedKeyOf(publicKey: KeyObject, keyId?: string): Promise<PublishedKey> {
  const jwk = publicKey.export({ format: 'jwk' }) as JWK;
  return { ...jwk, kid: keyId ?? (await keyIdOf(publicKey)), use: 'sig' };
}

/**
 * Trust read from published key sets (`{ "<issuer>": { "keys": [...] } }`): each token names its issuer
 * and `kid`, and only that issuer's key with that id verifies it. Keys without a `kid` are refused here,
 * at start, rather than matching anything later.
 */
export function trustFromJwks(sets: Record<string, IssuerJwks>): InternalTrust {
  const byIssuer = new Map<string, Map<string, { key: KeyObject; exp?: number }>>();
  for (const [issuer, set] of Object.entries(sets)) {
    if (!ISSUER_NAME.test(issuer)) throw new Error(`"${issuer}" is not an issuer name.`);
    if (!Array.isArray(set?.keys)) throw new Error(`The key set of ${issuer} has no "keys" list.`);
    const keys = new Map<string, { key: KeyObject; exp?: number }>();
    for (const jwk of set.keys) {
      if (typeof jwk.kid !== 'string' || !jwk.kid) throw new Error(`A key of ${issuer} has no "kid".`);
      if (jwk.exp !== undefined && !Number.isInteger(jwk.exp))
        throw new Error(`The key ${jwk.kid} of ${issuer} has an "exp" that is not Unix seconds.`);
      if ('d' in jwk) throw new Error(`The key set of ${issuer} holds a private key; publish only public keys.`);
      const { kid, exp, use: _use, alg: _alg, ...material } = jwk;
      keys.set(kid, { key: createPublicKey({ key: material as JsonWebKey, format: 'jwk' }), exp });
    }
    byIssuer.set(issuer, keys);
  }
  return {
    keyFor(issuer, keyId, now) {
      const entry = keyId === undefined ? undefined : byIssuer.get(issuer)?.get(keyId);
      if (!entry || (entry.exp !== undefined && now >= entry.exp)) return undefined;
      return entry.key;
    },
  };
}

/** Tests that run the graph with one pair: every issuer has that key (the issuer rules still apply). */
export function sharedKeyTrust(publicKey: KeyObject): InternalTrust {
  return { keyFor: () => publicKey };
}

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410): how Node imports a derived seed as a key.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * Development: each issuer's pair derived from the development master key (HKDF-SHA256 over its seed,
 * the issuer's name as info), so every process of `npm start` and of the tests computes every issuer's
 * key without exchanging any; production reads real keys instead (see internal-keys.ts).
 */
export function deriveDevKeyPair(master: KeyObject, issuer: string): KeyPair {
  if (!ISSUER_NAME.test(issuer)) throw new Error(`"${issuer}" is not an issuer name.`);
  const seed = Buffer.from((master.export({ format: 'jwk' }) as JsonWebKey).d!, 'base64url');
  const derived = Buffer.from(hkdfSync('sha256', seed, 'cort-internal-keys', `issuer:${issuer}`, 32));
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, derived]), format: 'der', type: 'pkcs8' });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** Development trust: any issuer's derived key, under its own key id. */
export function derivedDevTrust(master: KeyObject): InternalTrust {
  const derived = new Map<string, { key: KeyObject; keyId: string }>();
  const keyOf = (issuer: string) => {
    let entry = derived.get(issuer);
    if (!entry) {
      const { publicKey } = deriveDevKeyPair(master, issuer);
      entry = { key: publicKey, keyId: devKeyIdOf(publicKey) };
      derived.set(issuer, entry);
    }
    return entry;
  };
  return {
    keyFor(issuer, keyId) {
      if (!ISSUER_NAME.test(issuer)) return undefined;
      const entry = keyOf(issuer);
      return keyId === entry.keyId ? entry.key : undefined;
    },
  };
}

/**
 * A derived development key's id: its RFC 7638 thumbprint (members in the RFC's order), computed at once;
 * the same id a signer given no `keyId` puts in its tokens, so every development signer matches.
 */
export function devKeyIdOf(publicKey: KeyObject): string {
  const { crv, kty, x } = publicKey.export({ format: 'jwk' }) as JsonWebKey;
  if (kty !== 'OKP') throw new Error('Development internal keys are Ed25519.');
  return createHash('sha256').update(JSON.stringify({ crv, kty, x })).digest('base64url');
}
