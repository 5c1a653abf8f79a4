import path from 'node:path';
import { createTestDatabase, type TestDatabase } from './database';

/** What a test may set on the client besides its adapter. */
export interface ClientOptions {
  transactionOptions?: { maxWait?: number; timeout?: number };
}

/** A service's generated Prisma client (`new PrismaClient({ adapter, … })`). */
export type ServiceClient = { $disconnect(): Promise<void> };

/** What a test needs to open a service's database: its name, its folder and its client class. */
export interface ServiceDatabase<Client extends ServiceClient> {
  service: string;
  /** The service's folder (services/<name>): its committed migrations are the folder's prisma/migrations. */
  root: string;
  Client: new (options: { adapter: TestDatabase['adapter'] } & ClientOptions) => Client;
}

/** A fresh migrated database, a client on it, and close(): the client disconnected, then the database dropped. */
export interface OpenedDatabase<Client> {
  db: TestDatabase;
  prisma: Client;
  close(): Promise<void>;
}

/**
 * A fresh database of the service with its migrations applied (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL: see createTestDatabase) and a client of the service's class on it, given `options`
 * besides the adapter (e.g. transactionOptions).
 */
export async function openServiceDatabase<Client extends ServiceClient>(
  { service, root, Client }: ServiceDatabase<Client>,
  options: ClientOptions = {},
): Promise<OpenedDatabase<Client>> {
  const db = await createTestDatabase(service, path.join(root, 'prisma', 'migrations'));
  const prisma = new Client({ ...options, adapter: db.adapter });
  return {
    db,
    prisma,
    close: async () => {
      // The database is dropped even when the client fails to disconnect: otherwise it would be left behind.
      try {
        await prisma.$disconnect();
      } finally {
        await db.drop();
      }
    },
  };
}

/**
 * openServiceDatabase for one test file: opened before the file's tests (before the hooks registered
 * after this call) and closed after them. Read `db` and `prisma` inside the tests and hooks: they are
 * set once the file's first hook has run.
 */
export function serviceDatabasePerFile<Client extends ServiceClient>(
  service: ServiceDatabase<Client>,
  options: ClientOptions = {},
): Readonly<Pick<OpenedDatabase<Client>, 'db' | 'prisma'>> {
  let opened: OpenedDatabase<Client> | undefined;
  beforeAll(async () => {
    opened = await openServiceDatabase(service, options);
  });
  afterAll(() => opened?.close());
  const get = () => {
    if (!opened) throw new Error(`the ${service.service} test database is read before the file's first hook opened it`);
    return opened;
  };
  return {
    get db() {
      return get().db;
    },
    get prisma() {
      return get().prisma;
    },
  };
}

/**
 * A service's test databases, as its test/database.ts gives them: `perFile` (serviceDatabasePerFile) for a
 * test file, `open` (openServiceDatabase) for a test that opens several and closes each itself.
 */
export function serviceDatabases<Client extends ServiceClient>(service: ServiceDatabase<Client>) {
  return {
    perFile: (options?: ClientOptions) => serviceDatabasePerFile(service, options),
    open: (options?: ClientOptions) => openServiceDatabase(service, options),
  };
}
