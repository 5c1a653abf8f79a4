import { serviceConfig } from './config';

describe('serviceConfig', () => {
  it('reads the service’s own variables first, and defaults to embedded PGlite with demo data', () => {
    expect(serviceConfig('participants', 4003, '/srv/participants', {})).toEqual({
      port: 4003,
      host: '127.0.0.1',
      databaseUrl: undefined,
      seedDemoData: true,
      migrationsDir: '/srv/participants/prisma/migrations',
    });
    const env = {
      PARTICIPANTS_PORT: '5003',
      PARTICIPANTS_DATABASE_URL: 'postgresql://db/p',
      DATABASE_URL: 'postgresql://db/all',
      SEED_DEMO_DATA: 'false',
    };
    expect(serviceConfig('participants', 4003, '/srv', env)).toMatchObject({
      port: 5003,
      databaseUrl: 'postgresql://db/p',
      seedDemoData: false,
    });
  });

  it('fails fast on a bad port and on production without a database', () => {
    expect(() => serviceConfig('activities', 4001, '/srv', { ACTIVITIES_PORT: 'x' })).toThrow('ACTIVITIES_PORT must be a port number.');
    expect(() => serviceConfig('activities', 4001, '/srv', { NODE_ENV: 'production' })).toThrow(
      'ACTIVITIES_DATABASE_URL (or DATABASE_URL) is required in production.',
    );
    expect(serviceConfig('activities', 4001, '/srv', { NODE_ENV: 'production', DATABASE_URL: 'postgresql://db/a' }).seedDemoData).toBe(
      false,
    );
  });
});
