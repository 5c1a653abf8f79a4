import path from 'node:path';
import { databaseUrlFor } from '@cort/db';
import { metricsPort } from '@cort/common';

/** What every subgraph service is configured with. */
export interface ServiceConfig {
  port: number;
  host: string;
  /** PostgreSQL when set; otherwise embedded PGlite in .data/<service>. */
  databaseUrl?: string;
  /** Fill an empty database with demo data on start (development only). */
  seedDemoData: boolean;
  migrationsDir: string;
  /** `<NAME>_METRICS_PORT` (or METRICS_PORT): Prometheus metrics on a port of their own; none when unset. */
  metricsPort?: number;
}

/**
 * One typed config from the environment, failing at start on what production lacks:
 * `<NAME>_PORT` (or PORT), HOST, `<NAME>_DATABASE_URL` (or DATABASE_URL), SEED_DEMO_DATA.
 */
export function serviceConfig(name: string, defaultPort: number, serviceDir: string, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const prefix = name.toUpperCase().replace(/-/g, '_');
  const production = env.NODE_ENV === 'production';
  const port = Number(env[`${prefix}_PORT`] ?? env.PORT ?? defaultPort);
  if (!Number.isInteger(port) || port < 0) throw new Error(`${prefix}_PORT must be a port number.`);
  const databaseUrl = databaseUrlFor(name, env);
  if (production && !databaseUrl) throw new Error(`${prefix}_DATABASE_URL (or DATABASE_URL) is required in production.`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    seedDemoData: env.SEED_DEMO_DATA ? env.SEED_DEMO_DATA === 'true' : !production,
    migrationsDir: path.join(serviceDir, 'prisma', 'migrations'),
    metricsPort: metricsPort(name, env),
  };
}
