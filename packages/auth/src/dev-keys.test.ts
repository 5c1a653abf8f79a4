import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadOrCreateDevKeys } from './dev-keys';
import { samePublicKey } from './keys';

describe('loadOrCreateDevKeys', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-auth-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the keys once, private to the user, and reads the same keys back', async () => {
    const first = await loadOrCreateDevKeys(dir, {});
    const file = path.join(dir, 'dev-keys.json');
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    const second = await loadOrCreateDevKeys(dir, {});
    expect(samePublicKey(first.user.publicKey, second.user.publicKey)).toBe(true);
    expect(samePublicKey(first.internal.publicKey, second.internal.publicKey)).toBe(true);
    expect(second.user.keyId).toBe(first.user.keyId);
    expect(samePublicKey(first.user.publicKey, first.internal.publicKey)).toBe(false);
  });

  it('gives every concurrently starting process the same keys', async () => {
    const all = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateDevKeys(dir, {})));
    for (const keys of all) expect(samePublicKey(keys.internal.publicKey, all[0].internal.publicKey)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['dev-keys.json']);
  });

  it('is refused in production', async () => {
    await expect(loadOrCreateDevKeys(dir, { NODE_ENV: 'production' })).rejects.toThrow(/refused when NODE_ENV=production/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
