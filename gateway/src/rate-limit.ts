import type { ApolloServerPlugin } from '@apollo/server';
import { ANONYMOUS, type Caller } from '@cort/auth';
import type { IncomingMessage } from 'node:http';
import type { Express, NextFunction, Request, Response } from 'express';
import ipaddr from 'ipaddr.js';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { BoundedMemo, type Logger } from '@cort/common';
import { closeRedis, connectRedis } from './redis';

export interface RateLimits {
  /** Requests per minute from one client network without a token (directory operations count here, token or not). */
  anonymousPerMinute: number;
  /** Requests per minute of one signed-in user (token `sub`), from wherever. */
  userPerMinute: number;
  /** With it, every gateway on this Redis shares one budget per client; without it, each counts its own. */
  redisUrl?: string;
  /** Redis keys start with it: one prefix per graph (and per test). */
  keyPrefix: string;
}

/** Far above a person browsing the directory or working in the web app, and above the test suite's bursts. */
export const DEFAULT_RATE_LIMITS: RateLimits = { anonymousPerMinute: 600, userPerMinute: 1200, keyPrefix: 'cort-gateway' };

/**
 * Express's `trust proxy` from GATEWAY_TRUST_PROXY: unset or `false`, the client is the socket's peer;
 * a number, that many proxies in front; else the proxies' addresses or subnets (comma-separated, or
 * express's `loopback`, `uniquelocal`). `true` is refused: it would trust an X-Forwarded-For written by
 * the client itself, and anyone could spread requests over made-up addresses.
 */
export function trustProxySetting(raw: string | undefined): false | number | string {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true')
    throw new Error('GATEWAY_TRUST_PROXY=true would trust any X-Forwarded-For: give the number of proxies or their addresses.');
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/**
 * The client's address of a request express has not seen (the directory cache's front), exactly as
 * express's `req.ip` would give it: express's own getter, under the app's `trust proxy` setting. It does
 * not throw: proxy-addr only splits the X-Forwarded-For text, and its trust functions test an address's
 * form before parsing it.
 */
export function clientAddressOf(app: Express): (req: IncomingMessage) => string | undefined {
  return (req) => Reflect.get(app.request, 'ip', { app, headers: req.headers, socket: req.socket, connection: req.socket });
}

/** An IPv6 client is one /64 (what one household or host gets); an IPv4-mapped address is its IPv4. */
export function clientNetwork(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') return address.toString();
  const groups = (address as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${groups.join(':')}::/64`;
}

/** Whose budget a request spends: a signed-in user's own, or the client network's when anonymous. */
export function budgetOf(caller: Caller, ip: string | undefined): { kind: 'user' | 'anonymous'; key: string } {
  if (caller.kind === 'user') return { kind: 'user', key: `user:${caller.sub}` };
  return { kind: 'anonymous', key: `ip:${clientNetwork(ip ?? 'unknown')}` };
}

/** Far more client addresses than call within a minute; past it the oldest is worked out again when it comes back. */
const MAX_KNOWN_ADDRESSES = 10_000;
/**
 * An IPv6 address with its zone is under 64 characters. Anything longer is not an address a socket gives:
 * text a client wrote into X-Forwarded-For, trusted through a proxy count set too high. It is not kept.
 */
const MAX_KNOWN_ADDRESS_LENGTH = 64;

/**
 * The anonymous budget key of each client address, worked out once (parsing the address cost as much as
 * the rest of a cached directory answer) and then looked up: the same key `budgetOf` gives.
 */
export function anonymousBudgetKeys(max = MAX_KNOWN_ADDRESSES): (ip: string | undefined) => string {
  // A key never changes: the first written goes first, a hit does not refresh (one Map lookup per request).
  const known = new BoundedMemo<string, string>({ capacity: max, refreshOnRead: false });
  return (ip) => {
    if (ip === undefined || ip.length > MAX_KNOWN_ADDRESS_LENGTH) return budgetOf(ANONYMOUS, ip).key;
    let key = known.get(ip);
    if (key === undefined) {
      key = budgetOf(ANONYMOUS, ip).key;
      known.set(ip, key);
    }
    return key;
  };
}

export interface RateLimiter {
  /** After the caller is known: 429 with Retry-After when the budget is spent, before anything runs. */
  middleware: (req: Request, res: Response, next: NextFunction) => Promise<void>;
  /**
   * Spends one request of the anonymous budget of a client address's network (express's `req.ip`), as
   * `middleware` does for an anonymous caller; false when it is spent or cannot be counted (the
   * middleware then answers). It does not throw: the key is worked out by `clientNetwork` (which parses
   * only a valid address), and rate-limiter-flexible's `consume` does its work inside a promise.
   */
  spendAnonymous(ip: string | undefined): Promise<boolean>;
  /** Connects to Redis when the server starts and disconnects when it stops. */
  plugin: ApolloServerPlugin;
  /**
   * Whether the shared Redis answers a PING now (within its short command timeout; at once when it is not
   * connected); undefined without REDIS_URL.
   */
  redisAnswers(): Promise<boolean | undefined>;
}

/**
 * Per-minute budgets (rate-limiter-flexible). With Redis, every gateway counts in the same keys; when
 * Redis is unreachable or slow, the insurance limiter counts the same budget in this process, so the
 * graph keeps answering and stays limited (per gateway) rather than failing or letting everything through.
 */
export function createRateLimiter(limits: RateLimits, logger: Logger): RateLimiter {
  const redis = limits.redisUrl
    ? connectRedis(limits.redisUrl, logger, {
        lost: 'rate limits: Redis unreachable, each gateway counts on its own until it is back',
        back: 'rate limits: Redis is back, budgets are shared again',
      })
    : undefined;
  const limiter = (kind: 'user' | 'anonymous', points: number): RateLimiterAbstract => {
    const options = { keyPrefix: `${limits.keyPrefix}:${kind}`, points, duration: 60 };
    const inProcess = new RateLimiterMemory(options);
    if (!redis) return inProcess;
    return new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: inProcess });
  };
  const limiters = { user: limiter('user', limits.userPerMinute), anonymous: limiter('anonymous', limits.anonymousPerMinute) };
  const anonymousKeyOf = anonymousBudgetKeys();

  return {
    async middleware(req, res, next) {
      const caller = res.locals.caller as Caller;
      const { kind, key } = caller.kind === 'user' ? budgetOf(caller, req.ip) : { kind: 'anonymous' as const, key: anonymousKeyOf(req.ip) };
      try {
        await limiters[kind].consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) return next(rejection);
        const seconds = Math.max(Math.ceil(rejection.msBeforeNext / 1000), 1);
        res.setHeader('retry-after', String(seconds));
        res.status(429).json({
          errors: [
            {
              message: `Too many requests; try again in ${seconds} s.`,
              extensions: { code: 'RATE_LIMITED', requestId: res.locals.requestId },
            },
          ],
        });
        return;
      }
      next();
    },
    spendAnonymous: (ip) =>
      limiters.anonymous.consume(anonymousKeyOf(ip)).then(
        () => true,
        () => false,
      ),
    redisAnswers: async () =>
      redis?.ping().then(
        () => true,
        () => false,
      ),
    plugin: {
      async serverWillStart() {
        // A Redis down at start is not fatal: the insurance limiter counts until it comes up.
        await redis?.connect().catch(() => undefined);
        return {
          async serverWillStop() {
            await closeRedis(redis);
          },
        };
      },
    },
  };
}
