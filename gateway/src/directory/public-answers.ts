import type { GraphQLFormattedError } from 'graphql';
import type { AnswerCache, CachedAnswer } from '../directory-cache/answer-cache';
import { answerKey, answerTags } from '../directory-cache/scopes';
import { strongEtag } from '../http-cache';
import type { PublicOperations } from '../public-operations';

/** What the graph answered one directory operation: data and/or errors, as a client would read them. */
export interface GraphAnswer {
  data?: Record<string, any> | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Runs one operation's text, as the anonymous caller, through the gateway's own executor. */
export type RunAnonymously = (query: string, variables: Record<string, unknown>, requestId: string) => Promise<GraphAnswer>;

/** A clean answer: data and no error, the only kind a cache may keep (as for the GraphQL endpoint). */
export const isClean = (answer: GraphAnswer) => answer.errors === undefined && answer.data != null;

/**
 * Where these answers are kept: under keys of their own, next to the GraphQL endpoint's (which keeps
 * Apollo's bytes under `answerKey`), with the same tags, so that the same drops reach both.
 */
const keyOf = (name: string, variables: Record<string, unknown>) => `read ${answerKey(name, variables)}`;

/** What a kept answer reads as, parsed once per entry (the in-process cache hands back the same entry). */
const parsed = new WeakMap<CachedAnswer, GraphAnswer>();
function answerIn(entry: CachedAnswer): GraphAnswer {
  let answer = parsed.get(entry);
  if (!answer) {
    answer = JSON.parse(entry.body) as GraphAnswer;
    parsed.set(entry, answer);
  }
  return answer;
}

/**
 * The directory's answers, shared by the HSDS feed, the calendars and the site: each runs a contract
 * operation (contract/directory/, by name) as the anonymous caller, so nothing beyond the public offer
 * can be in it, whoever asked. A clean answer is kept in the directory cache (in process, or in the
 * Redis every gateway shares) as long as browsers and shared caches may keep the GraphQL endpoint's (its
 * max-age), and concurrent asks for the same answer wait for one execution. Unlike the GraphQL
 * endpoint's bytes, they are kept before the gateway follows the activities feed too (as they always
 * were): at worst as old as browsers may keep the endpoint's answers. A change of the offer drops the kept answers it makes stale (the cache's tags),
 * and an answer that was being computed while something was dropped is used by those who asked for it but
 * neither kept nor handed to later asks.
 */
export class PublicAnswers {
  /** Answers being computed, by key: the only thing held here. */
  private readonly underWay = new Map<string, { answer: Promise<GraphAnswer>; tags: readonly string[] }>();

  constructor(
    private readonly operations: PublicOperations,
    private readonly run: RunAnonymously,
    private readonly maxAgeMs: number,
    private readonly cache: AnswerCache,
  ) {}

  /** Whether the contract has this operation (a new one may not be deployed yet). */
  has(name: string): boolean {
    return this.operations.operations.some((operation) => operation.name === name);
  }

  /** The answer, kept or fresh; `requestId` names the HTTP request in the log lines of an execution it starts. */
  answer(name: string, variables: Record<string, unknown>, requestId: string): Promise<GraphAnswer> {
    const operation = this.operations.operations.find((candidate) => candidate.name === name);
    if (!operation) throw new Error(`contract/directory has no operation ${name}.`);
    const key = keyOf(name, variables);
    const waiting = this.underWay.get(key);
    if (waiting) return waiting.answer;
    const tags = answerTags(name, variables);
    const answer = this.keptOrRun(key, tags, operation.text, variables, requestId);
    this.underWay.set(key, { answer, tags });
    const settled = () => {
      if (this.underWay.get(key)?.answer === answer) this.underWay.delete(key);
    };
    answer.then(settled, settled);
    return answer;
  }

  /** Later asks no longer wait for the answers of these tags being computed (the cache drops the kept ones). */
  drop(tags: readonly string[]) {
    for (const [key, entry] of this.underWay) if (entry.tags.some((tag) => tags.includes(tag))) this.underWay.delete(key);
  }

  private async keptOrRun(key: string, tags: string[], query: string, variables: Record<string, unknown>, requestId: string) {
    if (this.maxAgeMs <= 0) return this.run(query, variables, requestId);
    // The cache is a shortcut: when it fails, the graph answers.
    const kept = await this.cache.get(key).catch(() => undefined);
    if (kept) return answerIn(kept);
    // Read before the run: an answer computed across a drop may show what the change replaced.
    const generation = await this.cache.generation().catch(() => Number.NaN);
    const answer = await this.run(query, variables, requestId);
    // An answer with errors, or none at all, is not kept: the next ask runs again.
    if (isClean(answer)) {
      const body = JSON.stringify(answer);
      const entry: CachedAnswer = { body, etag: strongEtag(body), contentType: 'application/json', storedAt: Date.now() };
      await this.cache.keep(key, entry, tags, this.maxAgeMs, generation).catch(() => undefined);
    }
    return answer;
  }
}
