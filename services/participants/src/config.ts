import path from 'node:path';
import { databaseUrlFor } from '@cort/db';

export interface ParticipantsConfig {
  port: number;
  host: string;
  /** PostgreSQL when set; otherwise embedded PGlite in .data/participants. */
  databaseUrl?: string;
  seedDemoData: boolean;
  migrationsDir: string;
  /** The activities subgraph, whose event feed (at its origin) keeps this service's view of activities. */
  activitiesUrl: string;
  /** How often the feed is polled in the background, in milliseconds. */
  followIntervalMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ParticipantsConfig {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PARTICIPANTS_PORT ?? env.PORT ?? 4003);
  if (!Number.isInteger(port) || port < 0) throw new Error('PARTICIPANTS_PORT must be a port number.');
  const databaseUrl = databaseUrlFor('participants', env);
  if (production && !databaseUrl) throw new Error('PARTICIPANTS_DATABASE_URL (or DATABASE_URL) is required in production.');
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    seedDemoData: env.SEED_DEMO_DATA ? env.SEED_DEMO_DATA === 'true' : !production,
    migrationsDir: path.join(__dirname, '..', 'prisma', 'migrations'),
    activitiesUrl: env.ACTIVITIES_URL ?? 'http://127.0.0.1:4001/graphql',
    followIntervalMs: Number(env.FEED_POLL_INTERVAL_MS ?? 500),
  };
}
