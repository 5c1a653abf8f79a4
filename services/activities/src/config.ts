import path from 'node:path';
import { databaseUrlFor } from '@cort/db';

export interface ActivitiesConfig {
  port: number;
  host: string;
  /** PostgreSQL when set; otherwise embedded PGlite in .data/activities. */
  databaseUrl?: string;
  /** Where the organisations subgraph answers, for the facilitation check. */
  organisationsUrl: string;
  /** Fill an empty database with demo data on start (development only). */
  seedDemoData: boolean;
  migrationsDir: string;
}

/** One typed config from the environment; fails at start, not on the first request. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ActivitiesConfig {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.ACTIVITIES_PORT ?? env.PORT ?? 4001);
  if (!Number.isInteger(port) || port < 0) throw new Error('ACTIVITIES_PORT must be a port number.');
  const databaseUrl = databaseUrlFor('activities', env);
  if (production && !databaseUrl) throw new Error('ACTIVITIES_DATABASE_URL (or DATABASE_URL) is required in production.');
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    organisationsUrl: env.ORGANISATIONS_URL ?? 'http://127.0.0.1:4002/graphql',
    seedDemoData: env.SEED_DEMO_DATA ? env.SEED_DEMO_DATA === 'true' : !production,
    migrationsDir: path.join(__dirname, '..', 'prisma', 'migrations'),
  };
}
