import { createPrivateKey, createPublicKey, generateKeyPairSync, type JsonWebKey, type KeyObject } from 'node:crypto';

/** An asymmetric key pair as Node key objects (jose signs and verifies with them directly). */
export interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** The JWS algorithm for a key, so a verifier accepts that one algorithm and nothing else. */
export function algorithmOf(key: KeyObject): string {
  switch (key.asymmetricKeyType) {
    case 'ed25519':
      return 'EdDSA';
    case 'ec': {
      const curve = key.asymmetricKeyDetails?.namedCurve;
      if (curve === 'prime256v1') return 'ES256';
      if (curve === 'secp384r1') return 'ES384';
      throw new Error(`Unsupported EC curve ${curve}.`);
    }
    case 'rsa':
      return 'RS256';
    default:
      throw new Error(`Unsupported key type ${key.asymmetricKeyType ?? key.type}; use Ed25519, P-256 or RSA.`);
  }
}

/** Ed25519: small, fast, one algorithm. Used for internal tokens. */
export const generateEd25519KeyPair = (): KeyPair => generateKeyPairSync('ed25519');

/** P-256 (ES256), what OIDC providers commonly publish. Used for the development user key. */
export const generateEs256KeyPair = (): KeyPair => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

/** The text of an environment variable: PEM (literal `\n` allowed) or a JWK as JSON. */
function keyInput(text: string) {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return { key: JSON.parse(trimmed) as JsonWebKey, format: 'jwk' as const };
  return { key: trimmed.replace(/\\n/g, '\n'), format: 'pem' as const };
}

export function parsePrivateKey(text: string): KeyObject {
  return createPrivateKey(keyInput(text));
}

export function parsePublicKey(text: string): KeyObject {
  return createPublicKey(keyInput(text));
}

export function samePublicKey(a: KeyObject, b: KeyObject): boolean {
  return a.export({ format: 'der', type: 'spki' }).equals(b.export({ format: 'der', type: 'spki' }));
}
