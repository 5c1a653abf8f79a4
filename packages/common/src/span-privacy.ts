import type { Attributes, AttributeValue, SpanKind } from '@opentelemetry/api';

/**
 * What a span may say about a request without saying who it was about. Detainee data is GDPR Art. 10
 * data: a trace names operations, routes, tables and timings, never a value a client sent. The
 * instrumentations are configured not to record values (graphql.source without literals, Prisma's SQL
 * with placeholders); these rules are the second line, applied to every span before it is exported.
 */

/** The baggage entry and span attribute that carry the gateway's request id (x-request-id, extensions.requestId). */
export const REQUEST_ID_ATTRIBUTE = 'cort.request_id';

/** Attributes that hold a full URL or its target: the query string (GET variables, a search) goes. */
const URL_ATTRIBUTES = ['url.full', 'http.url', 'http.target'];
/** Attributes that are nothing but a query string or who the caller is. */
const DROPPED_ATTRIBUTES = ['url.query', 'user_agent.original', 'http.user_agent', 'client.address', 'client.port', 'http.client_ip'];
/** On a server span the peer is the client (or its proxy): its address identifies a person's device. */
const DROPPED_ON_SERVER = [
  'network.peer.address',
  'network.peer.port',
  'net.peer.ip',
  'net.peer.port',
  'net.sock.peer.addr',
  'net.sock.peer.port',
];
/** Statement text: placeholders only; a quoted literal that slipped in becomes '?'. */
const STATEMENT_ATTRIBUTES = ['db.query.text', 'db.statement'];

const SERVER: SpanKind = 1;

const withoutQuery = (url: string) => url.replace(/[?#].*$/s, '');
const withoutLiterals = (sql: string) => sql.replace(/'(?:[^']|'')*'/g, "'?'");

function cleanValue(key: string, value: AttributeValue | undefined): AttributeValue | undefined {
  if (typeof value !== 'string') return value;
  if (URL_ATTRIBUTES.includes(key)) return withoutQuery(value);
  if (STATEMENT_ATTRIBUTES.includes(key)) return withoutLiterals(value);
  return value;
}

/** A span's (or span event's) attributes as they may leave the process. */
export function privateAttributes(attributes: Attributes, kind?: SpanKind): Attributes {
  const cleaned: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (DROPPED_ATTRIBUTES.includes(key)) continue;
    if (kind === SERVER && DROPPED_ON_SERVER.includes(key)) continue;
    cleaned[key] = cleanValue(key, value);
  }
  return cleaned;
}
