import { createPublicKey, type KeyObject } from 'node:crypto';
import { defaultDataDir, loadOrCreateDevKeys } from './dev-keys';
import { parsePrivateKey, parsePublicKey, samePublicKey, type KeyPair } from './keys';

/** The pair every process of the graph shares for internal tokens: the gateway signs, subgraphs verify. */
export type InternalKeys = KeyPair;

/**
 * `INTERNAL_JWT_PRIVATE_KEY` (PKCS#8 PEM, literal `\n` allowed, or a private JWK as JSON; Ed25519
 * recommended) and optionally `INTERNAL_JWT_PUBLIC_KEY` (SPKI PEM or public JWK), which must match it.
 * Without them: the development keys in `.data/`, refused when NODE_ENV=production.
 */
export async function loadInternalKeys(env: NodeJS.ProcessEnv = process.env, dataDir: string = defaultDataDir(env)): Promise<InternalKeys> {
  const privateText = env.INTERNAL_JWT_PRIVATE_KEY;
  if (!privateText) {
    if (env.NODE_ENV === 'production') throw new Error('INTERNAL_JWT_PRIVATE_KEY is required when NODE_ENV=production.');
    return (await loadOrCreateDevKeys(dataDir, env)).internal;
  }
  const privateKey = readKey('INTERNAL_JWT_PRIVATE_KEY', () => parsePrivateKey(privateText));
  const publicKey = createPublicKey(privateKey);
  if (env.INTERNAL_JWT_PUBLIC_KEY) {
    const given = readKey('INTERNAL_JWT_PUBLIC_KEY', () => parsePublicKey(env.INTERNAL_JWT_PUBLIC_KEY!));
    if (!samePublicKey(given, publicKey)) throw new Error('INTERNAL_JWT_PUBLIC_KEY does not belong to INTERNAL_JWT_PRIVATE_KEY.');
  }
  return { privateKey, publicKey };
}

/** For a process that only verifies: `INTERNAL_JWT_PUBLIC_KEY`, else derived from the private key, else the dev key. */
export async function loadInternalPublicKey(
  env: NodeJS.ProcessEnv = process.env,
  dataDir: string = defaultDataDir(env),
): Promise<KeyObject> {
  if (env.INTERNAL_JWT_PUBLIC_KEY) return readKey('INTERNAL_JWT_PUBLIC_KEY', () => parsePublicKey(env.INTERNAL_JWT_PUBLIC_KEY!));
  return (await loadInternalKeys(env, dataDir)).publicKey;
}

function readKey(name: string, read: () => KeyObject): KeyObject {
  try {
    return read();
  } catch (error) {
    throw new Error(`${name} is not a PEM or JWK key.`, { cause: error });
  }
}
