import { randomUUID } from 'node:crypto';
import { ClaimsError, identityFromClaims, type Identity } from '../identity';
import { ROLES, isRole } from '../roles';

export const TOKEN_USAGE = `Usage: npm run -s token -- --role ROLE[,ROLE] [--prisons CODE,CODE] [--organisation ID] [--sub ID]

Prints a development access token (valid 12 hours) alone on stdout.
  --role          repeatable or comma-separated: ${ROLES.join(', ')}
  --prisons       prison codes the user is assigned to, e.g. HAREN,GENT (none if left out)
  --organisation  the partner organisation (partner staff and volunteers)
  --sub           the user's id (a staff member's or volunteer's person id); random if left out
Issuer and audience: AUTH_ISSUER and AUTH_AUDIENCE, as for the gateway (defaults cort-dev, cort-graph).`;

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** Reads the command line into an identity; throws with a message for the user on anything wrong. */
export function parseTokenArgs(argv: readonly string[]): Identity {
  const roles: string[] = [];
  const prisons: string[] = [];
  let organisationId: string | undefined;
  let sub: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const [flag, inline] = argv[index].split(/=(.*)/s, 2);
    const value = () => {
      const next = inline ?? argv[++index];
      if (next === undefined || (inline === undefined && next.startsWith('--'))) throw new Error(`${flag} needs a value.`);
      return next;
    };
    switch (flag) {
      case '--role':
      case '--roles':
        roles.push(...list(value()).map((role) => role.toUpperCase()));
        break;
      case '--prison':
      case '--prisons':
        prisons.push(...list(value()));
        break;
      case '--organisation':
      case '--organization':
        organisationId = value();
        break;
      case '--sub':
        sub = value();
        break;
      default:
        throw new Error(`Unknown option ${argv[index]}.`);
    }
  }
  if (!roles.length) throw new Error('Give at least one --role.');
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length) throw new Error(`Unknown role ${unknown.join(', ')}; the roles are ${ROLES.join(', ')}.`);
  try {
    return identityFromClaims({ sub: sub ?? randomUUID(), roles, prisons, organisationId });
  } catch (error) {
    throw error instanceof ClaimsError ? new Error(`Cannot make that token. ${error.message}`) : error;
  }
}
