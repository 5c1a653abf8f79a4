import { BoundedMemo } from '@cort/common';

/** A directory answer as it was sent: the exact bytes, their entity tag and content type, when it was made. */
export interface CachedAnswer {
  body: string;
  etag: string;
  contentType: string;
  /** Epoch milliseconds: the answer's age is counted from here. */
  storedAt: number;
}

/**
 * Where every gateway keeps the directory's answers: in process, or in Redis when REDIS_URL is set (then
 * all gateways share one copy, and a change drops it for all). Entries carry tags (the prison or activity
 * they show, see scopes.ts) by which a change of the offer drops them.
 */
export interface AnswerCache {
  get(key: string): Promise<CachedAnswer | undefined>;
  /**
   * The same as `get`, answered at once, by a cache that holds its answers in this process: a hit is
   * then served without waiting for a promise. Absent where the answer must be fetched (Redis).
   */
  peek?(key: string): CachedAnswer | undefined;
  /**
   * A number that changes with every drop. Read before an answer is computed and passed to `keep`: an
   * answer computed while the offer changed could hold what the change replaced, so it is not kept.
   */
  generation(): Promise<number>;
  /** Keeps the answer for `ttlMs` under its tags, unless something was dropped since `generation`. */
  keep(key: string, answer: CachedAnswer, tags: readonly string[], ttlMs: number, generation: number): Promise<void>;
  /** Drops every answer carrying one of the tags. */
  drop(tags: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** Far more than the directory asks for (one entry per operation, language, prison, category and page). */
const MAX_ENTRIES = 5000;

interface Entry {
  answer: CachedAnswer;
  until: number;
  tags: readonly string[];
}

/** The cache of one gateway process. */
export class MemoryAnswerCache implements AnswerCache {
  private readonly keysByTag = new Map<string, Set<string>>();
  /** The first kept goes first when it is full (a hit does not refresh; keeping it again does), and its tags with it. */
  private readonly entries: BoundedMemo<string, Entry>;
  private dropped = 0;

  constructor(
    private readonly now: () => number = Date.now,
    capacity = MAX_ENTRIES,
  ) {
    // A cache that keeps nothing would still index the tags of what it was given, for good.
    if (!(capacity >= 1)) throw new Error(`An answer cache keeps at least one answer (capacity ${capacity}).`);
    this.entries = new BoundedMemo({ capacity, refreshOnRead: false, evicted: (key, entry) => this.untag(key, entry) });
  }

  async get(key: string) {
    return this.peek(key);
  }

  peek(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until > this.now()) return entry.answer;
    this.remove(key);
    return undefined;
  }

  async generation() {
    return this.dropped;
  }

  async keep(key: string, answer: CachedAnswer, tags: readonly string[], ttlMs: number, generation: number) {
    if (generation !== this.dropped || ttlMs <= 0) return;
    this.remove(key);
    this.entries.set(key, { answer, until: this.now() + ttlMs, tags });
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag) ?? new Set<string>();
      keys.add(key);
      this.keysByTag.set(tag, keys);
    }
  }

  async drop(tags: readonly string[]) {
    this.dropped++;
    for (const tag of tags) for (const key of this.keysByTag.get(tag) ?? []) this.remove(key);
  }

  async close() {
    this.entries.clear();
    this.keysByTag.clear();
  }

  get size() {
    return this.entries.size;
  }

  private remove(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.untag(key, entry);
  }

  private untag(key: string, entry: Entry) {
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
  }
}
