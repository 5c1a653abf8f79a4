import { startService, type ServiceDependencies } from '@cort/subgraph';
import type { OrganisationsConfig } from './config';
import { createContextFactory } from './context';
import { PrismaClient } from './generated/prisma/client';
import { buildSchema } from './schema';
import { seedDemoData } from './seed/demo';

/** The organisations subgraph: migrates, seeds demo partners if asked, serves. */
export function createServer(config: OrganisationsConfig, dependencies: ServiceDependencies = {}) {
  return startService(
    {
      ...config, // port, host, databaseUrl, migrationsDir
      name: 'organisations',
      createClient: (adapter) => new PrismaClient({ adapter }),
      buildSchema,
      async prepare(prisma, logger) {
        if (config.seedDemoData && (await seedDemoData(prisma))) logger.info('demo data seeded');
      },
      createContext: (prisma) => createContextFactory(prisma),
    },
    dependencies,
  );
}
