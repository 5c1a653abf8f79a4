import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GATEWAY_ISSUER, generateInternalKeyPair } from '@cort/auth';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { loadConfig as gatewayConfig } from '../../src/config';
import { createGateway, type RunningGateway } from '../../src/server';

// The subgraphs find the gateway's public key by the `kid` of its tokens, in the key set published under
// the id its operators chose (INTERNAL_JWT_KEY_ID, e.g. the next key of a rotation): the gateway must
// write that id, not its key's thumbprint. Stand-in subgraphs record the tokens the gateway sends them.
describe('the key id of the gateway’s internal tokens', () => {
  const tokens: string[] = [];
  const servers: http.Server[] = [];
  let gateway: RunningGateway | undefined;

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('is the one it was given', async () => {
    const defaults = gatewayConfig({});
    const subgraphs = [];
    for (const { name } of defaults.subgraphs) {
      const server = http.createServer((request, response) => {
        if (request.headers.authorization) tokens.push(request.headers.authorization.replace(/^Bearer /, ''));
        request.resume();
        request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"__typename":"Query"}}'));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
      subgraphs.push({ name, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` });
    }
    const pair = generateInternalKeyPair();
    gateway = await createGateway(
      // Its start-up probe signs a token for every subgraph before it serves.
      { ...defaults, port: 0, startupWaitMs: 10_000, subgraphs },
      {
        internalKeys: { ...pair, issuer: GATEWAY_ISSUER, keyId: 'gateway-2027-rotation' },
        verifyUserToken: async () => Promise.reject(new Error('no users here')),
      },
    );
    const probed = tokens.filter((token) => decodeJwt(token).kind === 'anonymous');
    expect(new Set(probed.map((token) => decodeJwt(token).aud))).toEqual(new Set(defaults.subgraphs.map(({ name }) => name)));
    for (const token of probed) {
      expect(decodeProtectedHeader(token).kid).toBe('gateway-2027-rotation');
      expect(decodeJwt(token).iss).toBe(GATEWAY_ISSUER);
    }
  });
});
