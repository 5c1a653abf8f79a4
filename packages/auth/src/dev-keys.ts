import { createHash, createPrivateKey, createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { generateEd25519KeyPair, generateEs256KeyPair, type KeyPair } from './keys';

/** The issuer and audience of development user tokens: the `token` command's and the gateway's defaults. */
export const DEV_ISSUER = 'cort-dev';
export const DEV_AUDIENCE = 'cort-graph';

export interface DevKeys {
  /** Signs development user tokens (the `token` command); the gateway verifies with its public half. */
  user: KeyPair & { keyId: string };
  /** Signs internal tokens between the gateway and the subgraphs in development. */
  internal: KeyPair;
}

export const DEV_KEYS_FILE = 'dev-keys.json';

/** `.data/` at the repository root (packages/auth/{src,dist}/ → ../../../.data), or `CORT_DATA_DIR`. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CORT_DATA_DIR ? path.resolve(env.CORT_DATA_DIR) : path.resolve(__dirname, '..', '..', '..', '.data');
}

export function assertNotProduction(env: NodeJS.ProcessEnv, what: string): void {
  if (env.NODE_ENV === 'production') throw new Error(`${what}: development keys are refused when NODE_ENV=production.`);
}

interface StoredKeys {
  version: 1;
  user: { keyId: string; privateKey: string };
  internal: { privateKey: string };
}

const pem = (key: KeyObject) => key.export({ format: 'pem', type: 'pkcs8' }).toString();

function fromStored(stored: StoredKeys): DevKeys {
  const pair = (text: string): KeyPair => {
    const privateKey = createPrivateKey(text);
    return { privateKey, publicKey: createPublicKey(privateKey) };
  };
  return { user: { ...pair(stored.user.privateKey), keyId: stored.user.keyId }, internal: pair(stored.internal.privateKey) };
}

/**
 * The development keys in `<dataDir>/dev-keys.json`, created on first use. Several processes start at
 * once under `npm start`: the file is written aside and linked into place, so every process ends up
 * with the same keys and nobody reads half a file. Throws when NODE_ENV=production.
 */
export async function loadOrCreateDevKeys(dataDir: string = defaultDataDir(), env: NodeJS.ProcessEnv = process.env): Promise<DevKeys> {
  assertNotProduction(env, 'loadOrCreateDevKeys');
  const file = path.join(dataDir, DEV_KEYS_FILE);
  try {
    return fromStored(JSON.parse(await fs.readFile(file, 'utf8')) as StoredKeys);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(`${file} is unreadable; delete it to make new keys.`, { cause: error });
  }
  const user = generateEs256KeyPair();
  const stored: StoredKeys = {
    version: 1,
    user: {
      keyId: createHash('sha256')
        .update(user.publicKey.export({ format: 'der', type: 'spki' }))
        .digest('hex')
        .slice(0, 16),
      privateKey: pem(user.privateKey),
    },
    internal: { privateKey: pem(generateEd25519KeyPair().privateKey) },
  };
  await fs.mkdir(dataDir, { recursive: true });
  const temporary = `${file}.${randomUUID()}.tmp`;
  await fs.writeFile(temporary, JSON.stringify(stored, null, 2), { mode: 0o600 });
  try {
    await fs.link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another process won the race: use its keys.
    return fromStored(JSON.parse(await fs.readFile(file, 'utf8')) as StoredKeys);
  } finally {
    await fs.rm(temporary, { force: true });
  }
  return fromStored(stored);
}
