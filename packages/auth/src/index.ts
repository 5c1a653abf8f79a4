export {
  COORDINATORS,
  OFFER_READERS,
  PARTICIPANT_READERS,
  PARTNERS,
  POLICY_LEADERS,
  REPORT_READERS,
  ROLES,
  isRole,
  type Role,
} from './roles';
export { ANONYMOUS, ClaimsError, identityFromClaims, type Caller, type Identity } from './identity';
export { algorithmOf, generateEd25519KeyPair, generateEs256KeyPair, parsePrivateKey, parsePublicKey, type KeyPair } from './keys';
export {
  UserTokenError,
  VERIFIED_TOKEN_REUSE_SECONDS,
  VERIFIED_TOKENS_KEPT,
  createUserTokenVerifier,
  mintUserToken,
  type UserTokenErrorReason,
  type UserTokenOptions,
  type UserTokenVerifier,
  type UserTokenVerifierOptions,
} from './user-tokens';
export {
  INTERNAL_ISSUER,
  INTERNAL_TOKEN_TTL_SECONDS,
  InternalAuthError,
  TokenCache,
  createInternalSigner,
  createInternalVerifier,
  generateInternalKeyPair,
  type InternalAuthErrorReason,
  type InternalSigner,
  type InternalSignerOptions,
  type InternalVerifierOptions,
  type InternalVerifier,
} from './internal-tokens';
export {
  DEV_AUDIENCE,
  DEV_ISSUER,
  DEV_KEYS_FILE,
  assertNotProduction,
  defaultDataDir,
  loadOrCreateDevKeys,
  type DevKeys,
} from './dev-keys';
export { internalSignerOf, loadInternalKeys, loadInternalPublicKey, loadInternalTrust, trustOf, type InternalKeys } from './internal-keys';
export {
  GATEWAY_ISSUER,
  ISSUER_NAME,
  deriveDevKeyPair,
  derivedDevTrust,
  devKeyIdOf,
  keyIdOf,
  publishedKeyOf,
  sharedKeyTrust,
  trustFromJwks,
  type InternalTrust,
  type IssuerJwks,
  type PublishedKey,
} from './internal-trust';
