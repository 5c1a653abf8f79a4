import { createInternalSigner, createInternalVerifier, loadInternalKeys, type InternalKeys } from '@cort/auth';
import { migrate, openDatabase, type Database } from '@cort/db';
import { createLogger, startSubgraphServer } from '@cort/subgraph';
import type { ActivitiesConfig } from './config';
import { createContextFactory } from './context';
import { PrismaClient } from './generated/prisma/client';
import { createOrganisationsClient } from './modules/organisation/organisations.client';
import { buildSchema } from './schema';
import { seedDemoData } from './seed/demo';
import { ensurePrisons } from './seed/prisons';

export interface ServerDependencies {
  /** An already open database (tests pass a fresh one); otherwise opened from the config. */
  database?: Database;
  /** The internal token keys; otherwise from the environment or the development keys. */
  internalKeys?: InternalKeys;
}

/** Opens the database, migrates it, seeds demo data if asked, and serves the subgraph. */
export async function createServer(config: ActivitiesConfig, dependencies: ServerDependencies = {}) {
  const logger = createLogger('activities');
  const database = dependencies.database ?? (await openDatabase({ service: 'activities', url: config.databaseUrl }));
  await migrate(database, config.migrationsDir);
  const prisma = new PrismaClient({ adapter: database.adapter });
  await ensurePrisons(prisma);
  if (config.seedDemoData && (await seedDemoData(prisma))) logger.info('demo data seeded');

  const keys = dependencies.internalKeys ?? (await loadInternalKeys(process.env));
  const organisations = createOrganisationsClient({ url: config.organisationsUrl, signToken: createInternalSigner(keys.privateKey) });
  const server = await startSubgraphServer({
    name: 'activities',
    schema: await buildSchema(),
    port: config.port,
    host: config.host,
    logger,
    verifyCaller: createInternalVerifier({ publicKey: keys.publicKey, audience: 'activities' }),
    createContext: createContextFactory(prisma, organisations),
    checkReady: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
  });
  logger.info('listening', { url: server.url });

  return {
    url: server.url,
    port: server.port,
    prisma,
    database,
    async stop() {
      await server.stop();
      await prisma.$disconnect();
      if (!dependencies.database) await database.close();
    },
  };
}
