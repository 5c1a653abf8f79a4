const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { describe, it, expect, beforeAll, afterAll } = require('@jest/globals');
const { benchDatabases } = require('./databases');
const { localServices } = require('../services');

// The bench on a simulated year (`npm run bench -- --simulated`) is promised to create and drop nothing:
// the databases the simulation filled are used as they are, and stay after the run.
const root = path.resolve(__dirname, '..', '..');
const services = localServices(root);
const adminUrl = process.env.TEST_DATABASE_URL;
const scratch = () => (fs.existsSync(path.join(root, '.scratch')) ? fs.readdirSync(path.join(root, '.scratch')).sort() : []);

describe('the simulated bench on PGlite', () => {
  it('uses the data directory as it is, and deletes nothing of it afterwards', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-simulated-'));
    fs.writeFileSync(path.join(dataDir, 'filled'), 'by the simulation');
    try {
      const before = scratch();
      const databases = await benchDatabases(services, { simulated: true, env: { CORT_DATA_DIR: dataDir }, root });
      expect(databases).toMatchObject({ dataDir, database: 'PGlite', env: { SEED_DEMO_DATA: 'false' } });
      await databases.remove({ write: () => undefined });
      expect(fs.readdirSync(dataDir)).toEqual(['filled']);
      expect(scratch()).toEqual(before);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

(adminUrl ? describe : describe.skip)('the simulated bench on PostgreSQL', () => {
  const { Client } = require(require.resolve('pg', { paths: [path.join(root, 'packages', 'db')] }));
  const { databaseUrlVariable } = require(path.join(root, 'packages', 'db', 'dist', 'paths.js'));
  const name = `cort_test_simulated_${process.pid}`;
  const admin = async (sql, args = []) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return (await client.query(sql, args)).rows;
    } finally {
      await client.end();
    }
  };
  beforeAll(() => admin(`CREATE DATABASE ${name}`));
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  it("uses the services' databases as they are: none is made for the run, and none is dropped after it", async () => {
    const url = `postgresql://postgres@127.0.0.1:5432/${name}`;
    const env = Object.fromEntries(services.map((service) => [databaseUrlVariable(service.name), url]));
    const databases = await benchDatabases(services, { simulated: true, env, root });
    expect(databases).toMatchObject({ database: 'PostgreSQL', env });
    const made = () =>
      admin('SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2 ORDER BY 1', [`cort_bench_${process.pid}_%`, name]);
    expect(await made()).toEqual([{ datname: name }]);
    await databases.remove({ write: () => undefined });
    expect(await made()).toEqual([{ datname: name }]);
  });
});
