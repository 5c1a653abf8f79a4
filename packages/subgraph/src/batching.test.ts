import { byKey, groupByKey } from './batching';

describe('batching helpers', () => {
  const rows = [
    { id: 'b', group: 'x' },
    { id: 'a', group: 'y' },
    { id: 'c', group: 'x' },
  ];

  it('returns rows in the order of the keys, null for a missing one', () => {
    expect(byKey(['a', 'z', 'b'], rows, (r) => r.id)).toEqual([rows[1], null, rows[0]]);
  });

  it('groups rows per key, keeping their order, with empty lists for keys without rows', () => {
    expect(groupByKey(['x', 'q', 'y'], rows, (r) => r.group)).toEqual([[rows[0], rows[2]], [], [rows[1]]]);
  });
});
