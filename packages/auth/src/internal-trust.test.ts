import { createInternalSigner, createInternalVerifier, generateInternalKeyPair, InternalAuthError } from './internal-tokens';
import { deriveDevKeyPair, derivedDevTrust, devKeyIdOf, keyIdOf, publishedKeyOf, trustFromJwks } from './internal-trust';
import { samePublicKey } from './keys';

const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof InternalAuthError ? error.reason : `unexpected ${String(error)}`),
  );

describe('key rotation by kid', () => {
  const old = generateInternalKeyPair();
  const next = generateInternalKeyPair();
  const t0 = Date.UTC(2026, 11, 6, 12);
  const overlapEnds = t0 / 1000 + 3600;

  it('accepts the old and the new key during the overlap, only the new one after it', async () => {
    const trust = trustFromJwks({
      reporting: {
        keys: [{ ...(await publishedKeyOf(old.publicKey, 'old')), exp: overlapEnds }, await publishedKeyOf(next.publicKey, 'new')],
      },
    });
    const at = (ms: number) => ({
      signOld: createInternalSigner(old.privateKey, { issuer: 'reporting', keyId: 'old', now: () => ms }),
      signNew: createInternalSigner(next.privateKey, { issuer: 'reporting', keyId: 'new', now: () => ms }),
      verify: createInternalVerifier({ trust, audience: 'activities', issuers: ['reporting'], now: () => ms }),
    });
    const reporting = { kind: 'service' as const, service: 'reporting' };

    const during = at(t0 + 30 * 60_000);
    expect(await reasonOf(during.verify(`Bearer ${await during.signOld(reporting, 'activities')}`))).toBe('accepted');
    expect(await reasonOf(during.verify(`Bearer ${await during.signNew(reporting, 'activities')}`))).toBe('accepted');

    const after = at(overlapEnds * 1000 + 1000);
    expect(await reasonOf(after.verify(`Bearer ${await after.signOld(reporting, 'activities')}`))).toBe('invalid');
    expect(await reasonOf(after.verify(`Bearer ${await after.signNew(reporting, 'activities')}`))).toBe('accepted');
  });

  it('refuses a kid the issuer does not publish, and another issuer’s kid', async () => {
    const trust = trustFromJwks({
      gateway: { keys: [await publishedKeyOf(old.publicKey, 'gw-1')] },
      reporting: { keys: [await publishedKeyOf(next.publicKey, 'rep-1')] },
    });
    const verify = createInternalVerifier({ trust, audience: 'activities' });
    const unknownKid = await createInternalSigner(old.privateKey, { issuer: 'gateway', keyId: 'gw-2' })(
      { kind: 'anonymous' },
      'activities',
    );
    // reporting's key under the gateway's name: the gateway's key set has no such kid.
    const impersonation = await createInternalSigner(next.privateKey, { issuer: 'gateway', keyId: 'rep-1' })(
      { kind: 'anonymous' },
      'activities',
    );
    expect(await reasonOf(verify(`Bearer ${unknownKid}`))).toBe('invalid');
    expect(await reasonOf(verify(`Bearer ${impersonation}`))).toBe('invalid');
  });

  it('refuses a key set with a private key, or a key without kid', async () => {
    const privateJwk = { ...(old.privateKey.export({ format: 'jwk' }) as object), kid: 'x' };
    expect(() => trustFromJwks({ gateway: { keys: [privateJwk as never] } })).toThrow(/private key/);
    const { kid: _kid, ...withoutKid } = await publishedKeyOf(old.publicKey);
    expect(() => trustFromJwks({ gateway: { keys: [withoutKid as never] } })).toThrow(/kid/);
  });
});

describe('development keys', () => {
  const master = generateInternalKeyPair().privateKey;

  it('are one pair per issuer, the same on every derivation', () => {
    const gateway = deriveDevKeyPair(master, 'gateway');
    expect(samePublicKey(gateway.publicKey, deriveDevKeyPair(master, 'gateway').publicKey)).toBe(true);
    expect(samePublicKey(gateway.publicKey, deriveDevKeyPair(master, 'reporting').publicKey)).toBe(false);
    expect(() => deriveDevKeyPair(master, 'Not A Name')).toThrow();
  });

  it('are named by their RFC 7638 thumbprint, as a signer without a keyId names them', async () => {
    const { publicKey } = deriveDevKeyPair(master, 'gateway');
    expect(devKeyIdOf(publicKey)).toBe(await keyIdOf(publicKey));
    const verify = createInternalVerifier({ trust: derivedDevTrust(master), audience: 'activities', issuers: ['gateway'] });
    const token = await createInternalSigner(deriveDevKeyPair(master, 'gateway').privateKey)({ kind: 'anonymous' }, 'activities');
    expect(await reasonOf(verify(`Bearer ${token}`))).toBe('accepted');
  });

  it('verify a token only under the issuer whose key signed it', async () => {
    const verify = createInternalVerifier({ trust: derivedDevTrust(master), audience: 'activities' });
    const reporting = deriveDevKeyPair(master, 'reporting');
    const keyId = devKeyIdOf(reporting.publicKey);
    const own = await createInternalSigner(reporting.privateKey, { issuer: 'reporting', keyId })(
      { kind: 'service', service: 'reporting' },
      'activities',
    );
    const asGateway = await createInternalSigner(reporting.privateKey, { issuer: 'gateway', keyId })({ kind: 'anonymous' }, 'activities');
    expect(await reasonOf(verify(`Bearer ${own}`))).toBe('accepted');
    expect(await reasonOf(verify(`Bearer ${asGateway}`))).toBe('invalid');
  });
});
