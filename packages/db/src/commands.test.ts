import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServiceMigration, migrateServices, snapshotServices } from './commands';
import { migratedSnapshotId } from './memory';
import { fileName, forgetSnapshot, snapshotsDir } from './snapshots';

describe('the db:migration and db:migrate commands', () => {
  let root: string;
  const schema = (fields: string) => `datasource db {\n  provider = "postgresql"\n}\n\nmodel Probe {\n  id String @id\n${fields}}\n`;
  const env = () => ({ CORT_DATA_DIR: path.join(root, '.data') });

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-repo-'));
    for (const name of ['alpha', 'beta']) {
      fs.mkdirSync(path.join(root, 'services', name, 'prisma'), { recursive: true });
      fs.writeFileSync(path.join(root, 'services', name, 'prisma', 'schema.prisma'), schema(''));
    }
  });
  afterAll(async () => {
    // The snapshots of these services went to the machine's cache (as every migrated data folder's do).
    for (const name of ['alpha', 'beta']) {
      const { name: file, key } = migratedSnapshotId(name, path.join(root, 'services', name, 'prisma', 'migrations'));
      await forgetSnapshot(file, key);
    }
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('writes a service migration from its schema without any database server, then nothing', async () => {
    const dir = await createServiceMigration({ root, service: 'alpha', name: 'init', now: new Date('2026-02-03T04:05:06Z') });
    expect(dir).toBe(path.join(root, 'services', 'alpha', 'prisma', 'migrations', '20260203040506_init'));
    expect(await createServiceMigration({ root, service: 'alpha', name: 'nothing' })).toBeNull();
    await createServiceMigration({ root, service: 'beta', name: 'init' });
  });

  it('applies every service to its embedded database in the data folder, once', async () => {
    expect(await migrateServices({ root, env: env() })).toEqual({
      alpha: ['20260203040506_init'],
      beta: [expect.stringMatching(/^\d{14}_init$/)],
    });
    expect(fs.existsSync(path.join(root, '.data', 'alpha', 'PG_VERSION'))).toBe(true);
    fs.writeFileSync(path.join(root, 'services', 'alpha', 'prisma', 'schema.prisma'), schema('  name String?\n'));
    const next = await createServiceMigration({ root, service: 'alpha', name: 'add_name', now: new Date('2026-02-04T00:00:00Z') });
    expect(await migrateServices({ root, env: env(), service: 'alpha' })).toEqual({ alpha: [path.basename(next!)] });
    expect(await migrateServices({ root, env: env() })).toEqual({ alpha: [], beta: [] });
  });

  it("makes each service's migrated snapshot on this machine once, as the build's snapshot task does", async () => {
    const ids = ['alpha', 'beta'].map((name) => migratedSnapshotId(name, path.join(root, 'services', name, 'prisma', 'migrations')));
    for (const { name, key } of ids) await forgetSnapshot(name, key);
    expect(await snapshotServices({ root })).toEqual({ alpha: 'made', beta: 'made' });
    for (const { name, key } of ids) expect(fs.existsSync(path.join(snapshotsDir(), fileName(name, key)))).toBe(true);
    expect(await snapshotServices({ root, service: 'beta' })).toEqual({ beta: 'kept' });
  });

  it('names the services there are when asked for another', async () => {
    await expect(migrateServices({ root, env: env(), service: 'gamma' })).rejects.toThrow(/there are: alpha, beta/);
  });

  it('refuses to migrate an embedded database in production (a deployment without its database URL)', async () => {
    await expect(migrateServices({ root, env: { ...env(), NODE_ENV: 'production' }, service: 'alpha' })).rejects.toThrow(
      /ALPHA_DATABASE_URL \(or DATABASE_URL\) is required/,
    );
  });
});
