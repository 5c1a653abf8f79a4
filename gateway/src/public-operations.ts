import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import type { Request } from 'express';
import { REPO_ROOT } from './composition';

/** The directory site's operations, as the contract keeps them. */
export const DEFAULT_PUBLIC_OPERATIONS_DIR = path.join(REPO_ROOT, 'contract', 'directory');

/** A directory operation: anonymous callers run these and nothing else. */
export interface PublicOperation {
  name: string;
  /** The file's text, comments and layout included: what `contract/` clients send. */
  text: string;
  /** graphql-js's `print` of it: what tooling that re-prints documents (persisted-query links, manifests) sends. */
  printed: string;
}

/** Apollo's persisted query id: the sha256 of the text, lower-case hex. */
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

type KeyValueCache = ApolloServer['cache'];

/** Reads one operation file; refuses anything but one named query (a public operation never changes data). */
export function readPublicOperation(file: string, text: string): PublicOperation {
  const document = parse(text);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const [operation] = operations;
  if (operations.length !== 1 || operation.operation !== 'query' || !operation.name) {
    throw new Error(`${file} must hold exactly one named query to be a public operation.`);
  }
  return { name: operation.name.value, text, printed: print(document) };
}

/**
 * The allow-list of anonymous callers, loaded once at start: each operation is known by its exact text
 * and by its printed form, and by the sha256 of either (Apollo's persisted query id). Nothing else is
 * normalised: a text that differs in one space is another operation.
 */
export class PublicOperations {
  private readonly byText = new Map<string, PublicOperation>();
  private readonly textByHash = new Map<string, string>();

  constructor(readonly operations: readonly PublicOperation[]) {
    for (const operation of operations) {
      for (const text of [operation.text, operation.printed]) {
        this.byText.set(text, operation);
        this.textByHash.set(sha256(text), text);
      }
    }
  }

  static load(dir: string): PublicOperations {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((file) => file.endsWith('.graphql')) : [];
    if (files.length === 0) throw new Error(`${dir} holds no .graphql operations: anonymous callers would have nothing to run.`);
    return new PublicOperations(files.sort().map((file) => readPublicOperation(file, fs.readFileSync(path.join(dir, file), 'utf8'))));
  }

  get names(): string[] {
    return this.operations.map(({ name }) => name);
  }

  withText(text: string): PublicOperation | undefined {
    return this.byText.get(text);
  }

  /** The text a persisted query id stands for, when it is one of ours. */
  textOf(hash: string): string | undefined {
    return this.textByHash.get(hash);
  }

  /** The operation a request asks for, by its text, else by its persisted query id. */
  recognise(request: OperationRequest): PublicOperation | undefined {
    if (request.query !== undefined) return this.withText(request.query);
    const text = request.hash === undefined ? undefined : this.textOf(request.hash);
    return text === undefined ? undefined : this.withText(text);
  }

  /**
   * Apollo's persisted-query store: our operations by id, always (never evicted, nothing to register
   * first), and whatever signed-in clients register in Apollo's own cache, as without this store.
   */
  persistedQueryCache(fallback: () => KeyValueCache): KeyValueCache {
    // Apollo prefixes the keys ("apq:<hash>"); a sha256 in hex holds no colon.
    const hashOf = (key: string) => key.slice(key.lastIndexOf(':') + 1);
    return {
      get: async (key) => this.textOf(hashOf(key)) ?? fallback().get(key),
      set: async (key, value, options) => (this.textOf(hashOf(key)) === undefined ? fallback().set(key, value, options) : undefined),
      delete: async (key) => fallback().delete(key),
    };
  }
}

/** What a GraphQL request names to run: its text, its persisted query id, or both; and what it runs it with. */
export interface OperationRequest {
  query?: string;
  hash?: string;
  /** The variables as sent (an object), when they are one; absent when none were sent. */
  variables?: Record<string, unknown>;
  /** The operation name as sent, if any. */
  operationName?: string;
  /** Variables were sent but are not an object (or not JSON): Apollo refuses the request. */
  unreadableVariables?: true;
}

const once = (params: URLSearchParams, name: string) => (params.getAll(name).length === 1 ? params.get(name)! : undefined);

function jsonObject(raw: string | undefined): Record<string, any> | undefined {
  try {
    const value: unknown = raw === undefined ? undefined : JSON.parse(raw);
    return typeof value === 'object' && value !== null ? (value as Record<string, any>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the operation the way Apollo Server will (a POST's JSON body; a GET's search parameters, each
 * given once), so that what is checked here is what runs. Anything malformed reads as nothing, and
 * Apollo refuses it with 400.
 */
export function operationRequestOf(req: Pick<Request, 'method' | 'url' | 'body'>): OperationRequest {
  let query: unknown;
  let extensions: Record<string, any> | undefined;
  let variables: unknown;
  let operationName: unknown;
  if (req.method === 'GET') {
    const params = new URLSearchParams(req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '');
    query = once(params, 'query');
    extensions = jsonObject(once(params, 'extensions'));
    // Given twice, or not a JSON object, they are unreadable: Apollo refuses the request, and so must every shortcut.
    const sent = params.getAll('variables');
    variables = sent.length === 0 ? undefined : sent.length > 1 ? sent : (jsonObject(sent[0]) ?? (sent[0] === 'null' ? null : sent[0]));
    operationName = once(params, 'operationName');
  } else if (req.method === 'POST' && typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body)) {
    query = req.body.query;
    extensions = typeof req.body.extensions === 'object' ? req.body.extensions : undefined;
    variables = req.body.variables;
    operationName = req.body.operationName;
  }
  const hash: unknown = extensions?.persistedQuery?.sha256Hash;
  return {
    ...(typeof query === 'string' ? { query } : {}),
    ...(typeof hash === 'string' ? { hash } : {}),
    ...(typeof variables === 'object' && variables !== null && !Array.isArray(variables)
      ? { variables: variables as Record<string, unknown> }
      : {}),
    ...(typeof operationName === 'string' ? { operationName } : {}),
    ...(variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))
      ? { unreadableVariables: true as const }
      : {}),
  };
}
