import { SignJWT } from 'jose';
import {
  INTERNAL_ISSUER,
  InternalAuthError,
  TokenCache,
  createInternalSigner,
  createInternalVerifier,
  generateInternalKeyPair,
} from './internal-tokens';
import type { InternalTrust } from './internal-trust';

const keys = generateInternalKeyPair();
const sign = createInternalSigner(keys.privateKey);
const verifyFor = (audience: string) => createInternalVerifier({ publicKey: keys.publicKey, audience });
const user = { kind: 'user' as const, sub: 'person-1', roles: ['PARTNER_STAFF' as const], prisons: ['HAREN'], organisationId: 'org-3' };

const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof InternalAuthError ? error.reason : `unexpected ${String(error)}`),
  );

describe('internal tokens', () => {
  it('carry a user to the subgraph named in the audience', async () => {
    const token = await sign(user, 'activities');
    await expect(verifyFor('activities')(`Bearer ${token}`)).resolves.toEqual(user);
  });

  it('carry an anonymous caller explicitly', async () => {
    const token = await sign({ kind: 'anonymous' }, 'activities');
    await expect(verifyFor('activities')(`bearer ${token}`)).resolves.toEqual({ kind: 'anonymous' });
  });

  it('carry a service of the graph by name, and refuse a malformed one', async () => {
    const token = await sign({ kind: 'service', service: 'reporting' }, 'activities');
    await expect(verifyFor('activities')(`Bearer ${token}`)).resolves.toEqual({ kind: 'service', service: 'reporting' });
    const forged = await sign({ kind: 'service', service: 'Reporting; DROP' }, 'activities');
    await expect(reasonOf(verifyFor('activities')(`Bearer ${forged}`))).resolves.toBe('claims');
  });

  it('live 60 seconds', async () => {
    const [, body] = (await sign(user, 'activities')).split('.');
    const { iat, exp, aud, iss } = JSON.parse(Buffer.from(body, 'base64url').toString());
    expect({ ttl: exp - iat, aud, iss }).toEqual({ ttl: 60, aud: 'activities', iss: INTERNAL_ISSUER });
  });

  it('are refused by another subgraph', async () => {
    const token = await sign(user, 'organisations');
    expect(await reasonOf(verifyFor('activities')(`Bearer ${token}`))).toBe('audience');
  });

  it('are refused when missing or not a bearer token', async () => {
    const verify = verifyFor('activities');
    expect(await reasonOf(verify(undefined))).toBe('missing');
    expect(await reasonOf(verify(''))).toBe('missing');
    expect(await reasonOf(verify('Basic dXNlcjpwYXNz'))).toBe('malformed');
    expect(await reasonOf(verify('Bearer'))).toBe('malformed');
  });

  it('are refused when signed by another key (e.g. a user token or a forged one)', async () => {
    const token = await createInternalSigner(generateInternalKeyPair().privateKey)(user, 'activities');
    expect(await reasonOf(verifyFor('activities')(`Bearer ${token}`))).toBe('invalid');
  });

  const raw = (claims: Record<string, unknown>, iat: number, exp: number) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer(INTERNAL_ISSUER)
      .setAudience('activities')
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(keys.privateKey);
  const now = () => Math.floor(Date.now() / 1000);

  it('are refused when expired or living longer than 60 seconds', async () => {
    const verify = verifyFor('activities');
    expect(await reasonOf(verify(`Bearer ${await raw({ kind: 'anonymous' }, now() - 200, now() - 140)}`))).toBe('expired');
    expect(await reasonOf(verify(`Bearer ${await raw({ kind: 'anonymous' }, now(), now() + 3600)}`))).toBe('invalid');
  });

  it('are refused with a missing kind or bad identity claims', async () => {
    const verify = verifyFor('activities');
    expect(await reasonOf(verify(`Bearer ${await raw({ sub: 'x', roles: ['ANALYST'], prisons: [] }, now(), now() + 30)}`))).toBe('claims');
    expect(await reasonOf(verify(`Bearer ${await raw({ kind: 'user', sub: 'x', roles: ['ROOT'], prisons: [] }, now(), now() + 30)}`))).toBe(
      'claims',
    );
  });

  it('are refused unsigned (alg none), signed with the public key as an HMAC secret, or from another issuer', async () => {
    const verify = verifyFor('activities');
    const claims = { kind: 'anonymous', iss: INTERNAL_ISSUER, aud: 'activities', iat: now(), exp: now() + 30 };
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(await reasonOf(verify(`Bearer ${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`))).toBe('malformed');
    const secret = keys.publicKey.export({ format: 'der', type: 'spki' });
    const confused = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new Uint8Array(secret));
    expect(await reasonOf(verify(`Bearer ${confused}`))).toBe('invalid');
    const otherIssuer = await new SignJWT({ kind: 'anonymous' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('cort-dev')
      .setAudience('activities')
      .setIssuedAt(now())
      .setExpirationTime(now() + 30)
      .sign(keys.privateKey);
    const gatewayOnly = createInternalVerifier({ publicKey: keys.publicKey, audience: 'activities', issuers: [INTERNAL_ISSUER] });
    expect(await reasonOf(gatewayOnly(`Bearer ${otherIssuer}`))).toBe('issuer');
    expect(await reasonOf(gatewayOnly(`Bearer ${await sign({ kind: 'anonymous' }, 'activities')}`))).toBe('accepted');
  });
});

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { iat: number };

describe('the signer reuses a token per identity and audience', () => {
  const coordinator = { kind: 'user' as const, sub: 'person-2', roles: ['COORDINATOR' as const], prisons: ['HAREN'] };
  const clock = (start: number) => {
    const state = { ms: start };
    return { state, now: () => state.ms };
  };

  it('hands out the same token for the same caller and audience while it has its margin left', async () => {
    const { state, now } = clock(Date.UTC(2026, 0, 1));
    const signCached = createInternalSigner(keys.privateKey, { now, reuseMarginSeconds: 20 });
    const first = await signCached(user, 'activities');
    state.ms += 39_000;
    expect(await signCached(user, 'activities')).toBe(first);
    state.ms += 1_000; // 40 s: 20 s left of 60, inside the margin
    const renewed = await signCached(user, 'activities');
    expect(renewed).not.toBe(first);
    expect(JSON.parse(Buffer.from(renewed.split('.')[1], 'base64url').toString()).iat).toBe(Math.floor(state.ms / 1000));
  });

  it('never shares a token across identities or audiences', async () => {
    const { now } = clock(Date.now());
    const signCached = createInternalSigner(keys.privateKey, { now });
    const callers = [
      user,
      { ...user, prisons: ['HAREN', 'BRUGGE'] },
      { ...user, roles: ['VOLUNTEER' as const] },
      { ...user, organisationId: 'org-4' },
      { ...user, sub: 'person-9' },
      coordinator,
      { kind: 'anonymous' as const },
      { kind: 'service' as const, service: 'reporting' },
    ];
    const tokens = new Set<string>();
    for (const caller of callers)
      for (const audience of ['activities', 'participants']) {
        const token = await signCached(caller, audience);
        tokens.add(token);
        // The reused token still carries exactly this caller, for this audience.
        expect(await verifyFor(audience)(`Bearer ${await signCached(caller, audience)}`)).toEqual(caller);
      }
    expect(tokens.size).toBe(callers.length * 2);
  });

  it('keeps at most maxCachedTokens, dropping the least recently used', async () => {
    const { state, now } = clock(Date.UTC(2026, 0, 1));
    const signCached = createInternalSigner(keys.privateKey, { now, maxCachedTokens: 2 });
    const a = await signCached({ ...user, sub: 'a' }, 'activities');
    const b = await signCached({ ...user, sub: 'b' }, 'activities');
    expect(await signCached({ ...user, sub: 'a' }, 'activities')).toBe(a); // a is now the most recent
    await signCached({ ...user, sub: 'c' }, 'activities'); // drops b
    state.ms += 1_000; // a token signed now differs from one kept (its iat)
    expect(await signCached({ ...user, sub: 'a' }, 'activities')).toBe(a);
    const b2 = await signCached({ ...user, sub: 'b' }, 'activities');
    expect(b2).not.toBe(b);
    expect(claimsOf(b2).iat).toBe(claimsOf(b).iat + 1); // re-signed: it was dropped, not kept
  });
});

describe('the verifier keeps a token that passed', () => {
  const start = Date.UTC(2026, 0, 1);
  const at = (ms: number) => ({ ms });
  const verifierAt = (clock: { ms: number }, options: { trust?: InternalTrust; maxCachedTokens?: number } = {}) =>
    createInternalVerifier({
      audience: 'activities',
      now: () => clock.ms,
      ...(options.trust ? {} : { publicKey: keys.publicKey }),
      ...options,
    });
  const tokenAt = (ms: number) => createInternalSigner(keys.privateKey, { now: () => ms })(user, 'activities');

  it('hands out the same frozen caller for the same token, without checking it again', async () => {
    const clock = at(start);
    const verify = verifierAt(clock);
    const header = `Bearer ${await tokenAt(start)}`;
    const first = await verify(header);
    expect(first).toEqual(user);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen((first as typeof user).prisons)).toBe(true);
    clock.ms += 30_000;
    expect(await verify(header)).toBe(first);
    // Not kept: every call reads the token again (another object, the same caller).
    const uncached = verifierAt(clock, { maxCachedTokens: 0 });
    const once = await uncached(header);
    expect(await uncached(header)).not.toBe(once);
    expect(await uncached(header)).toEqual(once);
  });

  it('refuses it from the moment a check would: past exp and the tolerance, as when it was never kept', async () => {
    const clock = at(start);
    const verify = verifierAt(clock);
    const header = `Bearer ${await tokenAt(start)}`;
    const first = await verify(header);
    clock.ms = start + 64_999; // exp (60 s) + the 5 s tolerance, not yet
    expect(await verify(header)).toBe(first);
    clock.ms = start + 65_000;
    expect(await reasonOf(verify(header))).toBe('expired');
  });

  it('refuses it once the trust no longer names its key (a rotated key past its end)', async () => {
    const clock = at(start);
    const trusted = { until: Infinity };
    const trust: InternalTrust = { keyFor: (_issuer, _kid, now) => (now < trusted.until ? keys.publicKey : undefined) };
    const verify = verifierAt(clock, { trust });
    const header = `Bearer ${await tokenAt(start)}`;
    await verify(header);
    trusted.until = Math.floor(start / 1000) + 10;
    clock.ms = start + 10_000;
    expect(await reasonOf(verify(header))).toBe('invalid');
  });

  it('keeps no refusal: a token refused while its key was unknown passes once the key is known', async () => {
    const clock = at(start);
    const known = { key: false };
    const trust: InternalTrust = { keyFor: () => (known.key ? keys.publicKey : undefined) };
    const verify = verifierAt(clock, { trust });
    const header = `Bearer ${await tokenAt(start)}`;
    expect(await reasonOf(verify(header))).toBe('invalid');
    known.key = true;
    expect(await reasonOf(verify(header))).toBe('accepted');
  });
});

describe('the TokenCache', () => {
  it('forgets an entry at its deadline', () => {
    const cache = new TokenCache(10);
    cache.set('k', Promise.resolve('t'), 100);
    expect(cache.get('k', 99)).toBeDefined();
    expect(cache.get('k', 100)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps at most maxEntries, the least recently used going first; none at 0 (caching off)', () => {
    const cache = new TokenCache<string>(2);
    cache.set('a', 'ta', 100);
    cache.set('b', 'tb', 100);
    expect(cache.get('a', 0)).toBe('ta'); // b is now the least recently used
    cache.set('c', 'tc', 100);
    expect(cache.size).toBe(2);
    expect(cache.get('b', 0)).toBeUndefined();
    expect([cache.get('a', 0), cache.get('c', 0)]).toEqual(['ta', 'tc']);
    const off = new TokenCache<string>(0);
    off.set('a', 'ta', 100);
    expect(off.get('a', 0)).toBeUndefined();
  });
});
