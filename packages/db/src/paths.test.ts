import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataRoot, databaseUrlFor, repoRoot, servicesWithDatabases } from './paths';

describe('databaseUrlFor', () => {
  it("prefers the service's own URL, then DATABASE_URL, else none (embedded PGlite)", () => {
    const env = { ACTIVITIES_DATABASE_URL: 'postgresql://a', DATABASE_URL: 'postgresql://all' };
    expect(databaseUrlFor('activities', env)).toBe('postgresql://a');
    expect(databaseUrlFor('organisations', env)).toBe('postgresql://all');
    expect(databaseUrlFor('organisations', {})).toBeUndefined();
    expect(databaseUrlFor('activities', { ACTIVITIES_DATABASE_URL: '', DATABASE_URL: '' })).toBeUndefined();
  });

  it('spells a dashed service name as an environment variable', () => {
    expect(databaseUrlFor('case-notes', { CASE_NOTES_DATABASE_URL: 'postgresql://c' })).toBe('postgresql://c');
  });
});

describe('repository paths', () => {
  it('finds the workspace root from anywhere inside it', () => {
    const root = repoRoot();
    expect(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).workspaces).toBeDefined();
    expect(repoRoot(path.join(root, 'packages', 'db', 'src'))).toBe(root);
    expect(() => repoRoot(os.tmpdir())).toThrow(/No workspace root/);
  });

  it('keeps embedded data in <repo>/.data unless CORT_DATA_DIR says otherwise', () => {
    expect(dataRoot({}, '/repo')).toBe(path.join('/repo', '.data'));
    expect(dataRoot({ CORT_DATA_DIR: '/var/cort' }, '/repo')).toBe('/var/cort');
  });

  it('lists the services that have a Prisma schema', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-repo-'));
    for (const [name, schema] of [
      ['b', true],
      ['a', true],
      ['web', false],
    ] as const) {
      fs.mkdirSync(path.join(root, 'services', name, 'prisma'), { recursive: true });
      if (schema) fs.writeFileSync(path.join(root, 'services', name, 'prisma', 'schema.prisma'), '');
    }
    expect(servicesWithDatabases(root)).toEqual(
      ['a', 'b'].map((name) => ({
        name,
        schemaPath: path.join(root, 'services', name, 'prisma', 'schema.prisma'),
        migrationsDir: path.join(root, 'services', name, 'prisma', 'migrations'),
      })),
    );
    fs.rmSync(root, { recursive: true, force: true });
  });
});
