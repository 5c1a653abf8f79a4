import { isErrorCode } from '@cort/common';

/** What must never reach a client of the gateway, by what gives it away in a response's text. */
export const LEAKS: [what: string, pattern: RegExp][] = [
  ['a stack frame', /\bat\s+(?:async\s+)?(?:[^\s()]+\s+\()?(?:file:\/\/|node:|\/|[A-Za-z]:\\)[^\s()]*:\d+:\d+/],
  ['a JavaScript error name', /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|AbortError|TimeoutError)\b/],
  [
    'a loopback or private address',
    /\b(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|0\.0\.0\.0)\b|\blocalhost\b|\[::1?\]/i,
  ],
  ['a host with a port', /\/\/[^\s/"'@]+:\d{2,5}\b/],
  ['an internal host name', /\b[a-z][\w-]*\.(?:internal|local|lan|svc|cluster\.local)\b/i],
  ['a connection string', /\b(?:postgres(?:ql)?|redis|mysql|mongodb|file):\/\//i],
  [
    'a socket error',
    /\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE|UND_ERR_\w+)\b|fetch failed|socket hang up/i,
  ],
  ['a Prisma error', /\bP[1-6]\d{3}\b|\bprisma\b|Invalid `\w+\.\w+\.\w+\(\)` invocation/i],
  // Statements in capitals only: "select a session from the list" is English.
  ['SQL', /\bSELECT\b[^\n]{0,200}?\bFROM\b|\bINSERT INTO\b|\bUPDATE\s+\S+\s+SET\b|\bDELETE FROM\b/],
  [
    'a database message',
    /syntax error at or near|violates (?:unique|foreign key|check|not-null|exclusion) constraint|duplicate key value|(?:relation|column) \\?"[^"\\]+\\?" (?:of relation \\?"[^"\\]+\\?" )?does not exist|\bpg_\w+|\bSQLSTATE\b/i,
  ],
  [
    'a file path',
    /(?:^|[\s"'(=:])\/(?:home|usr|var|tmp|opt|srv|app|root|etc|proc|work|Users|builds?)\/[^\s"']+|node_modules|\b[A-Za-z]:\\\\|\.(?:ts|js|mjs|cjs|prisma):\d+/,
  ],
  ['a token', /\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]+/],
];

/** Extensions that only ever describe our insides. */
const INTERNAL_EXTENSIONS = ['stacktrace', 'exception', 'response', 'http'];

export interface Leak {
  where: string;
  what: string;
  excerpt: string;
}

/** What of `rules` (by default every rule above) the text gives away. */
export function scanText(where: string, text: string, rules = LEAKS): Leak[] {
  return rules.flatMap(([what, pattern]) => {
    const match = pattern.exec(text);
    if (!match) return [];
    const start = Math.max(0, match.index - 60);
    return [{ where, what, excerpt: text.slice(start, match.index + match[0].length + 60) }];
  });
}

/** Every error of a body: a code from the fixed list, the request id, and nothing internal. */
function scanErrors(body: unknown): Leak[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((error: { extensions?: Record<string, unknown> }, index) => {
    const where = `errors[${index}]`;
    const excerpt = JSON.stringify(error).slice(0, 300);
    const extensions = error?.extensions ?? {};
    const problems: Leak[] = [];
    if (!isErrorCode(extensions.code)) problems.push({ where, what: 'a code outside the fixed list', excerpt });
    if (typeof extensions.requestId !== 'string' || !extensions.requestId) problems.push({ where, what: 'no requestId', excerpt });
    for (const key of INTERNAL_EXTENSIONS.filter((name) => name in extensions)) {
      problems.push({ where, what: `an internal extension "${key}"`, excerpt });
    }
    return problems;
  });
}

/** What in one response (body text and headers) tells a client about our insides. */
export function findLeaks(response: { text: string; headers?: Headers | Record<string, string> }): Leak[] {
  const headers = response.headers instanceof Headers ? [...response.headers.entries()] : Object.entries(response.headers ?? {});
  let body: unknown;
  try {
    body = response.text ? JSON.parse(response.text) : undefined;
  } catch {
    body = undefined;
  }
  return [
    ...scanText('body', response.text),
    ...scanErrors(body),
    ...headers.flatMap(([name, value]) => scanText(`header ${name}`, value)),
  ];
}

/** Fails the test that received a leak, saying what leaked where. */
export function assertNoLeaks(response: { status?: number; text: string; headers?: Headers | Record<string, string> }): void {
  const leaks = findLeaks(response);
  if (leaks.length === 0) return;
  const lines = leaks.map(({ where, what, excerpt }) => `- ${what} in the ${where}: …${excerpt}…`);
  throw new Error(`The gateway's response${response.status ? ` (HTTP ${response.status})` : ''} leaks:\n${lines.join('\n')}`);
}
