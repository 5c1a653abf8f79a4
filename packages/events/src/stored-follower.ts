import type { DomainEvent } from './events';
import type { FeedPage } from './feed';
import { createFollower, type Follower, type PageOutcome } from './follower';

/** What the lock needs of a transaction (a Prisma transaction client has it). */
export interface LockingTransaction {
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T>;
}

/**
 * The first key of every feed lock (PostgreSQL's two-key advisory locks, a space apart from the one-key
 * migration lock); the second is a hash of who follows which feed.
 */
export const FEED_LOCK_CLASS = 72707372;

/**
 * The FeedCursor table every consuming service keeps in its own database, one row per producer it follows
 * (the same model in each service's Prisma schema): the follower alone reads and writes it.
 */
export interface FeedCursorTable {
  findUnique(args: { where: { producer: string } }): PromiseLike<{ cursor: string } | null>;
  upsert(args: {
    where: { producer: string };
    create: { producer: string; cursor: string };
    update: { cursor: string };
  }): PromiseLike<unknown>;
}

/** What the follower needs of a transaction of the consumer's database (a Prisma transaction client has it). */
export interface FeedTransaction extends LockingTransaction {
  feedCursor: FeedCursorTable;
}

/** What the follower needs of the consumer's database client (a Prisma client has it). */
export interface FeedDatabase<Tx extends FeedTransaction> {
  feedCursor: FeedCursorTable;
  $transaction<T>(work: (tx: Tx) => Promise<T>, options?: { timeout?: number }): Promise<T>;
}

/**
 * How long a page's transaction may take (Prisma's default is five seconds): a full page of events that
 * each need a few statements can take longer on a busy database, and a page that always timed out would
 * be pulled again and again without the feed ever moving on.
 */
export const PAGE_TRANSACTION_TIMEOUT_MS = 60_000;

export interface StoredFollowerOptions<Tx extends FeedTransaction> {
  /** The consuming service and the producer: together they name the lock replicas of the consumer share. */
  consumer: string;
  producer: string;
  pull(after: string | null): Promise<FeedPage>;
  /** The consumer's database: the page's effects and the cursor are written in one of its transactions. */
  prisma: FeedDatabase<Tx>;
  /** Applies the page's events (the consumer's handlers, dead letters). */
  apply(tx: Tx, events: DomainEvent[]): Promise<void>;
}

/** The stored cursor of a feed (null: none yet), read through the client or a transaction. */
const readCursor = async (db: { feedCursor: FeedCursorTable }, producer: string) =>
  (await db.feedCursor.findUnique({ where: { producer } }))?.cursor ?? null;

/**
 * Takes this feed's lock for the rest of the transaction, if no other replica holds it. The try-lock, not
 * the waiting one: waiting inside the transaction would hold a pooled connection, past Prisma's
 * transaction timeout when the holder's page is long, only to find afterwards that the page it pulled was
 * applied meanwhile. A replica that finds the lock held gives up the page instead: a background tick skips
 * its turn (a lease: one replica follows at a time, and the holder reads on to the end), a request's
 * catch-up pauses outside any transaction and tries again (follower.ts).
 */
export async function tryFeedLock(tx: LockingTransaction, consumer: string, producer: string): Promise<boolean> {
  const rows = await tx.$queryRawUnsafe<{ locked: boolean }[]>(
    'SELECT pg_try_advisory_xact_lock($1::int, hashtext($2::text)) AS "locked"',
    FEED_LOCK_CLASS,
    `${consumer} follows ${producer}`,
  );
  return rows[0]?.locked === true;
}

/**
 * Applies a page at most once among replicas sharing one database: under the feed's lock, the cursor is
 * read again and compared with the one the page was pulled after (a compare-and-set). Unchanged: the
 * page's events are applied and its cursor stored, in this transaction. Changed: another replica applied
 * that page (and perhaps more) since, so nothing is applied and the cursor never moves back.
 */
export async function applyPageOnce<Tx extends FeedTransaction>(
  tx: Tx,
  options: Pick<StoredFollowerOptions<Tx>, 'consumer' | 'producer' | 'apply'>,
  page: { events: DomainEvent[]; cursor: string; after: string | null },
): Promise<PageOutcome> {
  if (!(await tryFeedLock(tx, options.consumer, options.producer))) return 'busy';
  const { producer } = options;
  if ((await readCursor(tx, producer)) !== page.after) return 'stale';
  await options.apply(tx, page.events);
  await tx.feedCursor.upsert({ where: { producer }, create: { producer, cursor: page.cursor }, update: { cursor: page.cursor } });
  return 'applied';
}

/**
 * A follower whose cursor is stored in the consumer's database beside the page's effects, safe to run in
 * every replica of the consumer: each event is applied once, none is skipped, the cursor only moves on.
 */
export function createStoredFollower<Tx extends FeedTransaction>(options: StoredFollowerOptions<Tx>): Follower {
  return createFollower({
    pull: options.pull,
    storedCursor: () => readCursor(options.prisma, options.producer),
    applyPage: (events, cursor, after) =>
      options.prisma.$transaction((tx) => applyPageOnce(tx, options, { events, cursor, after }), { timeout: PAGE_TRANSACTION_TIMEOUT_MS }),
  });
}
