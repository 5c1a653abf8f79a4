// The keys of `npm run deploy:local`, held as production holds them (README, "Internal keys"): a key pair
// per issuer for internal tokens (the gateway, and each service, whose replicas share its pair), and a
// stand-in for the identity provider that signs user tokens, whose key set the gateways fetch over HTTPS.
// Made once into a folder of the deployment and kept across runs (a restart does not change who is
// trusted); each process is given its own private key and the folder of public key sets, nothing else.
// Plain CommonJS, like the rest of infra/, so that jest's unit project reads it unbuilt.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { createPrivateKey, createPublicKey } = require('crypto');
const { GATEWAY_ISSUER, generateEs256KeyPair, generateInternalKeyPair, publishedKeyOf } = require('@cort/auth');

/** Whom the deployment's user tokens are for (the gateway's AUTH_AUDIENCE). */
const AUDIENCE = 'cort-graph';

/**
 * Where each key lives under `dir` (`.data/deploy/keys` by default): the private keys apart from the public
 * key sets, so that the folder handed to every process (INTERNAL_JWKS_DIR) holds no secret.
 */
function keyFolder(dir) {
  return {
    dir,
    privateKey: (issuer) => path.join(dir, 'private', `${issuer}.pem`),
    jwksDir: path.join(dir, 'jwks'),
    jwks: (issuer) => path.join(dir, 'jwks', `${issuer}.json`),
    identityProvider: {
      signingKey: path.join(dir, 'identity-provider', 'signing.pem'),
      jwks: path.join(dir, 'identity-provider', 'jwks.json'),
      certificate: path.join(dir, 'identity-provider', 'tls.crt'),
      // The certificate and its key in one file: what HAProxy's `bind … ssl crt` reads.
      certificateAndKey: path.join(dir, 'identity-provider', 'tls.pem'),
    },
  };
}

/** Every issuer of internal tokens: the gateway and each service. */
const issuersOf = (serviceNames) => [GATEWAY_ISSUER, ...serviceNames];

/** A key id that says whose key it is and when it was made, as a rotation names the next one. */
const keyIdFor = (owner, made) => `${owner}-${made.toISOString().slice(0, 10).replace(/-/g, '')}`;

const pemOf = (privateKey) => privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

function writeSecret(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, text, { mode: 0o600 });
}

function writePublic(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * A kept pair (its private key and its published key set), or a new one made by `generate` and written.
 * A private key whose published key is not its own is refused: half a rotation is not guessed at.
 */
async function keptOrNew(privateFile, jwksFile, keyId, generate) {
  const hasPrivate = fs.existsSync(privateFile);
  if (hasPrivate !== fs.existsSync(jwksFile))
    throw new Error(
      `${hasPrivate ? jwksFile : privateFile} is missing beside ${hasPrivate ? privateFile : jwksFile}: delete both to make a new pair`,
    );
  if (hasPrivate) {
    const pem = fs.readFileSync(privateFile, 'utf8');
    const privateKey = createPrivateKey(pem);
    const [published] = JSON.parse(fs.readFileSync(jwksFile, 'utf8')).keys;
    if (published?.x !== createPublicKey(privateKey).export({ format: 'jwk' }).x)
      throw new Error(`${jwksFile} does not publish the public key of ${privateFile}: delete both to make a new pair`);
    return { privateKey, keyId: published.kid, pem };
  }
  const { privateKey, publicKey } = generate();
  writeSecret(privateFile, pemOf(privateKey));
  writePublic(jwksFile, { keys: [await publishedKeyOf(publicKey, keyId)] });
  return { privateKey, keyId, pem: pemOf(privateKey) };
}

/**
 * Every issuer's internal key pair under `folder` (Ed25519, as the README recommends): kept when there,
 * made when missing. Returns each issuer's private key (PEM) and key id.
 */
async function ensureInternalKeys(folder, issuers, made = new Date()) {
  const keys = {};
  for (const issuer of issuers) {
    const { pem, keyId } = await keptOrNew(folder.privateKey(issuer), folder.jwks(issuer), keyIdFor(issuer, made), generateInternalKeyPair);
    keys[issuer] = { pem, keyId };
  }
  return keys;
}

/** What one process is given of the internal keys: its issuer's private key and id, and the public key sets. */
function internalKeyEnv(folder, key) {
  return { INTERNAL_JWT_PRIVATE_KEY: key.pem, INTERNAL_JWT_KEY_ID: key.keyId, INTERNAL_JWKS_DIR: folder.jwksDir };
}

/**
 * The identity provider's signing key (ES256, as OIDC providers commonly sign) and its published key set,
 * kept or made; and its TLS certificate for 127.0.0.1, self-signed by openssl (node:crypto makes no
 * certificates), which the gateways are told to trust (NODE_EXTRA_CA_CERTS) as a private CA would be.
 */
async function ensureIdentityProvider(folder, made = new Date()) {
  const files = folder.identityProvider;
  const { privateKey, keyId } = await keptOrNew(files.signingKey, files.jwks, keyIdFor('users', made), generateEs256KeyPair);
  if (!fs.existsSync(files.certificateAndKey)) {
    const keyFile = `${files.certificateAndKey}.key`;
    const openssl = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '3650',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        keyFile,
        '-out',
        files.certificate,
      ],
      { encoding: 'utf8' },
    );
    if (openssl.status !== 0)
      throw new Error(`openssl could not make the identity provider's certificate: ${openssl.stderr || openssl.error}`);
    writeSecret(files.certificateAndKey, fs.readFileSync(files.certificate, 'utf8') + fs.readFileSync(keyFile, 'utf8'));
    fs.rmSync(keyFile);
  }
  return { privateKey, keyId };
}

/**
 * The gateway's side of the identity provider at `port`: who issues user tokens, for whom, where its keys
 * are published (HTTPS, as production requires), and the certificate that makes that address trusted.
 */
function identityProviderEnv(folder, port) {
  const issuer = `https://127.0.0.1:${port}`;
  return {
    AUTH_ISSUER: issuer,
    AUTH_AUDIENCE: AUDIENCE,
    AUTH_JWKS_URL: `${issuer}/.well-known/jwks.json`,
    NODE_EXTRA_CA_CERTS: folder.identityProvider.certificate,
  };
}

module.exports = {
  AUDIENCE,
  keyFolder,
  issuersOf,
  keyIdFor,
  ensureInternalKeys,
  internalKeyEnv,
  ensureIdentityProvider,
  identityProviderEnv,
};
