import type { DomainEvent } from './events';

/** Where a consumer is in a feed: opaque to it, (transaction id, position) inside. */
export interface FeedPosition {
  transactionId: bigint;
  position: bigint;
}

export const START: FeedPosition = { transactionId: BigInt(-1), position: BigInt(-1) };

export function encodeCursor(at: FeedPosition): string {
  return Buffer.from(`${at.transactionId}:${at.position}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null): FeedPosition {
  if (!cursor) return START;
  const match = /^(-?\d+):(-?\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new RangeError('The cursor is not one this feed gave out.');
  return { transactionId: BigInt(match[1]), position: BigInt(match[2]) };
}

export interface FeedPage {
  events: DomainEvent[];
  /** Pass it back as `after` for the next page; unchanged when there was nothing new. */
  cursor: string;
  hasMore: boolean;
}

interface RawQuery {
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T>;
}

interface Row {
  id: string;
  type: string;
  version: number;
  occurredAt: Date;
  payload: Record<string, unknown>;
  transactionId: bigint | number | string;
  position: bigint | number | string;
}

/**
 * A page of the outbox in commit order. Positions come from a sequence, so a transaction that took a
 * lower position may commit after a higher one has been read. Events are therefore ordered by the id of
 * the transaction that wrote them, and only events of transactions older than every transaction still
 * running are served: nothing can later appear behind the cursor, so nothing acknowledged is skipped.
 */
export async function readFeed(db: RawQuery, after: string | undefined | null, limit: number): Promise<FeedPage> {
  const from = decodeCursor(after);
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT "id", "type", "version", "occurredAt", "payload", "transactionId", "position"
       FROM "OutboxEvent"
      WHERE ("transactionId", "position") > ($1::bigint, $2::bigint)
        AND "transactionId" < (pg_snapshot_xmin(pg_current_snapshot()))::text::bigint
      ORDER BY "transactionId", "position"
      LIMIT $3`,
    from.transactionId.toString(),
    from.position.toString(),
    limit + 1,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    events: page.map((row) => ({
      id: row.id,
      type: row.type,
      version: row.version,
      occurredAt: new Date(row.occurredAt).toISOString(),
      payload: row.payload,
    })),
    cursor: last ? encodeCursor({ transactionId: BigInt(last.transactionId), position: BigInt(last.position) }) : encodeCursor(from),
    hasMore: rows.length > limit,
  };
}

/**
 * The cursor after the last event served today, with no events: where a consumer that keeps nothing across
 * restarts (the gateway's directory cache) starts, because everything before it is already reflected in
 * what it will read fresh. Served events are those of transactions older than every running one, as in
 * `readFeed`, so nothing committed later can land behind it.
 */
export async function readFeedEnd(db: RawQuery): Promise<FeedPage> {
  const rows = await db.$queryRawUnsafe<Pick<Row, 'transactionId' | 'position'>[]>(
    `SELECT "transactionId", "position"
       FROM "OutboxEvent"
      WHERE "transactionId" < (pg_snapshot_xmin(pg_current_snapshot()))::text::bigint
      ORDER BY "transactionId" DESC, "position" DESC
      LIMIT 1`,
  );
  const last = rows[0];
  return {
    events: [],
    cursor: encodeCursor(last ? { transactionId: BigInt(last.transactionId), position: BigInt(last.position) } : START),
    hasMore: false,
  };
}
