import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK } from 'jose';
import { generateEd25519KeyPair, generateEs256KeyPair } from './keys';
import { createUserTokenVerifier, mintUserToken, UserTokenError } from './user-tokens';

const issuer = 'https://login.example.test/realms/cort';
const audience = 'cort-graph';
const identity = { sub: 'person-1', roles: ['COORDINATOR' as const], prisons: ['HAREN'], organisationId: 'org-1' };
const keys = generateEs256KeyPair();
const verify = createUserTokenVerifier({ issuer, audience, publicKey: keys.publicKey });

const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof UserTokenError ? error.reason : `unexpected ${String(error)}`),
  );

describe('user tokens with one public key', () => {
  it('round-trips an identity', async () => {
    const token = await mintUserToken(identity, keys.privateKey, { issuer, audience, expiresIn: '1h' });
    await expect(verify(token)).resolves.toEqual(identity);
  });

  it('refuses an expired token', async () => {
    const token = await mintUserToken(identity, keys.privateKey, { issuer, audience, expiresIn: -120 });
    expect(await reasonOf(verify(token))).toBe('expired');
  });

  it.each([
    ['another issuer', { issuer: 'https://evil.test', audience }],
    ['another audience', { issuer, audience: 'other-app' }],
  ])('refuses a token from %s', async (_case, options) => {
    const token = await mintUserToken(identity, keys.privateKey, { ...options, expiresIn: '1h' });
    expect(await reasonOf(verify(token))).toBe('invalid');
  });

  it('refuses a token signed by another key, or garbage', async () => {
    const token = await mintUserToken(identity, generateEs256KeyPair().privateKey, { issuer, audience, expiresIn: '1h' });
    expect(await reasonOf(verify(token))).toBe('invalid');
    expect(await reasonOf(verify('not.a.jwt'))).toBe('invalid');
    expect(await reasonOf(verify(''))).toBe('invalid');
  });

  it('refuses an unsigned (alg none) or HMAC token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ ...identity, iss: issuer, aud: audience, exp: Date.now() / 1000 + 60 })).toString(
      'base64url',
    );
    expect(await reasonOf(verify(`${header}.${body}.`))).toBe('invalid');
    const hmac = await new SignJWT({ roles: ['ANALYST'], prisons: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-shared-secret-of-sufficient-length!'));
    expect(await reasonOf(verify(hmac))).toBe('invalid');
  });

  it('refuses bad claims with the reason', async () => {
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject('p')
        .setIssuer(issuer)
        .setAudience(audience)
        .setExpirationTime('1h')
        .sign(keys.privateKey);
    expect(await reasonOf(verify(await sign({ roles: ['ROOT'], prisons: [] })))).toBe('claims');
    expect(await reasonOf(verify(await sign({ roles: ['ANALYST'] })))).toBe('claims');
  });

  it('refuses a token without an expiry', async () => {
    const token = await new SignJWT({ roles: ['ANALYST'], prisons: [] })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('p')
      .setIssuer(issuer)
      .setAudience(audience)
      .sign(keys.privateKey);
    expect(await reasonOf(verify(token))).toBe('invalid');
  });
});

describe('verified user tokens, reused', () => {
  const start = Date.UTC(2026, 0, 1, 9);
  const clock = { ms: start };
  const verifyAt = createUserTokenVerifier({ issuer, audience, publicKey: keys.publicKey, reuseSeconds: 60, now: () => clock.ms });
  const tokenFor = (expiresInSeconds: number) =>
    new SignJWT({ roles: identity.roles, prisons: identity.prisons, organisationId: identity.organisationId })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject(identity.sub)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(start / 1000)
      .setExpirationTime(start / 1000 + expiresInSeconds)
      .sign(keys.privateKey);
  beforeEach(() => (clock.ms = start));

  it('answers the same token with the identity read the first time, within the reuse time only', async () => {
    const token = await tokenFor(3600);
    const first = await verifyAt(token);
    clock.ms += 59_000;
    expect(await verifyAt(token)).toBe(first);
    clock.ms += 1_000;
    const checkedAgain = await verifyAt(token);
    expect(checkedAgain).not.toBe(first);
    expect(checkedAgain).toEqual(first);
    expect(Object.isFrozen(checkedAgain.prisons)).toBe(true);
  });

  it('refuses a kept token once it has expired, as the check would', async () => {
    const token = await tokenFor(20);
    await verifyAt(token);
    clock.ms += 49_000; // expiry plus the 30 s of clock tolerance not yet reached
    await expect(verifyAt(token)).resolves.toEqual(identity);
    clock.ms += 1_000;
    expect(await reasonOf(verifyAt(token))).toBe('expired');
  });

  it('keeps no refusal: a refused token is checked again each time it comes', async () => {
    // Not valid before a minute from now: refused now (the 30 s of clock tolerance fall short), accepted once
    // its time has come. A kept refusal would refuse it still.
    const early = await new SignJWT({ roles: identity.roles, prisons: identity.prisons, organisationId: identity.organisationId })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject(identity.sub)
      .setIssuer(issuer)
      .setAudience(audience)
      .setNotBefore(start / 1000 + 60)
      .setExpirationTime(start / 1000 + 3600)
      .sign(keys.privateKey);
    expect(await reasonOf(verifyAt(early))).toBe('invalid');
    clock.ms += 29_000;
    expect(await reasonOf(verifyAt(early))).toBe('invalid');
    clock.ms += 1_000;
    await expect(verifyAt(early)).resolves.toEqual(identity);
  });

  it('keeps a token by its exact text: one differing in its signature is another token', async () => {
    const token = await tokenFor(3600);
    await verifyAt(token);
    const [header, body, signature] = token.split('.');
    const altered = `${header}.${body}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await reasonOf(verifyAt(altered))).toBe('invalid');
    const other = await mintUserToken({ ...identity, prisons: ['GENT'] }, keys.privateKey, { issuer, audience, expiresIn: '1h' });
    clock.ms = Date.now();
    await expect(verifyAt(other)).resolves.toEqual({ ...identity, prisons: ['GENT'] });
  });
});

describe('user tokens with a JWKS URL', () => {
  const provider = generateEd25519KeyPair();
  let server: http.Server;
  let jwksUrl: string;

  beforeAll(async () => {
    const jwk = { ...(await exportJWK(provider.publicKey)), kid: 'k1', alg: 'EdDSA', use: 'sig' };
    server = http.createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('verifies with the provider key and refuses others', async () => {
    const verifyJwks = createUserTokenVerifier({ issuer, audience, jwksUrl });
    const good = await mintUserToken(identity, provider.privateKey, { issuer, audience, expiresIn: '1h', keyId: 'k1' });
    await expect(verifyJwks(good)).resolves.toEqual(identity);
    const forged = await mintUserToken(identity, generateEd25519KeyPair().privateKey, { issuer, audience, expiresIn: '1h', keyId: 'k1' });
    expect(await reasonOf(verifyJwks(forged))).toBe('invalid');
  });

  it('reports an unreachable provider as an outage, not as a bad token', async () => {
    const verifyDown = createUserTokenVerifier({ issuer, audience, jwksUrl: 'http://127.0.0.1:9/jwks' });
    const token = await mintUserToken(identity, provider.privateKey, { issuer, audience, expiresIn: '1h', keyId: 'k1' });
    await expect(verifyDown(token)).rejects.toThrow('identity provider keys could not be fetched');
  });
});
