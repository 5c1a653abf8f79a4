export interface BoundedMemoOptions<K, V> {
  /** At most this many entries; 0 or less keeps none. */
  capacity: number;
  /**
   * Whether a hit (`get`) makes its entry the newest, so that the least recently used goes first, or only a
   * write does, so that the first written goes first. Each caller says which: a memo of what a key works
   * out to forgets nothing by keeping the first written; a cache that must keep its busiest keys refreshes.
   */
  refreshOnRead: boolean;
  /** Told of each entry pushed out to make room (not of those deleted): what the caller keeps beside it can go too. */
  evicted?: (key: K, value: V) => void;
}

/**
 * A Map of at most `capacity` entries, oldest out: a process that runs for weeks would otherwise keep
 * every key it ever saw (client addresses, URLs, tokens). A Map iterates in insertion order, so the oldest
 * entry is its first; a write (and with `refreshOnRead` a hit) moves an entry to the end.
 * `undefined` is not a value: `get` answers it for a key not kept.
 */
export class BoundedMemo<K, V extends NonNullable<unknown> | null> {
  private readonly entries = new Map<K, V>();
  readonly capacity: number;
  private readonly refreshOnRead: boolean;
  private readonly evicted?: (key: K, value: V) => void;

  constructor(options: BoundedMemoOptions<K, V>) {
    this.capacity = options.capacity;
    this.refreshOnRead = options.refreshOnRead;
    this.evicted = options.evicted;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined && this.refreshOnRead) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Keeps the value as the newest entry, pushing out the oldest when the memo is full. */
  set(key: K, value: V): this {
    if (this.capacity <= 0) return this;
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) {
      const [oldestKey, oldestValue] = this.entries.entries().next().value!;
      this.entries.delete(oldestKey);
      this.evicted?.(oldestKey, oldestValue);
    }
    this.entries.set(key, value);
    return this;
  }

  delete(key: K): boolean {
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
