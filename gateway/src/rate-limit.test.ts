import { ANONYMOUS } from '@cort/auth';
import { loadConfig } from './config';
import type { IncomingMessage } from 'node:http';
import express from 'express';
import {
  DEFAULT_RATE_LIMITS,
  anonymousBudgetKeys,
  budgetOf,
  clientAddressOf,
  clientNetwork,
  createRateLimiter,
  trustProxySetting,
} from './rate-limit';

describe('the client network of an address', () => {
  it('is the IPv4 address itself, also when IPv4-mapped', () => {
    expect(clientNetwork('203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('is the /64 of an IPv6 address, however it is written', () => {
    const network = '2001:db8:85a3:8d3::/64';
    expect(clientNetwork('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe(network);
    expect(clientNetwork('2001:0db8:85a3:08d3::7348')).toBe(network);
    expect(clientNetwork('2001:db8:85a3:8d3::')).toBe(network);
    expect(clientNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
    expect(clientNetwork('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});

describe('whose budget a request spends', () => {
  it('is the user’s when signed in, the client network’s otherwise', () => {
    const user = { kind: 'user' as const, sub: 'person-7', roles: ['COORDINATOR' as const], prisons: ['HAREN'] };
    expect(budgetOf(user, '203.0.113.7')).toEqual({ kind: 'user', key: 'user:person-7' });
    expect(budgetOf(ANONYMOUS, '2001:db8::1')).toEqual({ kind: 'anonymous', key: 'ip:2001:db8:0:0::/64' });
    expect(budgetOf(ANONYMOUS, undefined)).toEqual({ kind: 'anonymous', key: 'ip:unknown' });
  });
});

describe('the anonymous budget keys of client addresses, remembered', () => {
  it('are those budgetOf gives, for the addresses remembered, those forgotten (past the bound) and none', () => {
    const keyOf = anonymousBudgetKeys(2);
    const addresses = ['203.0.113.7', '::ffff:203.0.113.7', '2001:db8::1', '203.0.113.7', undefined, '2001:db8::2', 'x'.repeat(500)];
    for (const ip of [...addresses, ...addresses]) expect(keyOf(ip)).toBe(budgetOf(ANONYMOUS, ip).key);
  });
});

describe('trust proxy', () => {
  it('is off unless set, a number of proxies, or their addresses; never everyone', () => {
    expect(trustProxySetting(undefined)).toBe(false);
    expect(trustProxySetting('false')).toBe(false);
    expect(trustProxySetting('2')).toBe(2);
    expect(trustProxySetting('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
    expect(() => trustProxySetting('true')).toThrow(/number of proxies or their addresses/);
  });
});

describe('the client address of a request answered before express', () => {
  it('is what express’s req.ip gives: the socket’s peer, or the client a trusted proxy names', () => {
    const request = { headers: { 'x-forwarded-for': '203.0.113.7' }, socket: { remoteAddress: '127.0.0.1' } } as unknown as IncomingMessage;
    const app = express();
    expect(clientAddressOf(app)(request)).toBe('127.0.0.1');
    app.set('trust proxy', 'loopback');
    expect(clientAddressOf(app)(request)).toBe('203.0.113.7');
    app.set('trust proxy', '10.0.0.0/8');
    expect(clientAddressOf(app)(request)).toBe('127.0.0.1');
  });
});

// The directory cache's front spends the budget of a hit with these two, with no try around them.
describe('the client address and the anonymous budget, whatever the client wrote', () => {
  const written = ['', ' ', ',,,', 'unknown', 'not an address', '999.1.1.1', '::ffff:zz', '1.2.3.4, garbage', 'x'.repeat(5000)];

  it('give an address or nothing, and never throw', () => {
    const app = express();
    for (const trust of [false, 2, 'loopback, 10.0.0.0/8', 'uniquelocal']) {
      app.set('trust proxy', trust);
      for (const header of written) {
        const request = { headers: { 'x-forwarded-for': header }, socket: { remoteAddress: '127.0.0.1' } } as unknown as IncomingMessage;
        expect(() => clientAddressOf(app)(request)).not.toThrow();
      }
    }
  });

  it('spend or refuse, and never throw', async () => {
    const quiet = { info: () => undefined, error: () => undefined };
    const limiter = createRateLimiter({ ...DEFAULT_RATE_LIMITS, anonymousPerMinute: 2 }, quiet);
    for (const ip of [...written, undefined]) {
      let spending: Promise<boolean> | undefined;
      expect(() => (spending = limiter.spendAnonymous(ip))).not.toThrow();
      expect(typeof (await spending)).toBe('boolean');
    }
  });
});

describe('the edge’s configuration', () => {
  it('has defaults: the contract’s directory, 60 s, generous budgets in memory, no proxy trusted', () => {
    const config = loadConfig({});
    expect(config.directory.operationsDir).toMatch(/contract[/\\]directory$/);
    expect(config.directory.maxAgeSeconds).toBe(60);
    expect(config.rateLimits).toEqual({ ...DEFAULT_RATE_LIMITS, redisUrl: undefined });
    expect(config.trustProxy).toBe(false);
  });

  it('is read from the environment and refuses what makes no sense', () => {
    const config = loadConfig({
      GATEWAY_DIRECTORY_OPERATIONS: 'somewhere/else',
      GATEWAY_PUBLIC_MAX_AGE_SECONDS: '300',
      GATEWAY_RATE_LIMIT_ANONYMOUS: '30',
      GATEWAY_RATE_LIMIT_USER: '90',
      GATEWAY_RATE_LIMIT_PREFIX: 'cort-acceptance',
      REDIS_URL: 'redis://cache.internal:6379',
      GATEWAY_TRUST_PROXY: '1',
      GATEWAY_CACHE_PREFIX: 'cort-acceptance',
      FEED_POLL_INTERVAL_MS: '250',
    });
    expect(config.directory).toEqual({
      operationsDir: expect.stringMatching(/somewhere[/\\]else$/),
      maxAgeSeconds: 300,
      // The directory's answers are kept in the same Redis as the budgets.
      cache: { redisUrl: 'redis://cache.internal:6379', keyPrefix: 'cort-acceptance:directory' },
      followIntervalMs: 250,
    });
    expect(config.rateLimits).toEqual({
      anonymousPerMinute: 30,
      userPerMinute: 90,
      keyPrefix: 'cort-acceptance',
      redisUrl: 'redis://cache.internal:6379',
    });
    expect(config.trustProxy).toBe(1);
    expect(() => loadConfig({ GATEWAY_RATE_LIMIT_USER: '0' })).toThrow(/GATEWAY_RATE_LIMIT_USER must be an integer of at least 1/);
    expect(() => loadConfig({ GATEWAY_PUBLIC_MAX_AGE_SECONDS: '-5' })).toThrow(/GATEWAY_PUBLIC_MAX_AGE_SECONDS/);
  });
});
