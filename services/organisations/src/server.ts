import { internalSignerOf } from '@cort/auth';
import { feedOf, followInBackground, type CatchUpOptions } from '@cort/events';
import { startService, type ServiceDependencies } from '@cort/subgraph';
import type { OrganisationsConfig } from './config';
import { createContextFactory } from './context';
import { createActivitiesFollower } from './feeds/activities.feed';
import { PrismaClient } from './generated/prisma/client';
import { buildSchema } from './schema';
import { seedDemoData } from './seed/demo';
import { linkDemoActionsToWishes } from './seed/action-wishes';

/** The services that read this service's event feed (infra/subgraphs.json: they "call" organisations). */
const FEED_CONSUMERS = ['reporting'];

/**
 * The organisations subgraph: migrates, seeds demo partners if asked, serves its schema and its event feed
 * (to reporting only); beside it, follows the activities feed for the sessions its volunteers held.
 */
export function createServer(config: OrganisationsConfig, dependencies: ServiceDependencies = {}) {
  return startService(
    {
      ...config, // port, host, databaseUrl, migrationsDir
      name: 'organisations',
      createClient: (adapter) => new PrismaClient({ adapter }),
      buildSchema,
      publishesEvents: true,
      feedConsumers: FEED_CONSUMERS,
      async prepare(prisma, logger) {
        if (config.seedDemoData && (await seedDemoData(prisma))) logger.info('demo data seeded');
      },
      createContext: (prisma) => createContextFactory(prisma),
      background(prisma, { keys, logger, metrics, runAlone }) {
        const pull = feedOf({
          consumer: 'organisations',
          producer: 'activities',
          graphqlUrl: config.activitiesUrl,
          signToken: internalSignerOf(keys, 'organisations'),
        });
        const follower = createActivitiesFollower(prisma, pull, logger);
        // The demo's actions answer wishes this service learns only from the feed: after each catch-up the
        // actions still waiting are linked, until none waits (until each demo prison's needs assessments
        // have arrived). Not once after the first catch-up: the feed serves only transactions older than
        // every one still running on the database server, so a catch-up can reach the end of what is served
        // before the activities seed is among it. Such a catch-up waits for a replica reading the feed
        // rather than skip its turn, and the linking runs one replica at a time.
        let demoWishesToLink = config.seedDemoData;
        const catchUp = async (options?: CatchUpOptions) => {
          await follower.catchUp(demoWishesToLink ? {} : options);
          if (!demoWishesToLink) return;
          const { waiting } = await runAlone('demo seeding organisations', () => linkDemoActionsToWishes(prisma));
          demoWishesToLink = waiting > 0;
        };
        return followInBackground(
          { catchUp },
          {
            intervalMs: config.followIntervalMs,
            producer: 'activities',
            logger,
            metrics,
          },
        );
      },
    },
    dependencies,
  );
}
