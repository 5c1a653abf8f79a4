import { startService, type ServiceDependencies } from '@cort/subgraph';
import type { ParticipantsConfig } from './config';
import { createContextFactory } from './context';
import { PrismaClient } from './generated/prisma/client';
import { buildSchema } from './schema';
import { seedDemoData } from './seed/demo';

/** The participants subgraph: migrates, seeds demo participants if asked, serves, publishes its events. */
export function createServer(config: ParticipantsConfig, dependencies: ServiceDependencies = {}) {
  return startService(
    {
      name: 'participants',
      port: config.port,
      host: config.host,
      databaseUrl: config.databaseUrl,
      migrationsDir: config.migrationsDir,
      createClient: (adapter) => new PrismaClient({ adapter }),
      buildSchema,
      publishesEvents: true,
      async prepare(prisma, logger) {
        if (config.seedDemoData && (await seedDemoData(prisma))) logger.info('demo data seeded');
      },
      createContext: (prisma) => createContextFactory(prisma),
    },
    dependencies,
  );
}
