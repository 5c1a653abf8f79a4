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
