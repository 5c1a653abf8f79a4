import { internalSignerOf } from '@cort/auth';
import { feedOf, followInBackground } from '@cort/events';
import { startService, type ServiceDependencies } from '@cort/subgraph';
import type { ActivitiesConfig } from './config';
import { createContextFactory } from './context';
import { createParticipantsFollower } from './feeds/participants.feed';
import { PrismaClient } from './generated/prisma/client';
import { createOrganisationService } from './modules/organisation/organisation.service';
import { sweepHeldSessionsInBackground } from './modules/session/session-held.service';
import { buildSchema } from './schema';
import { seedDemoData } from './seed/demo';
import { ensurePrisons } from './seed/prisons';

/**
 * The activities subgraph: migrates, keeps the prisons, seeds demo data if asked, serves; beside it,
 * marks ended sessions HELD and follows the participants feed for the roll calls that confirm them.
 */
export function createServer(config: ActivitiesConfig, dependencies: ServiceDependencies = {}) {
  return startService(
    {
      ...config, // port, host, databaseUrl, migrationsDir
      name: 'activities',
      createClient: (adapter) => new PrismaClient({ adapter }),
      buildSchema,
      publishesEvents: true,
      // The gateway's directory cache follows this feed to drop the answers a change makes stale.
      gatewayFollowsFeed: true,
      async prepare(prisma, logger) {
        await ensurePrisons(prisma);
        if (config.seedDemoData && (await seedDemoData(prisma))) logger.info('demo data seeded');
      },
      createContext: (prisma, keys) =>
        createContextFactory(
          prisma,
          createOrganisationService({ url: config.organisationsUrl, signToken: internalSignerOf(keys, 'activities') }),
        ),
      background(prisma, { keys, logger, metrics }) {
        const stopSweep = sweepHeldSessionsInBackground(prisma, config.heldSweepIntervalMs, logger);
        const pull = feedOf({
          consumer: 'activities',
          producer: 'participants',
          graphqlUrl: config.participantsUrl,
          signToken: internalSignerOf(keys, 'activities'),
        });
        const stopFollowing = followInBackground(createParticipantsFollower(prisma, pull, logger), {
          intervalMs: config.followIntervalMs,
          producer: 'participants',
          logger,
          metrics,
        });
        return async () => {
          await stopFollowing();
          await stopSweep();
        };
      },
    },
    dependencies,
  );
}
