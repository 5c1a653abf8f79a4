import { createInternalSigner } from '@cort/auth';
import { startService, type ServiceDependencies } from '@cort/subgraph';
import type { ActivitiesConfig } from './config';
import { createContextFactory } from './context';
import { PrismaClient } from './generated/prisma/client';
import { createOrganisationService } from './modules/organisation/organisation.service';
import { buildSchema } from './schema';
import { seedDemoData } from './seed/demo';
import { ensurePrisons } from './seed/prisons';

/** The activities subgraph: migrates, keeps the prisons, seeds demo data if asked, serves. */
export function createServer(config: ActivitiesConfig, dependencies: ServiceDependencies = {}) {
  return startService(
    {
      ...config, // port, host, databaseUrl, migrationsDir
      name: 'activities',
      createClient: (adapter) => new PrismaClient({ adapter }),
      buildSchema,
      publishesEvents: true,
      async prepare(prisma, logger) {
        await ensurePrisons(prisma);
        if (config.seedDemoData && (await seedDemoData(prisma))) logger.info('demo data seeded');
      },
      createContext: (prisma, keys) =>
        createContextFactory(
          prisma,
          createOrganisationService({ url: config.organisationsUrl, signToken: createInternalSigner(keys.privateKey) }),
        ),
    },
    dependencies,
  );
}
