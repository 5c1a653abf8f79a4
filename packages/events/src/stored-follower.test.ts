import type { DomainEvent } from './events';
import type { FeedPage } from './feed';
import { applyPageOnce, createStoredFollower, FEED_LOCK_CLASS } from './stored-follower';

const event = (id: string): DomainEvent => ({ id, type: 'ThingMade', version: 1, occurredAt: '2026-01-01T00:00:00.000Z', payload: {} });

/**
 * A consumer's database as the stored follower sees it: its FeedCursor table (one producer's row), the
 * applied event ids, and the feed lock, which another replica may hold (`held`). Transactions run one
 * after the other.
 */
function consumerDatabase() {
  const state = { cursor: null as string | null, applied: [] as string[], held: false, locks: [] as unknown[][] };
  const feedCursor = {
    async findUnique({ where }: { where: { producer: string } }) {
      expect(where.producer).toBe('things');
      return state.cursor === null ? null : { cursor: state.cursor };
    },
    async upsert({
      where,
      create,
      update,
    }: {
      where: { producer: string };
      create: { producer: string; cursor: string };
      update: { cursor: string };
    }) {
      expect([where.producer, create.producer]).toEqual(['things', 'things']);
      state.cursor = update.cursor;
    },
  };
  const tx = {
    feedCursor,
    async $queryRawUnsafe<T>(sql: string, ...values: unknown[]): Promise<T> {
      expect(sql).toContain('pg_try_advisory_xact_lock');
      state.locks.push(values);
      return [{ locked: !state.held }] as T;
    },
  };
  const prisma = { feedCursor, $transaction: <T>(work: (db: typeof tx) => Promise<T>) => work(tx) };
  const store = {
    consumer: 'reporting',
    producer: 'things',
    prisma,
    apply: async (_: typeof tx, events: DomainEvent[]) => void state.applied.push(...events.map((e) => e.id)),
  };
  return { state, tx, store };
}

/** A feed of pages two events long; the cursor is the number of events read. */
function feed(ids: string[]) {
  const pulls: (string | null)[] = [];
  const pull = async (after: string | null): Promise<FeedPage> => {
    pulls.push(after);
    const from = Number(after ?? 0);
    const events = ids.slice(from, from + 2).map(event);
    return { events, cursor: String(from + events.length), hasMore: from + 2 < ids.length };
  };
  return { pull, pulls };
}

describe('applying a page once among replicas (compare-and-set on the stored cursor)', () => {
  it('applies the page and stores its cursor when the cursor is still the one it was pulled after', async () => {
    const { state, tx, store } = consumerDatabase();
    state.cursor = '2';
    expect(await applyPageOnce(tx, store, { events: [event('e3')], cursor: '3', after: '2' })).toBe('applied');
    expect(state).toMatchObject({ cursor: '3', applied: ['e3'] });
    // The lock is this consumer's of this producer's feed.
    expect(state.locks).toEqual([[FEED_LOCK_CLASS, 'reporting follows things']]);
  });

  it('applies nothing and leaves the cursor when another replica stored one since the pull', async () => {
    const { state, tx, store } = consumerDatabase();
    state.cursor = '4';
    expect(await applyPageOnce(tx, store, { events: [event('e3')], cursor: '3', after: '2' })).toBe('stale');
    expect(state).toMatchObject({ cursor: '4', applied: [] });
    // A first page pulled from nothing, when a cursor was stored meanwhile: the same.
    expect(await applyPageOnce(tx, store, { events: [event('e1')], cursor: '1', after: null })).toBe('stale');
    expect(state).toMatchObject({ cursor: '4', applied: [] });
  });

  it('applies nothing while another replica holds the feed', async () => {
    const { state, tx, store } = consumerDatabase();
    state.held = true;
    expect(await applyPageOnce(tx, store, { events: [event('e1')], cursor: '1', after: null })).toBe('busy');
    expect(state).toMatchObject({ cursor: null, applied: [] });
  });
});

describe('a stored follower', () => {
  it('reads the feed to its end, each event once', async () => {
    const { state, store } = consumerDatabase();
    const { pull, pulls } = feed(['e1', 'e2', 'e3']);
    await createStoredFollower({ ...store, pull }).catchUp();
    expect(state).toMatchObject({ cursor: '3', applied: ['e1', 'e2', 'e3'] });
    expect(pulls).toEqual([null, '2']);
    // Nothing new: pulled once more, and no transaction for it.
    state.locks = [];
    await createStoredFollower({ ...store, pull }).catchUp();
    expect(pulls).toEqual([null, '2', '3']);
    expect(state.locks).toEqual([]);
  });

  it('pulls again from the stored cursor when another replica applied the page it pulled', async () => {
    const { state, store } = consumerDatabase();
    const { pull, pulls } = feed(['e1', 'e2', 'e3', 'e4']);
    // The other replica applies the first page between this one's pull and its transaction.
    let raced = false;
    const racing = async (after: string | null) => {
      const page = await pull(after);
      if (!raced) {
        raced = true;
        state.applied.push('e1', 'e2');
        state.cursor = '2';
      }
      return page;
    };
    await createStoredFollower({ ...store, pull: racing }).catchUp();
    expect(state).toMatchObject({ cursor: '4', applied: ['e1', 'e2', 'e3', 'e4'] });
    expect(pulls).toEqual([null, '2']);
  });

  it('skips a background turn while another replica holds the feed, and follows on the next', async () => {
    const { state, store } = consumerDatabase();
    const { pull } = feed(['e1', 'e2', 'e3']);
    const follower = createStoredFollower({ ...store, pull });
    state.held = true;
    await follower.catchUp({ skipWhenBusy: true });
    expect(state).toMatchObject({ cursor: null, applied: [] });
    state.held = false;
    await follower.catchUp({ skipWhenBusy: true });
    expect(state).toMatchObject({ cursor: '3', applied: ['e1', 'e2', 'e3'] });
  });

  it('waits, outside any transaction, for the replica holding the feed when asked to catch up', async () => {
    const { state, store } = consumerDatabase();
    const { pull } = feed(['e1', 'e2', 'e3']);
    // The other replica holds the feed for this one's first two tries, applying the first page meanwhile.
    let tries = 0;
    const $transaction = <T>(work: Parameters<typeof store.prisma.$transaction<T>>[0]) => {
      tries++;
      state.held = tries <= 2;
      if (tries === 2) {
        state.applied.push('e1', 'e2');
        state.cursor = '2';
      }
      return store.prisma.$transaction(work);
    };
    await createStoredFollower({ ...store, prisma: { ...store.prisma, $transaction }, pull }).catchUp();
    expect(state).toMatchObject({ cursor: '3', applied: ['e1', 'e2', 'e3'] });
    expect(tries).toBe(3);
  });
});
