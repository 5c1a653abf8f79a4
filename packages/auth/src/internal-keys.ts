import fs from 'node:fs/promises';
import path from 'node:path';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { defaultDataDir, loadOrCreateDevKeys } from './dev-keys';
import { createInternalSigner, type InternalSigner, type InternalSignerOptions } from './internal-tokens';
import {
  GATEWAY_ISSUER,
  ISSUER_NAME,
  deriveDevKeyPair,
  derivedDevTrust,
  devKeyIdOf,
  keyIdOf,
  sharedKeyTrust,
  trustFromJwks,
  type InternalTrust,
  type IssuerJwks,
} from './internal-trust';
import { parsePrivateKey, parsePublicKey, samePublicKey, type KeyPair } from './keys';

/**
 * One process's internal keys: its own pair (the gateway's, or a service's) with the name and key id it
 * signs under, and whose public keys it accepts. A bare pair (tests) signs and is trusted for every issuer.
 */
export type InternalKeys = KeyPair & {
  issuer?: string;
  keyId?: string;
  trust?: InternalTrust;
};

/**
 * This process's key: `INTERNAL_JWT_PRIVATE_KEY` (PKCS#8 PEM, literal `\n` allowed, or a private JWK as
 * JSON; Ed25519 recommended), its id `INTERNAL_JWT_KEY_ID` (default: the RFC 7638 thumbprint), and
 * optionally `INTERNAL_JWT_PUBLIC_KEY`, which must match it. Whom it trusts: `INTERNAL_JWKS_DIR` (one
 * `<issuer>.json` key set per issuer) or `INTERNAL_JWKS` (`{ "<issuer>": { "keys": [...] } }`).
 * Without them: keys derived per issuer from the development key in `.data/`, refused when NODE_ENV=production.
 */
export async function loadInternalKeys(
  env: NodeJS.ProcessEnv = process.env,
  dataDir: string = defaultDataDir(env),
  issuer: string = GATEWAY_ISSUER,
): Promise<InternalKeys> {
  if (!ISSUER_NAME.test(issuer)) throw new Error(`"${issuer}" is not an issuer name.`);
  const privateText = env.INTERNAL_JWT_PRIVATE_KEY;
  if (!privateText) {
    if (env.NODE_ENV === 'production') throw new Error('INTERNAL_JWT_PRIVATE_KEY is required when NODE_ENV=production.');
    const master = (await loadOrCreateDevKeys(dataDir, env)).internal.privateKey;
    const pair = deriveDevKeyPair(master, issuer);
    return { ...pair, issuer, keyId: devKeyIdOf(pair.publicKey), trust: (await loadInternalTrust(env)) ?? derivedDevTrust(master) };
  }
  const privateKey = readKey('INTERNAL_JWT_PRIVATE_KEY', () => parsePrivateKey(privateText));
  const publicKey = createPublicKey(privateKey);
  if (env.INTERNAL_JWT_PUBLIC_KEY) {
    const given = readKey('INTERNAL_JWT_PUBLIC_KEY', () => parsePublicKey(env.INTERNAL_JWT_PUBLIC_KEY!));
    if (!samePublicKey(given, publicKey)) throw new Error('INTERNAL_JWT_PUBLIC_KEY does not belong to INTERNAL_JWT_PRIVATE_KEY.');
  }
  return {
    privateKey,
    publicKey,
    issuer,
    keyId: env.INTERNAL_JWT_KEY_ID || (await keyIdOf(publicKey)),
    trust: await loadInternalTrust(env),
  };
}

/**
 * The published key sets this process trusts, read once at start from files (no call to another service,
 * so no service depends on another being up to verify, and a compromised service cannot serve keys).
 */
export async function loadInternalTrust(env: NodeJS.ProcessEnv = process.env): Promise<InternalTrust | undefined> {
  if (env.INTERNAL_JWKS_DIR) {
    const sets: Record<string, IssuerJwks> = {};
    for (const file of await fs.readdir(env.INTERNAL_JWKS_DIR)) {
      if (!file.endsWith('.json')) continue;
      const text = await fs.readFile(path.join(env.INTERNAL_JWKS_DIR, file), 'utf8');
      sets[file.slice(0, -'.json'.length)] = parseJson(`${file} in INTERNAL_JWKS_DIR`, text) as IssuerJwks;
    }
    return trustFromJwks(sets);
  }
  if (env.INTERNAL_JWKS) return trustFromJwks(parseJson('INTERNAL_JWKS', env.INTERNAL_JWKS) as Record<string, IssuerJwks>);
  return undefined;
}

/** Whom a process trusts: its loaded trust, or (a bare test pair) its one key for every issuer. */
export function trustOf(keys: InternalKeys, env: NodeJS.ProcessEnv = process.env): InternalTrust {
  if (keys.trust) return keys.trust;
  if (keys.issuer && env.NODE_ENV === 'production')
    throw new Error('INTERNAL_JWKS_DIR (or INTERNAL_JWKS) is required when NODE_ENV=production.');
  return sharedKeyTrust(keys.publicKey);
}

/** The signer of a process: its own key, its own name as `iss` (a bare test pair signs as `issuer`). */
export function internalSignerOf(
  keys: InternalKeys,
  issuer: string,
  options: Omit<InternalSignerOptions, 'issuer' | 'keyId'> = {},
): InternalSigner {
  return createInternalSigner(keys.privateKey, { ...options, issuer: keys.issuer ?? issuer, keyId: keys.keyId });
}

/** For a process that only verifies: `INTERNAL_JWT_PUBLIC_KEY`, else derived from the private key, else the dev key. */
export async function loadInternalPublicKey(
  env: NodeJS.ProcessEnv = process.env,
  dataDir: string = defaultDataDir(env),
): Promise<KeyObject> {
  if (env.INTERNAL_JWT_PUBLIC_KEY) return readKey('INTERNAL_JWT_PUBLIC_KEY', () => parsePublicKey(env.INTERNAL_JWT_PUBLIC_KEY!));
  return (await loadInternalKeys(env, dataDir)).publicKey;
}

function parseJson(what: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${what} is not JSON.`, { cause: error });
  }
}

function readKey(name: string, read: () => KeyObject): KeyObject {
  try {
    return read();
  } catch (error) {
    throw new Error(`${name} is not a PEM or JWK key.`, { cause: error });
  }
}
