import { DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevKeys } from '../dev-keys';
import { mintUserToken } from '../user-tokens';
import { TOKEN_USAGE, parseTokenArgs } from './token-args';

/** `npm run token -- --role COORDINATOR --prisons HAREN,GENT`: a development user token on stdout, nothing else. */
async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stderr.write(`${TOKEN_USAGE}\n`);
    return 0;
  }
  let identity;
  try {
    identity = parseTokenArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${TOKEN_USAGE}\n`);
    return 2;
  }
  const keys = await loadOrCreateDevKeys();
  const token = await mintUserToken(identity, keys.user.privateKey, {
    issuer: process.env.AUTH_ISSUER ?? DEV_ISSUER,
    audience: process.env.AUTH_AUDIENCE ?? DEV_AUDIENCE,
    expiresIn: '12h',
    keyId: keys.user.keyId,
  });
  process.stdout.write(`${token}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
