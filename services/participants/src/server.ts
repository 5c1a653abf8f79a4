import { createInternalSigner, type InternalKeys } from '@cort/auth';
import { pullEvents } from '@cort/events';
import { startService, type ServiceDependencies } from '@cort/subgraph';
import type { ParticipantsConfig } from './config';
import { createContextFactory } from './context';
import { createActivitiesFollower, type ActivitiesFollower } from './feeds/activities.feed';
import { PrismaClient } from './generated/prisma/client';
import { buildSchema } from './schema';
import { seedDemoData } from './seed/demo';

/** The participants subgraph: migrates, seeds demo participants if asked, follows the activities feed, serves. */
export function createServer(config: ParticipantsConfig, dependencies: ServiceDependencies = {}) {
  let follower: ActivitiesFollower | undefined;
  const followerOf = (prisma: PrismaClient, keys: InternalKeys) =>
    (follower ??= createActivitiesFollower(prisma, (after) =>
      pullEvents({
        baseUrl: new URL(config.activitiesUrl).origin,
        consumer: 'participants',
        producer: 'activities',
        signToken: createInternalSigner(keys.privateKey),
        after,
        limit: 200,
      }),
    ));
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
      createContext: (prisma, keys) => createContextFactory(prisma, followerOf(prisma, keys)),
      // Stay less than a second behind the activities service; a failed pull is retried on the next tick.
      background(prisma, keys, logger) {
        let stopped = false;
        let failing = false;
        let busy = false;
        let pending: Promise<void> = Promise.resolve();
        const timer = setInterval(() => {
          if (busy) return; // a slow pull is not stacked upon
          busy = true;
          pending = followerOf(prisma, keys)
            .catchUp()
            .then(() => void (failing = false))
            .catch((error: unknown) => {
              if (!failing && !stopped)
                logger.error('cannot follow the activities feed', { error: error instanceof Error ? error.message : String(error) });
              failing = true;
            })
            .finally(() => void (busy = false));
        }, config.followIntervalMs);
        return async () => {
          stopped = true;
          clearInterval(timer);
          await pending;
        };
      },
    },
    dependencies,
  );
}
