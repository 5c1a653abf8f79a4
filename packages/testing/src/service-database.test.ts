import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { TestDatabase } from './database';
import { openServiceDatabase, serviceDatabasePerFile, type ServiceDatabase } from './service-database';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

// A service of one table (its folder holding prisma/migrations, as a service's does), with a client that is
// only what these helpers use of a generated one.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-testing-'));
const init = path.join(root, 'prisma', 'migrations', '20260101000000_init');
fs.mkdirSync(init, { recursive: true });
fs.writeFileSync(path.join(init, 'migration.sql'), 'CREATE TABLE "Probe" ("id" TEXT PRIMARY KEY);');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

class ProbeClient {
  constructor(readonly options: { adapter: TestDatabase['adapter'] }) {}
  async $disconnect(): Promise<void> {}
}
/** A client whose disconnect fails, e.g. on a connection the server closed already. */
class FailingClient extends ProbeClient {
  override async $disconnect(): Promise<void> {
    throw new Error('the client could not disconnect');
  }
}
const probe = <C extends ProbeClient>(Client: new (options: { adapter: TestDatabase['adapter'] }) => C): ServiceDatabase<C> => ({
  service: 'probe',
  root,
  Client,
});

async function databaseExists(name: string): Promise<boolean> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

describe(`serviceDatabasePerFile (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  const opened = serviceDatabasePerFile(probe(ProbeClient));
  // Read while the file is being collected, before any hook ran (e.g. `const { prisma } = …` at the top).
  const early = (() => {
    try {
      return opened.prisma;
    } catch (error) {
      return error;
    }
  })();

  it('says so when the client is read before the hook that opens the database ran', () => {
    expect(early).toEqual(new Error("the probe test database is read before the file's first hook opened it"));
  });

  it('gives the client on the database once the hook ran', () => {
    expect(opened.prisma).toBeInstanceOf(ProbeClient);
    expect(opened.prisma.options.adapter).toBe(opened.db.adapter);
  });
});

// Dropping is real on PostgreSQL only: an in-memory PGlite is gone with its handle.
(onPostgres ? describe : describe.skip)('openServiceDatabase close() (PostgreSQL)', () => {
  it('drops the database even when the client fails to disconnect, and reports the failure', async () => {
    const { db, close } = await openServiceDatabase(probe(FailingClient));
    expect(await databaseExists(db.name)).toBe(true);
    await expect(close()).rejects.toThrow('the client could not disconnect');
    expect(await databaseExists(db.name)).toBe(false);
  });

  it('drops the database after the client disconnected', async () => {
    const { db, close } = await openServiceDatabase(probe(ProbeClient));
    await close();
    expect(await databaseExists(db.name)).toBe(false);
  });
});
