import {
  GATEWAY_ISSUER,
  InternalAuthError,
  createInternalSigner,
  createInternalVerifier,
  generateInternalKeyPair,
  publishedKeyOf,
  trustFromJwks,
  type Caller,
  type IssuerJwks,
  type KeyPair,
} from '@cort/auth';
import { readSubgraphCalls, routeIssuers } from './trust';

/** infra/subgraphs.json as committed, plus a partner organisation's subgraph added by one entry. */
const PARTNER = { name: 'partner-literacy', calls: [] };
const entries = [...readSubgraphCalls(), PARTNER];
/** As the services' own options say (each service's src/server.ts): organisations lists its feed's consumers, the gateway follows activities. */
const FEED_OPTIONS: Record<string, { consumers?: string[]; gatewayFollows?: boolean }> = {
  organisations: { consumers: ['reporting'] },
  activities: { gatewayFollows: true },
};

/** Who may call what, written out by hand from infra/subgraphs.json: the table the code must agree with. */
const EXPECTED: Record<string, { graphql: string[]; feed: string[] }> = {
  activities: {
    graphql: ['gateway', 'organisations', 'participants', 'reporting'],
    feed: ['organisations', 'participants', 'reporting', 'gateway'],
  },
  organisations: { graphql: ['gateway', 'activities', 'reporting'], feed: ['reporting'] },
  participants: { graphql: ['gateway', 'activities', 'reporting'], feed: ['activities', 'reporting'] },
  reporting: { graphql: ['gateway'], feed: [] },
  'partner-literacy': { graphql: ['gateway'], feed: [] },
};

const services = entries.map((entry) => entry.name);
const issuers = [GATEWAY_ISSUER, ...services];
const pairs = new Map<string, KeyPair>(issuers.map((issuer) => [issuer, generateInternalKeyPair()]));

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof InternalAuthError ? error.reason : `unexpected ${String(error)}`),
  );

describe('trust between services: each key opens only the routes that name its issuer', () => {
  let trust: ReturnType<typeof trustFromJwks>;
  beforeAll(async () => {
    const sets = await Promise.all(
      issuers.map(async (issuer): Promise<[string, IssuerJwks]> => [
        issuer,
        { keys: [await publishedKeyOf(pairs.get(issuer)!.publicKey)] },
      ]),
    );
    trust = trustFromJwks(Object.fromEntries(sets));
  });

  it('the committed config gives the expected callers', () => {
    for (const service of services)
      expect({ service, ...routeIssuers(service, entries, FEED_OPTIONS[service]) }).toEqual({ service, ...EXPECTED[service] });
  });

  // Every issuer × every service × both routes: accepted exactly where the table names the issuer.
  const cases = issuers.flatMap((issuer) =>
    services.flatMap((service) => (['graphql', 'feed'] as const).map((route) => [issuer, service, route] as const)),
  );

  it.each(cases)('a token signed by %s for %s (%s)', async (issuer, service, route) => {
    const verify = createInternalVerifier({
      trust,
      audience: service,
      issuers: routeIssuers(service, entries, FEED_OPTIONS[service])[route],
    });
    // GraphQL carries users (from the gateway or a calling service); a feed is read by its reader as itself.
    const caller: Caller =
      route === 'graphql'
        ? { kind: 'user', sub: 'person-1', roles: ['COORDINATOR'], prisons: ['HAREN'] }
        : { kind: 'service', service: issuer };
    const token = await createInternalSigner(pairs.get(issuer)!.privateKey, { issuer })(caller, service);
    const allowed = EXPECTED[service][route].includes(issuer);
    expect(await outcome(verify(`Bearer ${token}`))).toBe(allowed ? 'accepted' : 'issuer');
  });

  it.each(issuers.filter((issuer) => issuer !== GATEWAY_ISSUER))(
    "%s's key cannot sign as the gateway or as another service",
    async (holder) => {
      for (const service of services)
        for (const claimed of issuers.filter((issuer) => issuer !== holder)) {
          const verify = createInternalVerifier({ trust, audience: service, issuers: [claimed] });
          const forged = await createInternalSigner(pairs.get(holder)!.privateKey, { issuer: claimed })({ kind: 'anonymous' }, service);
          expect({ service, claimed, outcome: await outcome(verify(`Bearer ${forged}`)) }).toEqual({
            service,
            claimed,
            outcome: 'invalid',
          });
        }
    },
  );

  it("the partner's key opens nothing but its own endpoint, where the gateway's token is what it accepts", async () => {
    const partnerSign = createInternalSigner(pairs.get(PARTNER.name)!.privateKey, { issuer: PARTNER.name });
    for (const service of services.filter((name) => name !== PARTNER.name))
      for (const route of ['graphql', 'feed'] as const) {
        const verify = createInternalVerifier({
          trust,
          audience: service,
          issuers: routeIssuers(service, entries, FEED_OPTIONS[service])[route],
        });
        for (const caller of [{ kind: 'service', service: PARTNER.name }, { kind: 'anonymous' }] as Caller[])
          expect({ service, route, outcome: await outcome(verify(`Bearer ${await partnerSign(caller, service)}`)) }).toEqual({
            service,
            route,
            outcome: 'issuer',
          });
      }
    const own = createInternalVerifier({ trust, audience: PARTNER.name, issuers: routeIssuers(PARTNER.name, entries).graphql });
    const fromGateway = await createInternalSigner(pairs.get(GATEWAY_ISSUER)!.privateKey, { issuer: GATEWAY_ISSUER })(
      { kind: 'anonymous' },
      PARTNER.name,
    );
    expect(await outcome(own(`Bearer ${fromGateway}`))).toBe('accepted');
  });
});
