import { internalSignerOf } from '@cort/auth';
import { feedOf, followInBackground } from '@cort/events';
import { startService, type ServiceDependencies } from '@cort/subgraph';
import type { ReportingConfig } from './config';
import { createContextFactory } from './context';
import type { Producer } from './domain/report-events';
import { createReportFollower } from './feeds/report.feed';
import { PrismaClient } from './generated/prisma/client';
import { buildSchema } from './schema';

/**
 * The reporting subgraph: migrates, follows the activities, organisations and participants feeds in the background,
 * serves figures computed from its own projections only (never by asking another service at request time).
 */
export function createServer(config: ReportingConfig, dependencies: ServiceDependencies = {}) {
  const producers: Record<Producer, string> = {
    activities: config.activitiesUrl,
    organisations: config.organisationsUrl,
    participants: config.participantsUrl,
  };
  return startService(
    {
      ...config, // port, host, databaseUrl, migrationsDir
      name: 'reporting',
      createClient: (adapter) => new PrismaClient({ adapter }),
      buildSchema,
      createContext: (prisma) => createContextFactory(prisma),
      // Each feed is followed on its own: one producer being down does not hold back the other's figures.
      background(prisma, { keys, logger, metrics }) {
        const signToken = internalSignerOf(keys, 'reporting');
        const stops = (Object.entries(producers) as [Producer, string][]).map(([producer, url]) => {
          const pull = feedOf({ consumer: 'reporting', producer, graphqlUrl: url, signToken });
          const follower = createReportFollower(prisma, producer, pull, logger);
          return followInBackground(follower, { intervalMs: config.followIntervalMs, producer, logger, metrics });
        });
        return async () => void (await Promise.all(stops.map((stop) => stop())));
      },
    },
    dependencies,
  );
}
