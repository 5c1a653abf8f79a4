import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInternalSigner, createInternalVerifier, generateInternalKeyPair } from './internal-tokens';
import { loadInternalKeys, loadInternalPublicKey } from './internal-keys';
import { samePublicKey } from './keys';

const pair = generateInternalKeyPair();
const privatePem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const publicPem = pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();

describe('loadInternalKeys', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-auth-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a PEM private key (with escaped newlines) and derives the public key', async () => {
    const keys = await loadInternalKeys({ INTERNAL_JWT_PRIVATE_KEY: privatePem.replace(/\n/g, '\\n'), NODE_ENV: 'production' }, dir);
    expect(samePublicKey(keys.publicKey, pair.publicKey)).toBe(true);
    const token = await createInternalSigner(keys.privateKey)({ kind: 'anonymous' }, 'activities');
    await expect(createInternalVerifier({ publicKey: pair.publicKey, audience: 'activities' })(`Bearer ${token}`)).resolves.toEqual({
      kind: 'anonymous',
    });
  });

  it('reads JWKs and checks that the public key matches', async () => {
    const privateJwk = JSON.stringify(pair.privateKey.export({ format: 'jwk' }));
    const publicJwk = JSON.stringify(pair.publicKey.export({ format: 'jwk' }));
    const keys = await loadInternalKeys({ INTERNAL_JWT_PRIVATE_KEY: privateJwk, INTERNAL_JWT_PUBLIC_KEY: publicJwk }, dir);
    expect(samePublicKey(keys.publicKey, pair.publicKey)).toBe(true);
    const other = generateInternalKeyPair().publicKey.export({ format: 'pem', type: 'spki' }).toString();
    await expect(loadInternalKeys({ INTERNAL_JWT_PRIVATE_KEY: privatePem, INTERNAL_JWT_PUBLIC_KEY: other }, dir)).rejects.toThrow(
      /does not belong/,
    );
  });

  it('refuses garbage', async () => {
    await expect(loadInternalKeys({ INTERNAL_JWT_PRIVATE_KEY: 'not a key' }, dir)).rejects.toThrow(/not a PEM or JWK/);
  });

  it('falls back to the development keys, shared by every process, but not in production', async () => {
    const a = await loadInternalKeys({}, dir);
    const b = await loadInternalKeys({}, dir);
    expect(samePublicKey(a.publicKey, b.publicKey)).toBe(true);
    await expect(loadInternalKeys({ NODE_ENV: 'production' }, dir)).rejects.toThrow(/INTERNAL_JWT_PRIVATE_KEY is required/);
  });

  it('gives a verify-only process the public key alone', async () => {
    const key = await loadInternalPublicKey({ INTERNAL_JWT_PUBLIC_KEY: publicPem, NODE_ENV: 'production' }, dir);
    expect(samePublicKey(key, pair.publicKey)).toBe(true);
  });
});
