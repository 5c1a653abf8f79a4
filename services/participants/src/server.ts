import { internalSignerOf, type InternalKeys } from '@cort/auth';
import { feedOf, followInBackground, type CatchUpOptions } from '@cort/events';
import { auditPlugin, startService, type ServiceDependencies } from '@cort/subgraph';
import type { ParticipantsConfig } from './config';
import { createContextFactory, type Context } from './context';
import { createActivitiesFollower, type ActivitiesFollower } from './feeds/activities.feed';
import { PrismaClient } from './generated/prisma/client';
import { coalescedAuditWriter } from './modules/audit/audit.repository';
import { buildSchema } from './schema';
import { seedDemoData } from './seed/demo';
import { seedDemoAfterFeed } from './seed/demo-after-feed';

/** The participants subgraph: migrates, seeds demo participants if asked, follows the activities feed, serves. */
export function createServer(config: ParticipantsConfig, dependencies: ServiceDependencies = {}) {
  let follower: ActivitiesFollower | undefined;
  const followerOf = (prisma: PrismaClient, keys: InternalKeys) =>
    (follower ??= createActivitiesFollower(
      prisma,
      feedOf({
        consumer: 'participants',
        producer: 'activities',
        graphqlUrl: config.activitiesUrl,
        signToken: internalSignerOf(keys, 'participants'),
      }),
    ));
  return startService(
    {
      ...config, // port, host, databaseUrl, migrationsDir
      name: 'participants',
      // Changes to one activity's enrolments queue behind its lock, each holding a connection: a burst of
      // requests may wait longer than Prisma's default 2 s for a connection, which is not an error here.
      createClient: (adapter) => new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 15_000 } }),
      buildSchema,
      publishesEvents: true,
      async prepare(prisma, logger) {
        if (config.seedDemoData && (await seedDemoData(prisma))) logger.info('demo data seeded');
      },
      createContext: (prisma, keys) => createContextFactory(prisma, followerOf(prisma, keys)),
      // Every read of a participant's data is recorded before the answer leaves, or the answer is withheld;
      // answers given at the same time write their rows in one statement.
      plugins: (prisma, logger) => [auditPlugin<Context>(coalescedAuditWriter(prisma), logger)],
      // Stay less than a second behind the activities service. Demo enrolments wait for the demo offer
      // to arrive from that feed: seeded after the first catch-up that has brought a published activity.
      // Not simply the first that succeeds: the feed serves only transactions older than every one running
      // on the database server, so a catch-up can reach the end of what is served before the offer is in it.
      background(prisma, { keys, logger, metrics, runAlone }) {
        const follower = followerOf(prisma, keys);
        let demoPending = config.seedDemoData;
        const followAndSeed = {
          async catchUp(options?: CatchUpOptions) {
            // Before seeding, read the feed to its end even when another replica is reading it (a background
            // tick would skip its turn then): the demo needs the whole offer, not the pages read so far.
            await follower.catchUp(demoPending ? {} : options);
            if (!demoPending) return;
            // Each seeding counts before it inserts: replicas seed one after the other, the second finding it done.
            demoPending = (await runAlone('demo seeding participants', () => seedDemoAfterFeed(prisma, logger))) === null;
          },
        };
        return followInBackground(followAndSeed, { intervalMs: config.followIntervalMs, producer: 'activities', logger, metrics });
      },
    },
    dependencies,
  );
}
