import type { GraphQLFormattedError } from 'graphql';
import { answerKey, answerTags } from '../directory-cache/scopes';
import type { PublicOperations } from '../public-operations';

/** What the graph answered one directory operation: data and/or errors, as a client would read them. */
export interface GraphAnswer {
  data?: Record<string, any> | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Runs one operation's text, as the anonymous caller, through the gateway's own executor. */
export type RunAnonymously = (query: string, variables: Record<string, unknown>, requestId: string) => Promise<GraphAnswer>;

/** Far more than the directory's pages ask for (one entry per operation, language and filter). */
const MAX_ENTRIES = 1000;

/** A clean answer: data and no error, the only kind a cache may keep (as for the GraphQL endpoint). */
export const isClean = (answer: GraphAnswer) => answer.errors === undefined && answer.data != null;

/**
 * The directory's answers, shared by the HSDS feed, the calendars and the site: each runs a contract
 * operation (contract/directory/, by name) as the anonymous caller, so nothing beyond the public offer
 * can be in it, whoever asked. A clean answer is kept as long as browsers and shared caches may keep the
 * GraphQL endpoint's (its max-age), and concurrent asks for the same answer wait for one execution. A
 * change of the offer drops what it makes stale (`drop`, with the tags of the directory cache), and an
 * answer that was being computed while something was dropped is used once but not kept.
 */
export class PublicAnswers {
  private readonly kept = new Map<string, { until: number; answer: Promise<GraphAnswer>; tags: readonly string[] }>();
  private dropped = 0;

  constructor(
    private readonly operations: PublicOperations,
    private readonly run: RunAnonymously,
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether the contract has this operation (a new one may not be deployed yet). */
  has(name: string): boolean {
    return this.operations.operations.some((operation) => operation.name === name);
  }

  /** The answer, kept or fresh; `requestId` names the HTTP request in the log lines of an execution it starts. */
  answer(name: string, variables: Record<string, unknown>, requestId: string): Promise<GraphAnswer> {
    const operation = this.operations.operations.find((candidate) => candidate.name === name);
    if (!operation) throw new Error(`contract/directory has no operation ${name}.`);
    const key = answerKey(name, variables);
    const entry = this.kept.get(key);
    if (entry && entry.until > this.now()) return entry.answer;
    this.kept.delete(key);

    const generation = this.dropped;
    const answer = this.run(operation.text, variables, requestId);
    if (this.maxAgeMs <= 0) return answer;
    this.keep(key, answer, answerTags(name, variables));
    // An answer with errors, or none at all, is not kept: the next ask runs again. Nor is one computed
    // across a drop: it may show what the change replaced.
    answer.then(
      (settled) => (isClean(settled) && generation === this.dropped) || this.forget(key, answer),
      () => this.forget(key, answer),
    );
    return answer;
  }

  /** Drops the answers of these tags (see directory-cache/scopes.ts). */
  drop(tags: readonly string[]) {
    this.dropped++;
    for (const [key, entry] of this.kept) if (entry.tags.some((tag) => tags.includes(tag))) this.kept.delete(key);
  }

  private keep(key: string, answer: Promise<GraphAnswer>, tags: readonly string[]) {
    if (this.kept.size >= MAX_ENTRIES) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(key, { until: this.now() + this.maxAgeMs, answer, tags });
  }

  private forget(key: string, answer: Promise<GraphAnswer>) {
    if (this.kept.get(key)?.answer === answer) this.kept.delete(key);
  }
}
