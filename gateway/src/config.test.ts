import { DEV_AUDIENCE, DEV_ISSUER } from '@cort/auth';
import { loadConfig } from './config';

const production = {
  NODE_ENV: 'production',
  AUTH_ISSUER: 'https://login.example.test/realms/cort',
  AUTH_AUDIENCE: 'cort-graph',
  AUTH_JWKS_URL: 'https://login.example.test/realms/cort/protocol/openid-connect/certs',
  INTERNAL_JWT_PRIVATE_KEY: 'pem',
};

describe('gateway config', () => {
  it('runs in development with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      production: false,
      auth: { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, jwksUrl: undefined, verifiedTokenReuseSeconds: 60, verifiedTokensKept: 10_000 },
      introspection: true,
      startupWaitMs: 60_000,
    });
    expect(config.subgraphs).toEqual(
      expect.arrayContaining([
        { name: 'activities', url: 'http://127.0.0.1:4001/graphql' },
        { name: 'organisations', url: 'http://127.0.0.1:4002/graphql' },
      ]),
    );
    expect(config.supergraphPath).toMatch(/gateway[/\\]supergraph\.graphql$/);
  });

  it('reuses a verified token for at most the key set cache allows, as long as told, and keeps as many as told', () => {
    const auth = loadConfig({ GATEWAY_VERIFIED_TOKEN_REUSE_SECONDS: '0', GATEWAY_VERIFIED_TOKENS_KEPT: '500' }).auth;
    expect(auth).toMatchObject({ verifiedTokenReuseSeconds: 0, verifiedTokensKept: 500 });
    expect(() => loadConfig({ GATEWAY_VERIFIED_TOKEN_REUSE_SECONDS: '61' })).toThrow(
      /GATEWAY_VERIFIED_TOKEN_REUSE_SECONDS must be an integer of at most 60/,
    );
    expect(() => loadConfig({ GATEWAY_VERIFIED_TOKENS_KEPT: '-1' })).toThrow(
      /GATEWAY_VERIFIED_TOKENS_KEPT must be an integer of at least 0/,
    );
  });

  it('takes each subgraph URL from <NAME>_URL, the port from GATEWAY_PORT or PORT', () => {
    const config = loadConfig({ ACTIVITIES_URL: 'http://activities.internal:8080/graphql', PORT: '5000' });
    expect(config.subgraphs).toContainEqual({ name: 'activities', url: 'http://activities.internal:8080/graphql' });
    expect(config.port).toBe(5000);
    expect(loadConfig({ GATEWAY_PORT: '4100', PORT: '5000' }).port).toBe(4100);
    expect(() => loadConfig({ ORGANISATIONS_URL: 'organisations:4002' })).toThrow(/ORGANISATIONS_URL must be an http/);
    expect(() => loadConfig({ PORT: 'x' })).toThrow(/PORT must be an integer/);
  });

  it('fails fast on what production lacks', () => {
    expect(loadConfig(production)).toMatchObject({
      production: true,
      introspection: false,
      startupWaitMs: 0,
      auth: { jwksUrl: production.AUTH_JWKS_URL },
    });
    for (const name of ['AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_JWKS_URL', 'INTERNAL_JWT_PRIVATE_KEY']) {
      expect(() => loadConfig({ ...production, [name]: '' })).toThrow(new RegExp(`${name}.*must be set when NODE_ENV=production`));
    }
    expect(() => loadConfig({ ...production, AUTH_JWKS_URL: 'http://login.example.test/certs' })).toThrow(/https/);
  });
});
