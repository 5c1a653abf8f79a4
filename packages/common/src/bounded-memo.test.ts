import { BoundedMemo } from './bounded-memo';

const keysOf = (memo: BoundedMemo<string, number>, candidates: readonly string[]) =>
  candidates.filter((key) => memo.get(key) !== undefined);

describe('a bounded memo', () => {
  it('keeps at most its capacity, pushing out the first written when a hit does not refresh', () => {
    const evicted: [string, number][] = [];
    const memo = new BoundedMemo<string, number>({
      capacity: 2,
      refreshOnRead: false,
      evicted: (key, value) => evicted.push([key, value]),
    });
    memo.set('a', 1).set('b', 2);
    expect(memo.get('a')).toBe(1); // a hit: a stays the oldest
    memo.set('c', 3);
    expect(memo.size).toBe(2);
    expect(evicted).toEqual([['a', 1]]);
    expect(keysOf(memo, ['a', 'b', 'c'])).toEqual(['b', 'c']);
  });

  it('pushes out the least recently used when a hit refreshes', () => {
    const evicted: string[] = [];
    const memo = new BoundedMemo<string, number>({ capacity: 2, refreshOnRead: true, evicted: (key) => evicted.push(key) });
    memo.set('a', 1).set('b', 2);
    expect(memo.get('a')).toBe(1); // a is now the newest: b is the oldest
    memo.set('c', 3);
    expect(evicted).toEqual(['b']);
    expect(memo.get('b')).toBeUndefined();
    expect(memo.get('a')).toBe(1);
    expect(memo.get('c')).toBe(3);
  });

  it('makes a key written again the newest, with its new value, and pushes nothing out for it', () => {
    const evicted: string[] = [];
    const memo = new BoundedMemo<string, number>({ capacity: 2, refreshOnRead: false, evicted: (key) => evicted.push(key) });
    memo.set('a', 1).set('b', 2).set('a', 10);
    expect(evicted).toEqual([]);
    memo.set('c', 3);
    expect(evicted).toEqual(['b']);
    expect(memo.get('a')).toBe(10);
  });

  it('tells of entries pushed out only, not of those deleted or cleared', () => {
    const evicted: string[] = [];
    const memo = new BoundedMemo<string, number>({ capacity: 2, refreshOnRead: false, evicted: (key) => evicted.push(key) });
    memo.set('a', 1).set('b', 2);
    expect(memo.delete('a')).toBe(true);
    expect(memo.delete('a')).toBe(false);
    memo.set('c', 3); // room was made by the delete
    expect(evicted).toEqual([]);
    memo.clear();
    expect(memo.size).toBe(0);
    expect(evicted).toEqual([]);
  });

  it('keeps false and null as values, and nothing at capacity 0', () => {
    const memo = new BoundedMemo<string, false | null>({ capacity: 2, refreshOnRead: true });
    memo.set('refused', false).set('none', null);
    expect(memo.get('refused')).toBe(false);
    expect(memo.get('none')).toBeNull();
    const none = new BoundedMemo<string, number>({ capacity: 0, refreshOnRead: false });
    none.set('a', 1);
    expect(none.size).toBe(0);
    expect(none.get('a')).toBeUndefined();
  });
});
